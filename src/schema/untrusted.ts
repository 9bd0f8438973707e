import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import { canonicalJson } from '../b3os/definition-hash.js';
import { toViolation, type SchemaViolation } from './ajv.js';
import { isSafeFormat } from './formats.js';
import { createUntrustedAjv, dialectOf, type Dialect, type UntrustedAjv } from './untrusted-ajv.js';
import { guardSchema, MAX_SCHEMA_BYTES } from './untrusted-guard.js';

/**
 * Payload schemas of actions and triggers arrive in pull requests (SDK sources, `action.json`, the
 * pinned catalog): they are untrusted input (threats.md §4). They are checked as data first
 * (`guardSchema`), then compiled strictly with a linear-time regular-expression engine, no `$data`,
 * no schema loading and only the safe formats, once per distinct content per process.
 */

/** A violation of an untrusted schema, with ajv's `schemaPath` (to tie `anyOf` branches to their keyword). */
export interface UntrustedViolation extends SchemaViolation {
  readonly schemaPath: string;
}

/**
 * A compiled schema, or why it cannot be used. `validate` never throws. `ignoredFormats` lists the
 * `format` names that are not in `SAFE_FORMATS`: they are treated as annotations (not checked),
 * because platform schemas use formats this gate does not know and failing the whole schema for
 * one would leave every node of that type unverified.
 */
export type CompiledSchema =
  | { readonly ok: true; readonly ignoredFormats: readonly string[]; validate(value: unknown): UntrustedViolation[] }
  | { readonly ok: false; readonly reason: string };

/** Cached results per process; beyond this, the cache and the ajv instances start afresh. */
export const MAX_CACHED_SCHEMAS = 2_000;
/** Errors kept per validation. */
const MAX_ERRORS = 100;
const FORMAT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const cache = new Map<string, CompiledSchema>();
const byIdentity = new WeakMap<object, CompiledSchema>();
const instances = new Map<Dialect, UntrustedAjv>();
let compilations = 0;

/**
 * Compiles an untrusted payload schema, or says why it cannot be used (never throws). `origin`
 * names where the schema comes from; reasons never include it (the caller does), so one cached
 * result serves every origin with the same schema content.
 */
export function compileUntrusted(schema: unknown, origin: string): CompiledSchema {
  if (typeof schema !== 'object' || schema === null) return compileByContent(schema);
  // The same schema object reaches here once per node that uses it: guard, serialise and hash it once.
  let compiled = byIdentity.get(schema);
  if (!compiled) byIdentity.set(schema, (compiled = compileByContent(schema)));
  return compiled;
}

function compileByContent(schema: unknown): CompiledSchema {
  const guard = guardSchema(schema);
  if (!guard.ok) return { ok: false, reason: guard.reason };
  const text = canonicalJson(schema);
  if (Buffer.byteLength(text) > MAX_SCHEMA_BYTES) return { ok: false, reason: `schema is larger than ${MAX_SCHEMA_BYTES / 1024} KB` };
  const key = createHash('sha256').update(text).digest('hex');
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= MAX_CACHED_SCHEMAS) {
    cache.clear();
    instances.clear(); // ajv's own caches grow per compiled schema object (threats.md §4)
  }
  const result = compileOnce(schema, guard.formats, guard.declaresId);
  cache.set(key, result);
  return result;
}

/** How many schemas were actually compiled in this process (cache hits not counted). */
export function untrustedCompilations(): number {
  return compilations;
}

function compileOnce(schema: unknown, formats: readonly string[], declaresId: boolean): CompiledSchema {
  compilations++;
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    return { ok: false, reason: 'a schema must be a JSON object' };
  }
  const unknown = formats.filter((name) => !isSafeFormat(name));
  const badName = unknown.find((name) => !FORMAT_NAME.test(name) || name in Object.prototype);
  if (badName !== undefined) return { ok: false, reason: `format name \`${badName.slice(0, 64)}\` is not allowed` };
  // A subschema `$id` registers in the instance: such schemas get an instance of their own.
  const ajv = declaresId ? createUntrustedAjv(dialectOf(schema)) : instanceFor(dialectOf(schema));
  try {
    for (const name of unknown) ajv.addFormat(name, true);
    const validate = ajv.compile(schema as object);
    return { ok: true, ignoredFormats: unknown, validate: (value) => run(validate, value) };
  } catch (error) {
    return { ok: false, reason: compileFailure(error) };
  } finally {
    if (typeof schema === 'object') ajv.removeSchema(schema as object); // drops ajv's identity-keyed cache entry
  }
}

function compileFailure(error: unknown): string {
  if (error instanceof RangeError) return 'the schema recurses without end (a `$ref` cycle)';
  return error instanceof Error ? error.message : String(error);
}

function run(validate: ValidateFunction, value: unknown): UntrustedViolation[] {
  try {
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, MAX_ERRORS).map((e) => ({ ...toViolation(e), schemaPath: e.schemaPath }));
  } catch (error) {
    // e.g. a `$ref` cycle that recurses without consuming the value
    const reason = error instanceof RangeError ? 'the schema recurses without end' : 'the schema failed while validating';
    return [{ pointer: '', keyword: '$error', params: {}, message: `could not be validated: ${reason}`, schemaPath: '#' }];
  }
}

function instanceFor(dialect: Dialect): UntrustedAjv {
  let ajv = instances.get(dialect);
  if (!ajv) instances.set(dialect, (ajv = createUntrustedAjv(dialect)));
  return ajv;
}
