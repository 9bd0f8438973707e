/**
 * The B3OS API description (`test/fixtures/b3os/b3os-openapi.json`, a copy of
 * `../shared/reference/b3os-openapi.json` that a test keeps equal to it; OpenAPI 3.1 = JSON Schema
 * 2020-12), loaded once: routing by method and path template, and request / response validation
 * with ajv over the whole document (so every `#/components/schemas/…` `$ref` resolves).
 */
import { readFileSync } from 'node:fs';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import type { OperationKey } from './types.js';

/** The copy in the repository, so a fresh clone tests without the sibling `shared` folder. */
export const SPEC_URL = new URL('../../fixtures/b3os/b3os-openapi.json', import.meta.url);
/** The official description the copy is kept equal to, when the sibling folder is there. */
export const SHARED_SPEC_URL = new URL('../../../../shared/reference/b3os-openapi.json', import.meta.url);
const SPEC_ID = 'https://b3os.test/openapi.json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];
/** What the API answers for every error (also for statuses an operation does not document). */
export const ERROR_RESPONSE = '/components/schemas/github_com_b3-fun_b3-mono_services_b3os-workflow_internal_app_api_http.ErrorResponse';

type Json = Record<string, unknown>;

/** One parameter of an operation, with its JSON Schema. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: Json;
}

/** One operation of the description, ready to match against a request. */
export interface OperationSpec {
  readonly key: OperationKey;
  readonly pattern: RegExp;
  readonly pathParamNames: readonly string[];
  readonly parameters: readonly ParameterSpec[];
  readonly pointer: string;
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  /** The statuses it documents. */
  readonly statuses: ReadonlySet<string>;
}

/**
 * Two renderings of the Go generator (swag) that contradict the wire, undone before validation:
 * - `oneOf: [{type: object}, {$ref: Params}]` (a request body): every valid `Params` also matches
 *   the bare object, so `oneOf` would reject exactly the valid bodies; the bare alternative is dropped.
 * - `json.RawMessage` fields ("Opaque pass-through", `fundsMovement`, `requiredTokens`) appear as
 *   integer arrays; on the wire they are any JSON (b3os-platform.md §4.2), so any value is accepted.
 */
export function undoSwagQuirks(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(undoSwagQuirks);
  if (!node || typeof node !== 'object') return node;
  const out: Json = Object.fromEntries(Object.entries(node as Json).map(([key, value]) => [key, key === 'example' ? value : undoSwagQuirks(value)]));
  const isBareObject = (member: unknown) => JSON.stringify(member) === '{"type":"object"}';
  if (Array.isArray(out.oneOf) && out.oneOf.some(isBareObject) && out.oneOf.length > 1) {
    const { oneOf, ...rest } = out;
    const remaining = (oneOf as unknown[]).filter((member) => !isBareObject(member));
    return remaining.length === 1 ? { ...rest, allOf: remaining } : { ...rest, anyOf: remaining };
  }
  if (out.type === 'array' && typeof out.description === 'string' && out.description.startsWith('Opaque pass-through')) {
    return { description: out.description };
  }
  return out;
}

const spec = undoSwagQuirks(JSON.parse(readFileSync(SPEC_URL, 'utf8'))) as Json;
const ajv = createAjv(false);
const coercingAjv = createAjv('array');
const compiled = new Map<string, ValidateFunction>();

function createAjv(coerceTypes: false | 'array') {
  const instance = new Ajv2020Module.default({ strict: false, allErrors: true, coerceTypes, logger: false });
  formatsModule.default(instance);
  instance.addSchema({ ...spec, $id: SPEC_ID });
  return instance;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toOperation(template: string, method: string, operation: Json): OperationSpec {
  const pointer = `/paths/${escapePointer(template)}/${method}`;
  const parameters = ((operation.parameters ?? []) as Json[]).map((raw): ParameterSpec => ({
    name: String(raw.name), in: raw.in as ParameterSpec['in'], required: raw.required === true, schema: (raw.schema ?? {}) as Json,
  }));
  const pathParamNames = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const body = operation.requestBody as Json | undefined;
  return {
    key: `${method.toUpperCase()} ${template}` as OperationKey,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
    pathParamNames, parameters, pointer, hasBody: body !== undefined, bodyRequired: body?.required === true,
    statuses: new Set(Object.keys((operation.responses ?? {}) as Json)),
  };
}

/** Every operation, templates with fewer parameters first so `/v1/workflows/validate` beats `/v1/workflows/{id}`. */
export const operations: readonly OperationSpec[] = Object.entries(spec.paths as Record<string, Json>)
  .flatMap(([template, item]) => HTTP_METHODS.filter((m) => item[m]).map((m) => toOperation(template, m, item[m] as Json)))
  .sort((a, b) => a.pathParamNames.length - b.pathParamNames.length);

/** The operation matching a method and path, with its decoded path parameters. Throws on a bad %-escape. */
export function route(method: string, pathname: string): { operation: OperationSpec; params: Record<string, string> } | undefined {
  for (const operation of operations) {
    const match = operation.key.startsWith(`${method} `) ? operation.pattern.exec(pathname) : null;
    if (match) return { operation, params: Object.fromEntries(operation.pathParamNames.map((name, i) => [name, decodeURIComponent(match[i + 1])])) };
  }
  return undefined;
}

function validatorFor(pointer: string, coerce = false): ValidateFunction {
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

/** Errors of a path or query value against its parameter schema (strings coerced, a lone value to a list). */
export function validateParameter(operation: OperationSpec, index: number, value: string | string[]): string[] {
  const data = Array.isArray(value) && operation.parameters[index].schema.type !== 'array' ? value[0] : value;
  return run(validatorFor(`${operation.pointer}/parameters/${index}/schema`, true), data);
}

/** Errors of a JSON request body against the operation's `application/json` schema. */
export function validateRequestBody(operation: OperationSpec, body: unknown): string[] {
  return run(validatorFor(`${operation.pointer}/requestBody/content/application~1json/schema`), body);
}

/** Errors of a response against the schema documented for its status; undocumented errors are held to `ErrorResponse`. */
export function validateResponse(operation: OperationSpec, status: number, body: unknown): string[] {
  if (!operation.statuses.has(String(status))) return status < 400 ? [`status ${status} is not documented`] : run(validatorFor(ERROR_RESPONSE), body);
  return run(validatorFor(`${operation.pointer}/responses/${status}/content/application~1json/schema`), body);
}
