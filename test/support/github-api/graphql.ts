/**
 * GitHub's GraphQL endpoint (`POST /graphql`), for the one query the gate sends. GraphQL has no
 * OpenAPI description, so the request is held to that exact query and the response to GitHub's
 * documented shape (`{ data }`, or `{ data: null, errors }`); anything else is a recorded problem.
 */
import type { ApiState } from './state.js';
import type { ApiRequest, ApiResponse } from './types.js';

/** The query that asks who the token is. */
export const VIEWER_QUERY = 'query { viewer { login } }';

/** Problems with a GraphQL request: not JSON, no query, or a query this stand-in does not answer. */
export function validateGraphqlRequest(body: unknown): string[] {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return ['request body has no `query` string'];
  return query.replace(/\s+/g, ' ').trim() === VIEWER_QUERY ? [] : [`unsupported query: ${query}`];
}

/**
 * `viewer { login }`: GraphQL names bots without the `[bot]` suffix REST shows. An identity with
 * `viewer: 'forbidden'` gets GitHub's error answer (HTTP 200 with `errors`).
 */
export function graphqlResponse(request: ApiRequest, state: ApiState): ApiResponse {
  const identity = state.identityFor(request.token);
  if (identity.viewer === 'forbidden') {
    return { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', path: ['viewer'], locations: [{ line: 1, column: 9 }], message: 'Resource not accessible by integration' }] } };
  }
  return { status: 200, body: { data: { viewer: { login: identity.login.replace(/\[bot\]$/, '') } } } };
}
