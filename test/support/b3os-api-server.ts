/**
 * A local B3OS API for tests, held to the platform's own description
 * (`test/fixtures/b3os/b3os-openapi.json`, kept equal to `../shared/reference/b3os-openapi.json`).
 * Every request is routed to its operation and validated
 * (path, query, JSON body → 400 and a recorded problem when wrong); every response it sends, apart
 * from injected faults, is validated against the documented schema for its status. The catalog
 * endpoints are public; every other operation needs `Authorization: Bearer <apiKey>` (401
 * without). Only the catalog and validation are served: a call to anything else (running,
 * testing, publishing) is a recorded problem. Point the client at `url`, then assert `problems` is `[]`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultCatalog } from './b3os-api/catalog.js';
import { faultResponse, nextFault, type Fault, type FaultPlan } from './b3os-api/faults.js';
import { defaultResponse, defaultValidate, errorResponse } from './b3os-api/handlers.js';
import { validateRequest } from './b3os-api/request.js';
import { route, validateResponse, type OperationSpec } from './b3os-api/spec.js';
import { SERVED, type ApiRequest, type ApiResponse, type Call, type CatalogState, type Handler, type OperationKey, type ServedOperation, type ValidateHandler } from './b3os-api/types.js';
import { parseJson, readBody, send } from './github-api/http.js';

export { defaultCatalog } from './b3os-api/catalog.js';
export { defaultValidate, envelope, errorResponse } from './b3os-api/handlers.js';
export type { Fault, FaultPlan } from './b3os-api/faults.js';
export type * from './b3os-api/types.js';

/** The key the fake accepts unless told otherwise (shaped like a real `b3sk_` key). */
export const TEST_API_KEY = 'b3sk_test_0123456789abcdefghij';

const PUBLIC: ReadonlySet<OperationKey> = new Set(['GET /v1/actions', 'GET /v1/actions/{type}', 'GET /v1/logic-actions', 'GET /v1/triggers', 'GET /v1/triggers/{type}']);

/** How to start the fake API. `catalog` lists replace the defaults one by one. */
export interface B3osApiOptions {
  readonly catalog?: Partial<CatalogState>;
  readonly validate?: ValidateHandler;
  readonly handlers?: Partial<Record<ServedOperation, Handler>>;
  readonly faults?: FaultPlan;
  readonly apiKey?: string;
}

/** A running fake API. `inject` queues more faults; `close` drops open (hanging) connections too. */
export interface B3osApi {
  readonly url: string;
  readonly calls: Call[];
  readonly problems: string[];
  readonly catalog: CatalogState;
  inject(operation: OperationKey, ...faults: Fault[]): void;
  callsTo(operation: OperationKey): Call[];
  close(): Promise<void>;
}

interface ServerContext {
  readonly catalog: CatalogState;
  readonly options: B3osApiOptions;
  readonly plan: FaultPlan;
  readonly calls: Call[];
  readonly problems: string[];
}

/** Starts the fake API on 127.0.0.1 on a free port. */
export async function startB3osApi(options: B3osApiOptions = {}): Promise<B3osApi> {
  const catalog: CatalogState = { ...defaultCatalog(), ...structuredClone(options.catalog ?? {}) };
  const context: ServerContext = { catalog, options, plan: structuredClone(options.faults ?? {}), calls: [], problems: [] };
  const server = createServer((req, res) => {
    serve(context, req, res).catch((error: unknown) => {
      context.problems.push(`server failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, errorResponse(500, 'Internal Server Error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: context.calls,
    problems: context.problems,
    catalog,
    inject: (operation, ...faults) => void (context.plan[operation] ??= []).push(...faults),
    callsTo: (operation) => context.calls.filter((call) => call.operation === operation),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function serve(context: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
  const raw = await readBody(req);
  const authorization = req.headers.authorization !== undefined;
  const found = route(method, url.pathname);
  if (!found) {
    context.calls.push({ operation: 'unknown', method, path: url.pathname, query, body: raw, authorization, status: 404 });
    context.problems.push(`no operation in the spec for ${method} ${url.pathname}`);
    return send(res, errorResponse(404, 'Not Found'));
  }
  const body = parseJson(raw);
  const apiKey = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const request: ApiRequest = { operation: found.operation.key, method, path: url.pathname, params: found.params, query, body, apiKey };
  const call: Call = { operation: request.operation, method, path: url.pathname, query, body, authorization, status: 0 };
  context.calls.push(call);
  const response = await respond(context, found.operation, request, req.headers['content-type']);
  if (response === 'hang') return;
  call.status = response.status;
  send(res, response);
}

async function respond(context: ServerContext, operation: OperationSpec, request: ApiRequest, contentType: string | undefined): Promise<ApiResponse | 'hang'> {
  const requestErrors = validateRequest(operation, request, contentType);
  if (requestErrors.length > 0) {
    context.problems.push(...requestErrors.map((error) => `${request.operation}: ${error}`));
    return errorResponse(400, `invalid request: ${requestErrors.join('; ')}`);
  }
  const fault = nextFault(context.plan, request.operation);
  if (fault !== undefined) return faultResponse(fault);
  if (!PUBLIC.has(request.operation) && request.apiKey !== (context.options.apiKey ?? TEST_API_KEY)) {
    return errorResponse(401, request.apiKey === undefined ? 'missing API key' : 'invalid API key');
  }
  if (!(SERVED as readonly string[]).includes(request.operation)) {
    context.problems.push(`${request.operation} was called; the gate must never call it`);
    return errorResponse(501, 'Not Implemented');
  }
  const response = await answer(context, request.operation as ServedOperation, request);
  const responseErrors = response.raw === undefined ? validateResponse(operation, response.status, response.body) : [];
  if (responseErrors.length > 0) context.problems.push(`${request.operation}: response ${response.status} does not match schema: ${responseErrors.join(', ')}`);
  return response;
}

async function answer(context: ServerContext, operation: ServedOperation, request: ApiRequest): Promise<ApiResponse> {
  const fallback = () => defaultResponse(operation, request, context.catalog, context.options.validate ?? defaultValidate);
  const handler = context.options.handlers?.[operation];
  try {
    return handler ? await handler(request, { catalog: context.catalog, fallback }) : fallback();
  } catch (error) {
    context.problems.push(`${operation}: handler threw: ${String(error)}`);
    return errorResponse(500, 'Internal Server Error');
  }
}
