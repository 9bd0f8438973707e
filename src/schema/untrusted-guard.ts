/**
 * Checks an untrusted JSON Schema *as data* before ajv sees it (threats.md §4): size, depth and
 * node-count caps, no remote or file `$ref`, no `$data`, no `$async`. The walk is iterative, so a
 * 10,000-deep or cyclic value cannot overflow the stack, and it stops at the first cap crossed.
 */

/** Serialised size cap of one schema. */
export const MAX_SCHEMA_BYTES = 256 * 1024;
/** Nesting cap, counted in JSON objects and arrays. */
export const MAX_SCHEMA_DEPTH = 32;
/** Cap on the number of objects and arrays in one schema (an upper bound of its subschemas). */
export const MAX_SCHEMA_NODES = 10_000;
/**
 * Cap on the subschemas a schema stands for once every local `$ref` is counted where it is used.
 * ajv validates a reference by calling its target, so two references to a level that holds two
 * references to the next, thirty levels deep, make a 3 KB schema cost 2^30 calls and exhaust the
 * heap; counted this way it stands for over a billion subschemas and is refused.
 */
export const MAX_EXPANDED_SUBSCHEMAS = 50_000;
/** References followed in a row when counting; recursion through a cycle is counted this deep. */
const MAX_REF_CHAIN = 32;
/** Values the count may look at before it calls the schema too large to count (about 50 ms). */
const MAX_COUNTING_VISITS = 500_000;

/** What the walk learnt: the `format` names used, and whether any subschema declares `$id`. */
export type GuardResult =
  | { readonly ok: true; readonly formats: readonly string[]; readonly declaresId: boolean }
  | { readonly ok: false; readonly reason: string };

/** How a value inside a schema is read: a schema, a map of names to schemas, or plain data. */
type Role = 'schema' | 'map' | 'data';

const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'required', 'enumNames', 'dependentRequired']);
const REF_KEYWORDS = ['$ref', '$dynamicRef', '$recursiveRef'];

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly role: Role;
}

/** Walks `schema` once; the first rule broken is the reason. */
export function guardSchema(schema: unknown): GuardResult {
  const formats = new Set<string>();
  let declaresId = false;
  let nodes = 0;
  let bytes = 0;
  const stack: Frame[] = [{ value: schema, depth: 1, role: 'schema' }];
  while (stack.length > 0) {
    const { value, depth, role } = stack.pop()!;
    if (value === null || typeof value !== 'object') {
      bytes += scalarSize(value);
      if (bytes > MAX_SCHEMA_BYTES) return tooLarge();
      continue;
    }
    if (depth > MAX_SCHEMA_DEPTH) return { ok: false, reason: `schema nests deeper than ${MAX_SCHEMA_DEPTH} levels` };
    if (++nodes > MAX_SCHEMA_NODES) return { ok: false, reason: `schema has more than ${MAX_SCHEMA_NODES} subschemas` };
    const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
    if (role === 'schema' && !Array.isArray(value)) {
      const problem = keywordProblem(value as Record<string, unknown>);
      if (problem) return { ok: false, reason: problem };
      const record = value as Record<string, unknown>;
      if (typeof record.format === 'string') formats.add(record.format);
      if (record.$id !== undefined) declaresId = true;
    }
    for (const [key, child] of entries) {
      bytes += key.length + 4;
      if (bytes > MAX_SCHEMA_BYTES) return tooLarge();
      stack.push({ value: child, depth: depth + 1, role: childRole(role, key, Array.isArray(value)) });
    }
  }
  if (expandedSize(schema) > MAX_EXPANDED_SUBSCHEMAS) {
    return { ok: false, reason: `schema stands for more than ${MAX_EXPANDED_SUBSCHEMAS.toLocaleString('en-US')} subschemas once its \`$ref\`s are followed` };
  }
  return { ok: true, formats: [...formats].sort(), declaresId };
}

/**
 * The subschemas of `schema` with every local reference counted at each use (up to
 * `MAX_REF_CHAIN` references in a row), stopping just past the cap. Memoised per target and chain
 * length, so the count itself stays cheap. Runs after the walk above: depth is already bounded.
 */
function expandedSize(schema: unknown): number {
  // Per target object (however its references spell it) and chain length.
  const memo = new Map<unknown, number[]>();
  const over = MAX_EXPANDED_SUBSCHEMAS + 1;
  let visits = 0;
  const sizeOf = (value: unknown, role: Role, chain: number): number => {
    // The count itself is bounded too: values that add no subschema (long arrays of data) still cost a visit.
    if (++visits > MAX_COUNTING_VISITS) return over;
    if (value === null || typeof value !== 'object' || role === 'data') return 0;
    const inArray = Array.isArray(value);
    let total = role === 'schema' && !inArray ? 1 + referencesSize(value as Record<string, unknown>, chain) : 0;
    for (const [key, child] of inArray ? value.map((v) => ['', v] as const) : Object.entries(value)) {
      if (total > MAX_EXPANDED_SUBSCHEMAS) return over;
      total += sizeOf(child, childRole(role, key, inArray), chain);
    }
    return Math.min(total, over);
  };
  const referencesSize = (record: Record<string, unknown>, chain: number): number => {
    let total = 0;
    for (const keyword of REF_KEYWORDS) {
      const ref = record[keyword];
      if (typeof ref !== 'string' || !Object.hasOwn(record, keyword) || chain >= MAX_REF_CHAIN) continue;
      const target = resolveLocal(schema, ref);
      const sizes = memo.get(target) ?? [];
      memo.set(target, sizes);
      sizes[chain] ??= sizeOf(target, 'schema', chain + 1);
      total += sizes[chain];
    }
    return total;
  };
  return sizeOf(schema, 'schema', 0);
}

/** The target of a local JSON-pointer reference (`#`, `#/$defs/a`), or undefined (anchors, misses). */
function resolveLocal(root: unknown, ref: string): unknown {
  if (ref !== '#' && !ref.startsWith('#/')) return undefined;
  let current = root;
  for (const raw of ref === '#' ? [] : ref.slice(2).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function childRole(parent: Role, key: string, inArray: boolean): Role {
  if (parent === 'data') return 'data';
  if (parent === 'map') return 'schema';
  if (inArray) return 'schema'; // allOf / anyOf / oneOf / prefixItems / items entries
  if (DATA_KEYWORDS.has(key)) return 'data';
  return MAP_KEYWORDS.has(key) ? 'map' : 'schema';
}

function keywordProblem(schema: Readonly<Record<string, unknown>>): string | undefined {
  if (Object.hasOwn(schema, '$data')) return '`$data` is not allowed in a payload schema';
  if (Object.hasOwn(schema, '$async')) return '`$async` is not allowed in a payload schema';
  for (const keyword of REF_KEYWORDS) {
    const ref = schema[keyword];
    if (Object.hasOwn(schema, keyword) && (typeof ref !== 'string' || !ref.startsWith('#'))) {
      return `remote or file $ref not allowed: ${shortRef(ref)}`;
    }
  }
  return undefined;
}

function shortRef(ref: unknown): string {
  const text = typeof ref === 'string' ? ref : JSON.stringify(ref) ?? String(ref);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function scalarSize(value: unknown): number {
  return typeof value === 'string' ? value.length + 2 : String(value).length;
}

function tooLarge(): GuardResult {
  return { ok: false, reason: `schema is larger than ${MAX_SCHEMA_BYTES / 1024} KB` };
}
