import { defineMappingTag, defineScalarTag, load, NOT_RESOLVED, Schema, seqTag, strTag } from 'js-yaml';
import { firstLimitBreach } from './measure.js';
import type { ParseLimits } from './problem.js';
import type { JsonValue } from './value-rules.js';
import { isPlainYaml } from './yaml-plain.js';

/** Deeper limits than this are left to the positioned parse, whose depth checks never recurse. */
const MAX_FAST_DEPTH = 1000;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype', '<<']);

/** Thrown from a resolver for a scalar the positioned parse reports: it ends the fast parse. */
class Reported extends Error {}

/**
 * The value of plain YAML through `js-yaml`, without positions; undefined whenever the text is not
 * plain enough for both libraries to agree (`isPlainYaml`), `js-yaml` fails, or the positioned
 * parse would report anything: a duplicate, forbidden or non-scalar key, an unsafe or non-finite
 * number, too many values or levels. Aliases are refused before `js-yaml` runs, and its own depth
 * cap stops deep input before recursion does.
 */
export function fastYamlValue(text: string, limits: ParseLimits): { readonly value: JsonValue } | undefined {
  if (limits.maxDepth > MAX_FAST_DEPTH || !isPlainYaml(text)) return undefined;
  try {
    const value = load(text, { schema: CORE_AS_YAML_LIBRARY, maxDepth: limits.maxDepth + 2, maxAliases: 0 }) as JsonValue;
    if (value === undefined || firstLimitBreach(value, limits)) return undefined;
    return { value };
  } catch {
    return undefined;
  }
}

/** The key as the `yaml` library's `toJS` writes it into an object. */
function keyString(key: unknown): string {
  return key === null ? '' : String(key);
}

/** Mappings as the `yaml` library converts them, refusing what `checkYamlTree` reports. */
const mapAsYamlLibrary = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  identify: () => false,
  addPair: (map, key, value) => {
    if (key !== null && typeof key === 'object') return 'mapping keys must be scalars';
    const name = keyString(key);
    if (FORBIDDEN_KEYS.has(name)) return 'key is reported by the positioned parse';
    if (Object.hasOwn(map, name)) return 'duplicate key';
    map[name] = value;
    return '';
  },
  has: (map, key) => (key === null || typeof key !== 'object') && Object.hasOwn(map, keyString(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[keyString(key)],
});

/**
 * YAML 1.2 core-schema scalars exactly as the `yaml` library resolves them (its `core` tags, in
 * its order); a number `checkYamlTree` would report throws instead.
 */
const nullAsYamlLibrary = defineScalarTag('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: ['', '~', 'n', 'N'],
  resolve: (source, explicit) => (!explicit && /^(?:~|[Nn]ull|NULL)?$/.test(source) ? null : NOT_RESOLVED),
  identify: (value) => value === null,
});

const boolAsYamlLibrary = defineScalarTag('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['t', 'T', 'f', 'F'],
  resolve: (source, explicit) => (!explicit && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source) ? source[0] === 't' || source[0] === 'T' : NOT_RESOLVED),
  identify: (value) => typeof value === 'boolean',
});

const intAsYamlLibrary = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', ...'0123456789'],
  resolve: (source, explicit) => {
    if (explicit) throw new Reported('explicit tag');
    const value = /^0o[0-7]+$/.test(source)
      ? parseInt(source.slice(2), 8)
      : /^[-+]?[0-9]+$/.test(source)
        ? parseInt(source, 10)
        : /^0x[0-9a-fA-F]+$/.test(source)
          ? parseInt(source.slice(2), 16)
          : undefined;
    if (value === undefined) return NOT_RESOLVED;
    if (!Number.isSafeInteger(value)) throw new Reported('unsafe integer');
    return value;
  },
  identify: (value) => Number.isInteger(value),
});

const floatAsYamlLibrary = defineScalarTag('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: ['-', '+', '.', ...'0123456789'],
  resolve: (source, explicit) => {
    if (explicit || /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) throw new Reported('not a finite number');
    const matches = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source);
    if (!matches) return NOT_RESOLVED;
    const value = parseFloat(source);
    if (!Number.isFinite(value)) throw new Reported('not a finite number');
    return value;
  },
  identify: (value) => typeof value === 'number',
});

const CORE_AS_YAML_LIBRARY = new Schema([strTag, seqTag, mapAsYamlLibrary, nullAsYamlLibrary, boolAsYamlLibrary, intAsYamlLibrary, floatAsYamlLibrary]);
