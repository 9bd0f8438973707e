/**
 * The B3OS API client: the public catalog endpoints and `POST /v1/workflows/validate`, nothing
 * that runs, tests or publishes. Reads nothing from the environment: the caller passes the base
 * URL and the key. Built on the global fetch (no dependency).
 */
import { UserError } from '../../core/errors.js';
import type { PlatformValidationError } from '../../core/platform.js';
import { B3osApiError } from './errors.js';
import { callApi, type Transport } from './transport.js';

export { B3osApiError } from './errors.js';

/** An `ActionDefinition` or `TriggerDefinition` exactly as the API returned it (key order kept). */
export type B3osDefinition = Readonly<Record<string, unknown>> & { readonly type: string };

/** `ValidationResult` of `POST /v1/workflows/validate`. */
export interface B3osValidationResult {
  readonly valid: boolean;
  readonly errors: PlatformValidationError[];
}

/** How to build the client. Only `baseUrl` (and `apiKey` for validation) matter outside tests. */
export interface B3osClientOptions {
  /** `https://api.b3os.org`; a trailing slash is dropped. */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer …` to endpoints that need it (validation), never to the public catalog. */
  readonly apiKey?: string;
  /** Abort one attempt after this long (default 20 s); a timed-out attempt is retried. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx and network failures (default 3). */
  readonly retries?: number;
  /** Back-off base: retry k waits base × 2^(k-1) (default 500 ms). */
  readonly retryBaseMs?: number;
  readonly fetch?: typeof globalThis.fetch;
}

/** The calls the gate and `catalog pull` make. Every failure rejects with a `B3osApiError`. */
export interface B3osClient {
  readonly baseUrl: string;
  readonly hasKey: boolean;
  listActions(): Promise<B3osDefinition[]>;
  listLogicActions(): Promise<B3osDefinition[]>;
  listTriggers(): Promise<B3osDefinition[]>;
  /** `GET /v1/actions/{type}`; undefined on 404. */
  getAction(type: string): Promise<B3osDefinition | undefined>;
  /** `GET /v1/triggers/{type}`; undefined on 404. */
  getTrigger(type: string): Promise<B3osDefinition | undefined>;
  validateWorkflow(body: { readonly name?: string; readonly definition: unknown }): Promise<B3osValidationResult>;
}

/**
 * Builds a client. Throws `UserError` for a base URL that is not http(s), or that is plain http
 * to a host other than this machine while a key is set (the key would travel in clear text).
 */
export function createB3osClient(options: B3osClientOptions): B3osClient {
  const baseUrl = checkedBaseUrl(options.baseUrl, options.apiKey !== undefined);
  const transport: Transport = {
    baseUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 20_000,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 500,
    fetch: options.fetch ?? globalThis.fetch,
  };
  const list = async (path: string) => definitionList(`GET ${path}`, await callApi(transport, { method: 'GET', path }));
  const get = async (path: string) => {
    const data = await callApi(transport, { method: 'GET', path, notFoundOk: true });
    return data === undefined ? undefined : definition(`GET ${path}`, data);
  };
  return {
    baseUrl,
    hasKey: options.apiKey !== undefined,
    listActions: () => list('/v1/actions'),
    listLogicActions: () => list('/v1/logic-actions'),
    listTriggers: () => list('/v1/triggers'),
    getAction: (type) => get(`/v1/actions/${encodeURIComponent(type)}`),
    getTrigger: (type) => get(`/v1/triggers/${encodeURIComponent(type)}`),
    validateWorkflow: async (body) => {
      const path = '/v1/workflows/validate';
      return validationResult(`POST ${path}`, await callApi(transport, { method: 'POST', path, body, auth: true }));
    },
  };
}

function checkedBaseUrl(raw: string, hasKey: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`the B3OS API URL "${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`the B3OS API URL must be http(s), got "${url.protocol}"`);
  if (url.username || url.password) throw new UserError('the B3OS API URL must not contain credentials');
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (hasKey && url.protocol === 'http:' && !local) throw new UserError(`the B3OS API URL must use https when an API key is set, got ${url.origin}`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function definitionList(endpoint: string, data: unknown): B3osDefinition[] {
  if (!Array.isArray(data)) throw new B3osApiError(endpoint, 200, 1, 'the response `data` is not a list of definitions');
  return data.map((item) => definition(endpoint, item));
}

function definition(endpoint: string, data: unknown): B3osDefinition {
  const ok = typeof data === 'object' && data !== null && !Array.isArray(data) && typeof (data as { type?: unknown }).type === 'string';
  if (!ok) throw new B3osApiError(endpoint, 200, 1, 'the response holds a definition without a string `type`');
  return data as B3osDefinition;
}

function validationResult(endpoint: string, data: unknown): B3osValidationResult {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (typeof record.valid !== 'boolean') throw new B3osApiError(endpoint, 200, 1, 'the response has no boolean `valid`');
  const errors = record.errors ?? [];
  if (!Array.isArray(errors)) throw new B3osApiError(endpoint, 200, 1, 'the response `errors` is not a list');
  return { valid: record.valid, errors: errors.map(validationError) };
}

function validationError(item: unknown): PlatformValidationError {
  const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? { [key]: record[key] as string } : {});
  return {
    type: typeof record.type === 'string' && record.type !== '' ? record.type : 'unknown',
    message: typeof record.message === 'string' && record.message !== '' ? record.message : 'no message',
    ...text('nodeId'),
    ...text('nodeName'),
    ...text('field'),
    ...text('code'),
  };
}
