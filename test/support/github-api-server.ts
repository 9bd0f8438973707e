/**
 * A local GitHub REST API for tests, held to GitHub's official OpenAPI description
 * (`test/fixtures/github/openapi-subset.json`, from `@octokit/openapi`). Every request is routed to
 * its operationId and validated (path, query, JSON body → 422 and a recorded problem when wrong);
 * every response it sends, apart from injected faults, is validated against the documented schema
 * for its status. Point Octokit at `url`, then assert `problems` is `[]`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultResponse, errorBody } from './github-api/default-handlers.js';
import { faultResponse, isStateChange, nextFault, type Fault, type FaultPlan } from './github-api/faults.js';
import { validateGraphqlRequest } from './github-api/graphql.js';
import { bearerToken, INVALID_JSON, parseJson, readBody, route, send } from './github-api/http.js';
import { validateParameter, validateRequestBody, validateResponse, type OperationSpec } from './github-api/spec.js';
import { ApiState, type Identity, type PullFile, type PullInfo } from './github-api/state.js';
import type { ApiRequest, ApiResponse, Call, Handler, OperationId } from './github-api/types.js';

export { passes, secondaryRateLimit, type Fault, type FaultPlan, type StateChange } from './github-api/faults.js';
export { LIST_FILES_CAP } from './github-api/default-handlers.js';
export { ACTIONS_BOT, ApiState, MAX_COMMENT_BODY, humanUser, makeFiles, type Identity, type PullFile, type PullInfo, type StoredReview } from './github-api/state.js';
export type { ApiRequest, ApiResponse, Call, Handler, OperationId } from './github-api/types.js';

/** How to start the fake API. `identities` maps a token to who it is (default `github-actions[bot]`). */
export interface GitHubApiOptions {
  readonly handlers?: Partial<Record<OperationId, Handler>>;
  readonly faults?: FaultPlan;
  readonly files?: readonly PullFile[];
  readonly pull?: Partial<PullInfo>;
  readonly identities?: Readonly<Record<string, Identity>>;
}

/** A running fake API. `inject` queues more faults; `close` drops open (hanging) connections too. */
export interface GitHubApi {
  readonly url: string;
  readonly calls: Call[];
  readonly problems: string[];
  readonly state: ApiState;
  inject(operationId: OperationId, ...faults: Fault[]): void;
  callsTo(operationId: OperationId): Call[];
  close(): Promise<void>;
}

/** Starts the fake API on 127.0.0.1 on a free port. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const state = new ApiState();
  state.files = [...(options.files ?? [])];
  Object.assign(state.pull, options.pull);
  for (const [token, identity] of Object.entries(options.identities ?? {})) state.identities.set(token, identity);
  // Copied queue by queue (not structuredClone): a state change holds a function.
  const plan: FaultPlan = Object.fromEntries(Object.entries(options.faults ?? {}).map(([id, faults]) => [id, [...(faults ?? [])]]));
  const calls: Call[] = [];
  const problems: string[] = [];
  const context = { state, plan, calls, problems, handlers: options.handlers ?? {} };
  const server = createServer((req, res) => {
    serve(context, req, res).catch((error: unknown) => {
      problems.push(`server failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, errorBody(500, 'Server Error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    problems,
    state,
    inject: (operationId, ...faults) => void (plan[operationId] ??= []).push(...faults),
    callsTo: (operationId) => calls.filter((call) => call.operationId === operationId),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

// GraphQL is one endpoint outside the REST description; its requests are checked by graphql.ts.
const GRAPHQL_OPERATION: OperationSpec = {
  operationId: 'graphql', method: 'POST', template: '/graphql', pattern: /^\/graphql$/, pathParamNames: [], parameters: [], pointer: '', bodyRequired: true, hasBody: true,
};
const GRAPHQL_ROUTE = { operation: GRAPHQL_OPERATION, params: {} };

interface ServerContext {
  readonly state: ApiState;
  readonly plan: FaultPlan;
  readonly calls: Call[];
  readonly problems: string[];
  readonly handlers: Partial<Record<OperationId, Handler>>;
}

async function serve(context: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const method = req.method ?? 'GET';
  const query = Object.fromEntries(url.searchParams);
  const raw = await readBody(req);
  const found = method === 'POST' && url.pathname === '/graphql' ? GRAPHQL_ROUTE : route(method, url.pathname);
  if (!found) {
    context.calls.push({ operationId: 'unknown', method, path: url.pathname, query, body: raw, status: 404 });
    context.problems.push(`no operation in the spec for ${method} ${url.pathname}`);
    return send(res, errorBody(404, 'Not Found'));
  }
  const body = parseJson(raw);
  const request: ApiRequest = {
    operationId: found.operation.operationId as OperationId, method, path: url.pathname, params: found.params, query, body,
    token: bearerToken(req.headers.authorization), origin: url.origin,
  };
  const call: Call = { operationId: request.operationId, method, path: url.pathname, query, body, status: 0 };
  context.calls.push(call);
  const response = await respond(context, found.operation, request);
  if (response === 'hang') return;
  call.status = response.status;
  send(res, response);
}

async function respond(context: ServerContext, operation: OperationSpec, request: ApiRequest): Promise<ApiResponse | 'hang'> {
  const requestErrors = operation === GRAPHQL_OPERATION ? validateGraphqlRequest(request.body) : validateRequest(operation, request);
  if (requestErrors.length > 0) {
    context.problems.push(...requestErrors.map((error) => `${request.operationId}: ${error}`));
    return errorBody(422, `Invalid request.\n\n${requestErrors.join('\n')}`);
  }
  const fault = nextFault(context.plan, request.operationId);
  if (fault !== undefined && isStateChange(fault)) fault.before(context.state);
  else if (fault !== undefined) return faultResponse(fault);
  const fallback = () => defaultResponse(request, context.state);
  const handler = context.handlers[request.operationId];
  let response: ApiResponse;
  try {
    response = handler ? await handler(request, { state: context.state, fallback }) : fallback();
  } catch (error) {
    context.problems.push(`${request.operationId}: handler threw: ${String(error)}`);
    return errorBody(500, 'Server Error');
  }
  const responseErrors = response.raw === undefined && operation !== GRAPHQL_OPERATION ? validateResponse(operation, response.status, response.body) : [];
  if (responseErrors.length > 0) {
    context.problems.push(`${request.operationId}: response ${response.status} does not match schema: ${responseErrors.join(', ')}`);
  }
  return response;
}

function validateRequest(operation: OperationSpec, request: ApiRequest): string[] {
  const errors = operation.parameters.flatMap((parameter) => {
    const source = parameter.in === 'path' ? request.params : parameter.in === 'query' ? request.query : {};
    const value = source[parameter.name];
    if (value === undefined) return parameter.required ? [`${parameter.in} parameter ${parameter.name} is missing`] : [];
    return validateParameter(parameter, value).map((e) => `${parameter.in} parameter ${parameter.name}=${value}: ${e}`);
  });
  if (!operation.hasBody) return errors;
  if (request.body === INVALID_JSON) return [...errors, 'request body is not valid JSON'];
  if (request.body === undefined) return operation.bodyRequired ? [...errors, 'request body is missing'] : errors;
  return [...errors, ...validateRequestBody(operation, request.body).map((e) => `request body invalid: ${e}`)];
}
