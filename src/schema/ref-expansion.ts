/**
 * The size a schema stands for once its local references are followed (threats.md §4): ajv
 * validates a reference by calling its target, so a small schema whose references fan out costs
 * time exponential in its depth when validating. Counted as data, before ajv sees the schema.
 */
import { segmentsOf } from '../parse/pointer.js';
import { childRole, REF_KEYWORDS, type Role } from './schema-roles.js';

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

/**
 * The subschemas of `schema` with every local reference counted at each use (up to
 * `MAX_REF_CHAIN` references in a row), stopping just past the cap. Memoised per target and chain
 * length, so the count itself stays cheap. Runs after `guardSchema`'s walk: depth is already bounded.
 */
export function expandedSize(schema: unknown): number {
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
  if (!ref.startsWith('#')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1)); // RFC 6901 §6: a URI fragment is percent-decoded first
  } catch {
    return undefined;
  }
  let current = root;
  for (const segment of segmentsOf(pointer) ?? [undefined]) {
    if (segment === undefined || current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
