import { canonicalJson } from './canonical.js';

/**
 * Read-only facets of one JSON Schema node, as the contract diff compares them. Schemas come from
 * pull requests, so every reader tolerates any shape: a facet of the wrong type counts as absent.
 */

/** Every JSON Schema type name; a schema without `type` accepts all of them. */
export const ALL_TYPES: readonly string[] = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];

/** The numeric and length bounds compared; lower bounds tighten upwards, upper bounds downwards. */
export const BOUNDS = [
  ['minimum', 'lower'],
  ['exclusiveMinimum', 'lower'],
  ['minLength', 'lower'],
  ['minItems', 'lower'],
  ['maximum', 'upper'],
  ['exclusiveMaximum', 'upper'],
  ['maxLength', 'upper'],
  ['maxItems', 'upper'],
  ['minProperties', 'lower'],
  ['maxProperties', 'upper'],
  ['minContains', 'lower'],
  ['maxContains', 'upper'],
] as const;
export type BoundName = (typeof BOUNDS)[number][0];

/** Keywords whose subschemas the diff does not compare member by member (references count: `$defs` is what `$ref` reads). */
export const COMPOSITION_KEYWORDS = ['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', '$ref', '$dynamicRef', '$recursiveRef', '$defs', 'definitions'] as const;

/**
 * Assertion keywords the diff does not model value by value. Present, each can only make a node
 * accept less, so adding one tightens an input; whether a changed value accepts less is not decided
 * (like `pattern`), so a change counts as tightening too; removing one loosens.
 */
export const CONSTRAINT_KEYWORDS: ReadonlySet<string> = new Set([
  'multipleOf', 'uniqueItems', 'dependentRequired', 'dependentSchemas', 'dependencies', 'contains', 'propertyNames',
  'additionalItems', 'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);

/** Keywords that only describe a value: their changes are not contract changes. */
const ANNOTATION_KEYWORDS = ['title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$comment', '$id', '$schema', '$anchor', '$dynamicAnchor', '$recursiveAnchor', '$vocabulary', 'enumNames'];

/** Keywords the diff reads itself (facets, fields, items, composition) or ignores (annotations). */
const READ_KEYWORDS: ReadonlySet<string> = new Set([
  'type', 'enum', 'const', 'pattern', 'format', 'properties', 'required', 'items', 'additionalProperties',
  ...BOUNDS.map(([name]) => name), ...COMPOSITION_KEYWORDS, ...ANNOTATION_KEYWORDS,
]);

/** A schema node as a record; `true`, absent or malformed schemas read as `{}` (anything goes). */
export function recordOf(schema: unknown): Readonly<Record<string, unknown>> {
  return isRecord(schema) ? schema : {};
}

/**
 * The types a schema node accepts, with `integer` implied by `number`. `false` accepts nothing.
 * Type names are kept as written, so an unknown name only ever equals itself.
 */
export function typesOf(schema: unknown): ReadonlySet<string> {
  if (schema === false) return new Set();
  const declared = recordOf(schema).type;
  const names = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared.filter((t): t is string => typeof t === 'string') : undefined;
  const types = new Set(names === undefined || names.length === 0 ? ALL_TYPES : names);
  if (types.has('number')) types.add('integer');
  return types;
}

/** The allowed values (`enum`, or `const` as a one-value enum), as canonical JSON texts; undefined when open. */
export function enumOf(schema: unknown): readonly string[] | undefined {
  const record = recordOf(schema);
  if (Array.isArray(record.enum)) return [...new Set(record.enum.map(canonicalJson))];
  if (Object.hasOwn(record, 'const')) return [canonicalJson(record.const)];
  return undefined;
}

/** A string facet (`pattern`, `format`), or undefined. */
export function stringFacet(schema: unknown, name: 'pattern' | 'format'): string | undefined {
  const value = recordOf(schema)[name];
  return typeof value === 'string' ? value : undefined;
}

/** A numeric bound, or undefined when absent or not a finite number. */
export function boundOf(schema: unknown, name: BoundName): number | undefined {
  const value = recordOf(schema)[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The declared properties, by name (own keys only). */
export function propertiesOf(schema: unknown): ReadonlyMap<string, unknown> {
  const properties = recordOf(schema).properties;
  return new Map(isRecord(properties) ? Object.keys(properties).map((key) => [key, properties[key]]) : []);
}

/** The names listed in `required`. */
export function requiredOf(schema: unknown): ReadonlySet<string> {
  const required = recordOf(schema).required;
  return new Set(Array.isArray(required) ? required.filter((r): r is string => typeof r === 'string') : []);
}

/** True when the node refuses properties it does not declare (`additionalProperties: false`). */
export function isClosed(schema: unknown): boolean {
  return recordOf(schema).additionalProperties === false;
}

/** The single `items` schema of an array node; undefined for tuples and when absent. */
export function itemsOf(schema: unknown): unknown {
  const items = recordOf(schema).items;
  return isRecord(items) || typeof items === 'boolean' ? items : undefined;
}

/**
 * The keywords of a node the diff does not read, each with its value as canonical JSON: the
 * assertion keywords above, any other unknown keyword (but `x-…` annotations), `items` written as a tuple (an array), and
 * `additionalProperties` given as a schema (only `false` is read). `uniqueItems: false` is absent.
 */
export function unreadKeywords(schema: unknown): ReadonlyMap<string, string> {
  const record = recordOf(schema);
  const out = new Map<string, string>();
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    // `x-…` keys are vendor annotations by the OpenAPI convention; they never assert anything.
    const unread = (!READ_KEYWORDS.has(key) && !key.startsWith('x-')) || (key === 'items' && Array.isArray(value)) || (key === 'additionalProperties' && isRecord(value));
    if (unread && !(key === 'uniqueItems' && value === false)) out.set(key, canonicalJson(value));
  }
  return out;
}

/** The composition keywords of a node as one canonical text, for an all-or-nothing comparison. */
export function compositionOf(schema: unknown): string {
  const record = recordOf(schema);
  const present = COMPOSITION_KEYWORDS.filter((k) => Object.hasOwn(record, k)).map((k) => [k, record[k]]);
  return present.length === 0 ? '' : canonicalJson(Object.fromEntries(present));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
