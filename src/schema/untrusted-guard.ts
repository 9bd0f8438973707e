/**
 * Checks an untrusted JSON Schema *as data* before ajv sees it (threats.md §4): size, depth and
 * node-count caps, no remote or file `$ref`, no `$data`, no `$async`. The walk is iterative, so a
 * 10,000-deep or cyclic value cannot overflow the stack, and it stops at the first cap crossed.
 * Then the size it stands for once its references are followed is counted (`ref-expansion.ts`).
 */
import { expandedSize, MAX_EXPANDED_SUBSCHEMAS } from './ref-expansion.js';
import { childRole, REF_KEYWORDS, type Role } from './schema-roles.js';

/** Serialised size cap of one schema. */
export const MAX_SCHEMA_BYTES = 256 * 1024;
/** Nesting cap, counted in JSON objects and arrays. */
export const MAX_SCHEMA_DEPTH = 32;
/** Cap on the number of objects and arrays in one schema (an upper bound of its subschemas). */
export const MAX_SCHEMA_NODES = 10_000;

/** What the walk learnt: the `format` names used, and whether any subschema declares `$id`. */
export type GuardResult =
  | { readonly ok: true; readonly formats: readonly string[]; readonly declaresId: boolean }
  | { readonly ok: false; readonly reason: string };

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
