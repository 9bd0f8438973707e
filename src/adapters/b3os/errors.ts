/**
 * One error type for every failed B3OS API call, naming the endpoint, the status and how many
 * attempts were made, with the API's own message (or a summary of a non-JSON body) as the detail.
 * The API key is never part of it: it is only ever sent in a header, and any echo of it in a body
 * is masked before the body becomes a message.
 */

const MAX_DETAIL = 300;

/** A B3OS API call that failed after the client's retries. `status` is 0 when no response came back. */
export class B3osApiError extends Error {
  override readonly name = 'B3osApiError';

  constructor(
    /** `METHOD /path`, without the host. */
    readonly endpoint: string,
    readonly status: number,
    readonly attempts: number,
    /** The API's `message` (with its application `code`), a summary of a non-JSON body, or why no response came. */
    readonly detail: string,
  ) {
    const outcome = status > 0 ? ` with ${status}` : '';
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    super(`B3OS API ${endpoint} failed${outcome}${tries}: ${detail}`);
  }
}

/**
 * The detail of an error response: `ErrorResponse.message` plus its application code when that
 * says more than the status (`400228`), else a summary of the text (an HTML page's title).
 */
export function describeErrorBody(text: string, status: number): string {
  const parsed = parseOrUndefined(text);
  if (parsed && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string') {
    const { message, code } = parsed as { message: string; code?: unknown };
    const appCode = typeof code === 'number' && code !== 0 && code !== status ? ` (code ${code})` : '';
    return clip(`${message || 'no message'}${appCode}`);
  }
  return describeText(text);
}

/** A summary of a body that is not the JSON the API documents. */
export function describeText(text: string): string {
  if (text.trim() === '') return 'empty response body';
  if (!/^\s*</.test(text)) return clip(`unexpected response body: ${text}`);
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  return `non-JSON (HTML) response${title ? ` "${clip(title)}"` : ''}`;
}

/** Why a request got no response: a timeout, or the network error and its code. */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no response within ${timeoutMs} ms`;
  if (error instanceof Error) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return clip(typeof code === 'string' ? `${error.message} (${code})` : error.message);
  }
  return clip(String(error));
}

/** `text` with every occurrence of `secret` masked; unchanged without a secret. */
export function redact(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('***') : text;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}
