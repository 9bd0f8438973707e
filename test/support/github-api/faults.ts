/**
 * Injected failures: per-operation queues consumed one per call, in order, before the normal
 * behaviour resumes. Faults model GitHub beyond its documentation, so their responses are not
 * validated against the spec.
 */
import { STATUS_CODES } from 'node:http';
import { errorBody } from './default-handlers.js';
import type { ApiState } from './state.js';
import type { ApiResponse, OperationId } from './types.js';

/**
 * A fault: a bare status (JSON error body), a named GitHub behaviour, or a full custom response.
 * - `secondary-rate-limit`: 403 "You have exceeded a secondary rate limit" with `retry-after: 1`
 * - `not-accessible`: 403 "Resource not accessible by integration" (read-only token, fork PR)
 * - `hang`: never answers; the socket stays open until the client gives up or the server closes
 * - `html-502`: a proxy's HTML 502 page (`text/html`, not JSON)
 */
export type Fault = number | 'secondary-rate-limit' | 'not-accessible' | 'hang' | 'html-502' | ApiResponse | StateChange;

/**
 * Not a failure: a change to the world made just before this call is answered normally (and
 * validated), e.g. a push that moves the pull request's head while the run lists its files. An
 * empty change lets one call through, to fault a later one.
 */
export interface StateChange {
  readonly before: (state: ApiState) => void;
}

/** Lets `count` calls through unchanged. */
export function passes(count: number): StateChange[] {
  return Array.from({ length: count }, () => ({ before: () => {} }));
}

/** Per-operation fault queues. */
export type FaultPlan = Partial<Record<OperationId, Fault[]>>;

/** A 403 secondary rate limit with the given `retry-after` (omit it to send none, as GitHub sometimes does). */
export function secondaryRateLimit(retryAfter?: string): ApiResponse {
  const { body } = errorBody(
    403,
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
  );
  return { status: 403, body, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } };
}

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/** True for a fault that changes the world instead of failing the call. */
export function isStateChange(fault: Fault): fault is StateChange {
  return typeof fault === 'object' && 'before' in fault;
}

/** The response a fault stands for, or `'hang'`. */
export function faultResponse(fault: Exclude<Fault, StateChange>): ApiResponse | 'hang' {
  if (typeof fault === 'number') return errorBody(fault, STATUS_CODES[fault] ?? 'Error');
  switch (fault) {
    case 'secondary-rate-limit':
      return secondaryRateLimit('1');
    case 'not-accessible':
      return {
        ...errorBody(403, 'Resource not accessible by integration'),
        headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      };
    case 'hang':
      return 'hang';
    case 'html-502':
      return { status: 502, raw: HTML_502, contentType: 'text/html' };
    default:
      return fault;
  }
}

/** Takes the next fault queued for an operation, if any. */
export function nextFault(plan: FaultPlan, operationId: OperationId): Fault | undefined {
  return plan[operationId]?.shift();
}
