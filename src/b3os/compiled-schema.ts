import { compileUntrusted, MAX_CACHED_SCHEMAS, type CompiledSchema } from '../schema/untrusted.js';

/** Compiled schemas by schema object: a catalog entry hands the same object to every node of its type. */
let bySchema = new WeakMap<object, CompiledSchema>();
let held = 0;

/**
 * `compileUntrusted`, guarded, serialized and hashed once per schema object instead of once per
 * node. The result does not depend on `origin` (reasons never name it), so the first caller's
 * origin serves every later one. Bounded like the compiler's own cache, so that a catalog of
 * thousands of distinct schemas cannot keep every compiled validator alive (threats.md §4).
 */
export function compiledSchemaOf(schema: unknown, origin: string): CompiledSchema {
  if (typeof schema !== 'object' || schema === null) return compileUntrusted(schema, origin);
  let compiled = bySchema.get(schema);
  if (compiled) return compiled;
  if (held >= MAX_CACHED_SCHEMAS) [bySchema, held] = [new WeakMap(), 0];
  bySchema.set(schema, (compiled = compileUntrusted(schema, origin)));
  held++;
  return compiled;
}
