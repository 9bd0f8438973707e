/**
 * One B3OS API call over fetch: a timeout per attempt, retries of 429, 5xx and network failures
 * with exponential back-off, and the success envelope `{code, message, data, requestId}` unwrapped.
 * Every failure is a `B3osApiError`.
 */
import { B3osApiError, describeErrorBody, describeNetworkError, describeText, redact } from './errors.js';

/** How calls are made; `createB3osClient` fills the defaults. */
export interface Transport {
  /** Without a trailing slash. */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly timeoutMs: number;
  readonly retries: number;
  /** Retry k waits `retryBaseMs × 2^(k-1)` (or a 429's `retry-after`, up to 30 s). */
  readonly retryBaseMs: number;
  readonly fetch: typeof globalThis.fetch;
}

/** One call. `auth` sends the API key; `notFoundOk` turns a 404 into `undefined`. */
export interface ApiCall {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  readonly auth?: boolean;
  readonly notFoundOk?: boolean;
}

/** A response larger than this is refused: the catalog is a few MiB at most. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const MAX_RETRY_AFTER_S = 30;

/** A body over `MAX_RESPONSE_BYTES`: not retried, the next attempt would be as large. */
class ResponseTooLarge extends Error {}

type Attempt = { readonly status: number; readonly text: string; readonly retryAfter: string | null } | { readonly error: unknown };

/** The envelope's `data`, or undefined for an allowed 404. Rejects with a `B3osApiError`. */
export async function callApi(transport: Transport, call: ApiCall): Promise<unknown> {
  const endpoint = `${call.method} ${call.path}`;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(transport, call);
    if (attempt <= transport.retries && isRetryable(outcome)) {
      await sleep(delayMs(transport, attempt, outcome));
      continue;
    }
    if ('error' in outcome) {
      throw new B3osApiError(endpoint, 0, attempt, redact(describeNetworkError(outcome.error, transport.timeoutMs), transport.apiKey));
    }
    if (outcome.status === 404 && call.notFoundOk) return undefined;
    const text = redact(outcome.text, transport.apiKey);
    if (outcome.status < 200 || outcome.status > 299) throw new B3osApiError(endpoint, outcome.status, attempt, describeErrorBody(text, outcome.status));
    return unwrap(text, (detail) => new B3osApiError(endpoint, outcome.status, attempt, detail));
  }
}

async function attemptOnce(transport: Transport, call: ApiCall): Promise<Attempt> {
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'b3os-readiness' };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  if (call.auth && transport.apiKey) headers.authorization = `Bearer ${transport.apiKey}`;
  try {
    const response = await transport.fetch(`${transport.baseUrl}${call.path}`, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      // A redirect would carry the request elsewhere; it is reported, not followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(transport.timeoutMs),
    });
    return { status: response.status, text: await readCapped(response), retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    return { error };
  }
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_RESPONSE_BYTES) throw new ResponseTooLarge(`the response of ${declared} bytes exceeds ${MAX_RESPONSE_BYTES} bytes`);
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > MAX_RESPONSE_BYTES) throw new ResponseTooLarge(`the response exceeds ${MAX_RESPONSE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isRetryable(outcome: Attempt): boolean {
  if ('error' in outcome) return !(outcome.error instanceof ResponseTooLarge);
  return outcome.status === 429 || outcome.status >= 500;
}

function delayMs(transport: Transport, attempt: number, outcome: Attempt): number {
  const backoff = transport.retryBaseMs * 2 ** (attempt - 1);
  const retryAfter = 'retryAfter' in outcome && outcome.retryAfter !== null ? Number(outcome.retryAfter) : NaN;
  return Number.isFinite(retryAfter) && retryAfter >= 0 && retryAfter <= MAX_RETRY_AFTER_S ? Math.max(backoff, retryAfter * 1000) : backoff;
}

function unwrap(text: string, fail: (detail: string) => B3osApiError): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail(describeText(text));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('data' in parsed)) {
    throw fail('the response is not the API envelope {code, message, data, requestId}');
  }
  return (parsed as { data: unknown }).data;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
