/**
 * Injected failures: per-operation queues consumed one per call, in order, before the normal
 * behaviour resumes. Faults model the API beyond its description, so they are not validated.
 */
import { STATUS_CODES } from 'node:http';
import { errorResponse } from './handlers.js';
import type { ApiResponse, OperationKey } from './types.js';

/**
 * A fault: a bare status (an `ErrorResponse` body: 500, 502, 503, 401, 429…), a named behaviour,
 * or a full custom response.
 * - `hang`: never answers; the socket stays open until the client gives up or the server closes
 * - `html-502`: a proxy's HTML 502 page (`text/html`, not JSON)
 */
export type Fault = number | 'hang' | 'html-502' | ApiResponse;

/** Per-operation fault queues. */
export type FaultPlan = Partial<Record<OperationKey, Fault[]>>;

const HTML_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/** The response a fault stands for, or `'hang'`. */
export function faultResponse(fault: Fault): ApiResponse | 'hang' {
  if (typeof fault === 'number') return errorResponse(fault, STATUS_CODES[fault] ?? 'Error');
  if (fault === 'hang') return 'hang';
  if (fault === 'html-502') return { status: 502, raw: HTML_502, contentType: 'text/html' };
  return fault;
}

/** Takes the next fault queued for an operation, if any. */
export function nextFault(plan: FaultPlan, operation: OperationKey): Fault | undefined {
  return plan[operation]?.shift();
}
