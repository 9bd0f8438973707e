/** The request and response shapes handlers of the fake GitHub API work with. */
import type { ApiState } from './state.js';

/** The operations the committed subset describes. */
export type OperationId =
  | 'pulls/list-files'
  | 'pulls/get'
  | 'issues/list-comments'
  | 'issues/create-comment'
  | 'issues/update-comment'
  | 'issues/delete-comment'
  | 'checks/create'
  | 'checks/update'
  | 'repos/get-content'
  | 'users/get-authenticated'
  | 'apps/get-authenticated'
  | 'pulls/list-reviews'
  | 'teams/get-membership-for-user-in-org'
  /** `POST /graphql`: not in the REST description, held to its one query instead (graphql.ts). */
  | 'graphql';

/** A request after routing: path params decoded, query flattened, JSON body parsed. */
export interface ApiRequest {
  readonly operationId: OperationId;
  readonly method: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The token from `Authorization: token …` / `Bearer …`, if any. */
  readonly token?: string;
  /** `http://127.0.0.1:port`, for absolute URLs in `Link` headers. */
  readonly origin: string;
}

/** What a handler answers. `raw` sends a non-JSON body (with `contentType`) instead of `body`. */
export interface ApiResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly raw?: string;
  readonly contentType?: string;
}

/**
 * Answers one operation. `fallback` runs the server's default (stateful) behaviour, so a handler
 * can decorate or replace it.
 */
export type Handler = (request: ApiRequest, context: { state: ApiState; fallback: () => ApiResponse }) => ApiResponse | Promise<ApiResponse>;

/** One recorded exchange. `status` is 0 for a request the server never answered (a `hang` fault). */
export interface Call {
  readonly operationId: OperationId | 'unknown';
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  status: number;
}
