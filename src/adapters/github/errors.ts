/**
 * One error type for every failed GitHub API call, naming the endpoint, the status and how many
 * attempts were made, with GitHub's own message (or a summary of a non-JSON body) as the detail.
 */

const MAX_DETAIL = 300;

/** A GitHub API call that failed after the client's retries. `status` is 0 when no response came back. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';

  constructor(
    /** `METHOD /path?query`, without the host. */
    readonly endpoint: string,
    readonly status: number,
    readonly attempts: number,
    /** GitHub's message plus any `errors[].message`, or a summary of a non-JSON body. */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    const outcome = status > 0 ? ` with ${status}` : '';
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    super(`GitHub API ${endpoint} failed${outcome}${tries}: ${detail}`, options);
  }
}

interface RequestErrorLike {
  readonly message: string;
  readonly status?: number;
  readonly request?: { readonly method?: string; readonly url?: string };
  readonly response?: { readonly status: number; readonly data?: unknown };
}

/** True when `error` is a `GitHubApiError` with one of the given statuses. */
export function hasStatus(error: unknown, ...statuses: number[]): error is GitHubApiError {
  return error instanceof GitHubApiError && statuses.includes(error.status);
}

/**
 * Wraps an Octokit `RequestError` (or a network failure) as a `GitHubApiError`. Anything that did
 * not come from a request is returned unchanged.
 */
export function toGitHubApiError(error: unknown, attempts: number): unknown {
  if (error instanceof GitHubApiError || !(error instanceof Error)) return error;
  const candidate = error as RequestErrorLike;
  if (!candidate.request?.url) return error;
  const endpoint = describeEndpoint(candidate.request.method, candidate.request.url);
  const status = candidate.response?.status ?? 0;
  const detail = candidate.response ? describeBody(candidate.response.data, error.message) : error.message;
  return new GitHubApiError(endpoint, status, attempts, clip(detail), { cause: error });
}

/** `METHOD /path?query` for messages: the host is dropped, it is always the configured API. */
export function describeEndpoint(method: string | undefined, url: string | undefined): string {
  return `${method ?? 'GET'} ${pathOf(url ?? '')}`;
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

function describeBody(data: unknown, fallback: string): string {
  if (typeof data === 'string') return describeText(data);
  if (data && typeof data === 'object' && 'message' in data) {
    const { message, errors } = data as { message: unknown; errors?: unknown };
    const details = Array.isArray(errors) ? errors.map(errorText).filter((text) => text !== '') : [];
    return [String(message), ...details].join(': ');
  }
  return fallback;
}

function errorText(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (entry && typeof entry === 'object' && 'message' in entry) return String((entry as { message: unknown }).message);
  return '';
}

function describeText(text: string): string {
  if (!/^\s*</.test(text)) return text.trim() === '' ? 'empty response body' : text;
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  return `non-JSON (HTML) response${title ? ` "${title}"` : ''}`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}
