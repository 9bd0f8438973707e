/**
 * Walking a path of member names and indexes down a plain JSON Schema (a catalog payload or
 * result schema), the way an expression such as `{{read.result.items.0.price}}` walks a value.
 * Only what can be decided without resolving `$ref` is decided; everything else is `open`.
 */
import { isObject } from './definition.js';

/** A JSON Schema object (booleans and non-objects are treated as "anything"). */
export type SchemaObject = Readonly<Record<string, unknown>>;

/**
 * The outcome of a walk. `found`: the schemas the path can end at (several under anyOf/oneOf).
 * `open`: the schema allows anything there. `missing`: segment `index` exists in no branch;
 * `strict` when every branch rules it out for certain (an object with `properties` and
 * `additionalProperties: false`), not just by leaving it out.
 */
export type SchemaPathResult =
  | { readonly status: 'found'; readonly schemas: readonly SchemaObject[] }
  | { readonly status: 'open' }
  | { readonly status: 'missing'; readonly index: number; readonly strict: boolean };

type Step = { readonly kind: 'open' } | { readonly kind: 'to'; readonly schema: SchemaObject } | { readonly kind: 'missing'; readonly strict: boolean };

const MAX_BRANCHES = 64;
const INDEX = /^(0|[1-9][0-9]*)$/;

/** Walks `path` down `schema`. A schema that is not an object (or is absent) allows anything. */
export function schemaAtPath(schema: unknown, path: readonly string[]): SchemaPathResult {
  if (!isObject(schema)) return { status: 'open' };
  let current: SchemaObject[] = [schema];
  for (let index = 0; index < path.length; index++) {
    const next: SchemaObject[] = [];
    let strict = true;
    for (const branch of branchesOf(current)) {
      const step = stepInto(branch, path[index]);
      if (step.kind === 'open') return { status: 'open' };
      if (step.kind === 'to') next.push(step.schema);
      else strict &&= step.strict;
    }
    if (next.length === 0) return { status: 'missing', index, strict };
    current = next;
  }
  return { status: 'found', schemas: current };
}

/**
 * The JSON types a value matching one of the schemas can have (`integer` counted as `number`), or
 * undefined when some branch does not say.
 */
export function typesOf(schemas: readonly SchemaObject[]): Set<string> | undefined {
  const types = new Set<string>();
  for (const branch of branchesOf(schemas)) {
    const declared = typeof branch.type === 'string' ? [branch.type] : Array.isArray(branch.type) ? branch.type : undefined;
    if (!declared || declared.length === 0) return undefined;
    for (const t of declared) if (typeof t === 'string') types.add(t === 'integer' ? 'number' : t);
  }
  return types.size > 0 ? types : undefined;
}

/** The alternatives of schemas: anyOf/oneOf/allOf members expanded (iteratively, capped), the rest as is. */
function branchesOf(schemas: readonly SchemaObject[]): SchemaObject[] {
  const out: SchemaObject[] = [];
  const queue = [...schemas];
  for (let i = 0; i < queue.length && out.length < MAX_BRANCHES; i++) {
    const schema = queue[i];
    const members = ['anyOf', 'oneOf', 'allOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []));
    const own = Object.keys(schema).some((k) => k !== 'anyOf' && k !== 'oneOf' && k !== 'allOf' && k !== 'description');
    if (own || members.length === 0) out.push(schema);
    if (queue.length < MAX_BRANCHES * 4) for (const m of members) if (isObject(m)) queue.push(m);
  }
  return out;
}

function stepInto(schema: SchemaObject, segment: string): Step {
  if (typeof schema.$ref === 'string' || isObject(schema.patternProperties)) return { kind: 'open' };
  const properties = isObject(schema.properties) ? schema.properties : undefined;
  if (properties && Object.hasOwn(properties, segment)) return to(properties[segment]);
  const items = schema.items ?? schema.prefixItems;
  if (INDEX.test(segment) && items !== undefined) {
    if (!Array.isArray(items)) return to(items);
    if (Number(segment) < items.length) return to(items[Number(segment)]);
  }
  const extra = schema.additionalProperties;
  if (isObject(extra)) return { kind: 'to', schema: extra };
  if (extra === true) return { kind: 'open' };
  if (properties || items !== undefined) return { kind: 'missing', strict: extra === false && properties !== undefined };
  const types = typesOf([schema]);
  if (types && !types.has('object') && !types.has('array')) return { kind: 'missing', strict: false };
  return { kind: 'open' };
}

function to(schema: unknown): Step {
  return isObject(schema) ? { kind: 'to', schema } : { kind: 'open' };
}

/** The member names the schemas declare in `properties`, over all their branches, sorted. */
export function propertyNamesOf(schemas: readonly SchemaObject[]): string[] {
  const names = new Set<string>();
  for (const branch of branchesOf(schemas)) if (isObject(branch.properties)) for (const name of Object.keys(branch.properties)) names.add(name);
  return [...names].sort();
}
