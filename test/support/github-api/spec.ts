/**
 * GitHub's official REST description (the committed subset), loaded once and compiled with ajv:
 * route matching, parameter/body/response validation and the spec's own examples.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

const SPEC_URL = new URL('../../fixtures/github/openapi-subset.json', import.meta.url);
const SPEC_ID = 'github';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

type Json = Record<string, unknown>;

/** One parameter of an operation, with the pointer to its schema. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schemaPointer: string;
}

/** One operation of the subset, ready to match against a request. */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly pathParamNames: readonly string[];
  readonly parameters: readonly ParameterSpec[];
  readonly pointer: string;
  readonly bodyRequired: boolean;
  readonly hasBody: boolean;
}

const spec = normaliseNullable(JSON.parse(readFileSync(SPEC_URL, 'utf8'))) as Json;
const ajv = createAjv(false);
const coercingAjv = createAjv(true);
const compiled = new Map<string, ValidateFunction>();

function createAjv(coerceTypes: boolean): Ajv {
  const instance = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false });
  formatsModule.default(instance);
  instance.addSchema({ ...spec, $id: SPEC_ID });
  return instance;
}

/**
 * Rewrites OpenAPI 3.0 `nullable` into JSON Schema: `type: [t, 'null']`, `null` added to an `enum`,
 * and `anyOf: [rest, {type: 'null'}]` where there is no `type` (a `$ref` or `allOf`), which ajv
 * otherwise rejects with "nullable cannot be used without type".
 */
export function normaliseNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normaliseNullable);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node as Json).filter(([key]) => key !== 'nullable');
  const out: Json = Object.fromEntries(entries.map(([key, value]) => [key, key === 'example' ? value : normaliseNullable(value)]));
  if ((node as Json).nullable !== true) return out;
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
  const { description, ...rest } = out;
  return { description, anyOf: [rest, { type: 'null' }] };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolveRef(value: Json): { node: Json; pointer?: string } {
  const ref = value.$ref;
  if (typeof ref !== 'string') return { node: value };
  const parts = ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const node = parts.reduce<unknown>((acc, part) => (acc as Json)[part], spec) as Json;
  return { node, pointer: ref.slice(1) };
}

function toOperation(template: string, method: string, operation: Json): OperationSpec {
  const pointer = `/paths/${escapePointer(template)}/${method}`;
  const rawParameters = (operation.parameters ?? []) as Json[];
  const parameters = rawParameters.map((raw, index): ParameterSpec => {
    const { node, pointer: refPointer } = resolveRef(raw);
    const base = refPointer ?? `${pointer}/parameters/${index}`;
    return { name: String(node.name), in: node.in as ParameterSpec['in'], required: node.required === true, schemaPointer: `${base}/schema` };
  });
  const pathParamNames = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  // `contents/{path}` may hold slashes; every other parameter is one segment.
  const source = template.replace(/\{([^}]+)\}/g, (_, name: string) => (name === 'path' ? '(.+)' : '([^/]+)'));
  const body = operation.requestBody as Json | undefined;
  return {
    operationId: String(operation.operationId), method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`),
    pathParamNames, parameters, pointer, hasBody: body !== undefined, bodyRequired: body?.required === true,
  };
}

/** Every operation in the subset. */
export const operations: readonly OperationSpec[] = Object.entries(spec.paths as Record<string, Json>).flatMap(
  ([template, item]) => HTTP_METHODS.filter((m) => item[m]).map((m) => toOperation(template, m, item[m] as Json)),
);

function validatorFor(pointer: string, coerce: boolean): ValidateFunction {
  const key = `${coerce}:${pointer}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = (coerce ? coercingAjv : ajv).compile({ $ref: `${SPEC_ID}#${pointer}` });
    compiled.set(key, validate);
  }
  return validate;
}

function run(validate: ValidateFunction, data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `data${e.instancePath} ${e.message ?? 'is invalid'}`);
}

/** Errors of a path or query value (a string, coerced as GitHub does) against its parameter schema. */
export function validateParameter(parameter: ParameterSpec, value: string): string[] {
  return run(validatorFor(parameter.schemaPointer, true), value);
}

/** Errors of a JSON request body against the operation's `application/json` request schema. */
export function validateRequestBody(operation: OperationSpec, body: unknown): string[] {
  return run(validatorFor(`${operation.pointer}/requestBody/content/application~1json/schema`, false), body);
}

/**
 * Errors of a response against the documented response for its status. A status the operation
 * does not document is held to GitHub's generic `basic-error` when it is an error, else rejected.
 */
export function validateResponse(operation: OperationSpec, status: number, body: unknown): string[] {
  const responses = resolveRef({ $ref: `#${operation.pointer}/responses` }).node;
  const documented = responses[String(status)] as Json | undefined;
  if (!documented) {
    if (status < 400) return [`status ${status} is not documented`];
    return run(validatorFor('/components/schemas/basic-error', false), body);
  }
  const { node, pointer } = resolveRef(documented);
  const base = pointer ?? `${operation.pointer}/responses/${status}`;
  const content = node.content as Json | undefined;
  if (!content?.['application/json']) return body === undefined ? [] : [`status ${status} documents no body`];
  return run(validatorFor(`${base}/content/application~1json/schema`, false), body);
}

/** A fresh deep copy of one of the spec's named examples (`components.examples[name].value`). */
export function example<T = Json>(name: string): T {
  const examples = (spec.components as Json).examples as Record<string, { value: unknown }>;
  const found = examples[name];
  if (!found) throw new Error(`no example named ${name}`);
  return structuredClone(found.value) as T;
}
