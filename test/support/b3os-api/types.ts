/** The request, response and state shapes of the fake B3OS API. */
import type { ApiResponse } from '../github-api/types.js';

export type { ApiResponse };

/** An operation of the description, as `METHOD /template` (the spec has no operationIds). */
export type OperationKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

/** The operations the fake answers; any other documented operation is a recorded problem. */
export const SERVED = [
  'GET /v1/actions',
  'GET /v1/actions/{type}',
  'GET /v1/logic-actions',
  'GET /v1/triggers',
  'GET /v1/triggers/{type}',
  'POST /v1/workflows/validate',
] as const satisfies readonly OperationKey[];

/** One of the operations the fake answers. */
export type ServedOperation = (typeof SERVED)[number];

/** An `ActionDefinition` or `TriggerDefinition` as the API sends it. */
export type Definition = Record<string, unknown> & { type: string };

/** The catalog the fake serves. Mutable: tests may change it between calls. */
export interface CatalogState {
  actions: Definition[];
  logicActions: Definition[];
  triggers: Definition[];
}

/** `ValidationErrorItem`. */
export interface ValidationErrorItem {
  type: string;
  message: string;
  nodeId?: string;
  nodeName?: string;
  field?: string;
  code?: string;
}

/** `ValidationResult`. */
export interface ValidationResult {
  valid: boolean;
  errors: ValidationErrorItem[];
}

/** Answers `POST /v1/workflows/validate` for a body that passed the spec (auth already checked). */
export type ValidateHandler = (params: { name?: string; definition: Record<string, unknown> }, catalog: CatalogState) => ValidationResult;

/** A request after routing: path params decoded, query values as lists, JSON body parsed. */
export interface ApiRequest {
  readonly operation: OperationKey;
  readonly method: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string[]>>;
  readonly body: unknown;
  /** The key of an `Authorization: Bearer …` header, if any. */
  readonly apiKey?: string;
}

/** Answers one operation; `fallback` is the fake's default behaviour, for decorating handlers. */
export type Handler = (request: ApiRequest, context: { catalog: CatalogState; fallback: () => ApiResponse }) => ApiResponse | Promise<ApiResponse>;

/** One recorded exchange. `status` is 0 for a request never answered (a `hang` fault). */
export interface Call {
  readonly operation: OperationKey | 'unknown';
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string[]>>;
  readonly body: unknown;
  /** Whether an `Authorization` header was sent at all (the catalog endpoints need none). */
  readonly authorization: boolean;
  status: number;
}
