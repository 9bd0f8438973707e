/**
 * The one place an Octokit is built: `@actions/github` plus plugin-retry (5xx and network errors,
 * three retries with quadratic back-off) and plugin-throttling (403/429 rate limits, at most two
 * retries per request, and only while the waits fit the run's wait budget), a per-request timeout, and errors normalised to
 * `GitHubApiError`. Reads nothing from the environment: the caller passes token and base URL.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { describeEndpoint, toGitHubApiError } from './errors.js';

/** The Octokit every GitHub adapter takes. */
export type Octokit = ReturnType<typeof getOctokit>;

/** Where adapters report what they did about GitHub (maps onto `@actions/core`). */
export interface GitHubLog {
  warning(message: string): void;
  notice(message: string): void;
}

/** How to build the client. Only `token`, `baseUrl` and `log` are needed outside tests. */
export interface OctokitSettings {
  readonly token: string;
  /** `https://api.github.com`, or the `GITHUB_API_URL` of a GHES instance. */
  readonly baseUrl: string;
  readonly log: GitHubLog;
  /** plugin-retry's base delay: retry k waits k² × this (default 1000 ms, so 1 s, 4 s, 9 s). */
  readonly retryBaseMs?: number;
  /** Abort one HTTP attempt after this long (default 30 s); a timed-out attempt is retried like a 5xx. */
  readonly timeoutMs?: number;
  /**
   * Keep plugin-throttling's spacing of writes (1 s apart, 3 s for notifying writes such as new
   * comments), as GitHub asks. Default true; tests against a local server turn it off.
   */
  readonly paceWrites?: boolean;
  /**
   * Milliseconds per second of that spacing (default 1000; a local API stand-in shortens it, so
   * writes still pass one at a time, spaced, without the real run's seconds).
   */
  readonly writeSecondMs?: number;
  /**
   * Seconds this client may spend in total waiting out rate limits (default 120): a wait that does
   * not fit what is left is not taken, and the request fails.
   */
  readonly rateLimitWaitS?: number;
  /** Milliseconds per second of a rate limit's `retry-after` (default 1000; a local API stand-in shortens it). */
  readonly rateLimitSecondMs?: number;
  /** The fetch to use; defaults to `@actions/github`'s proxy-aware fetch. */
  readonly fetch?: typeof globalThis.fetch;
}

/** plugin-retry must not touch 403/429: rate limits belong to plugin-throttling alone. */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** Rate-limit retries allowed per request. */
export const MAX_RATE_LIMIT_RETRIES = 2;
/** The default total of rate-limit waits a client accepts, in seconds. */
export const MAX_RATE_LIMIT_WAIT_S = 120;
const DEFAULT_TIMEOUT_MS = 30_000;

/** Builds an Octokit for `settings`; every failed call rejects with a `GitHubApiError`. */
export function createOctokit(settings: OctokitSettings): Octokit {
  const { log } = settings;
  const waits = { leftS: settings.rateLimitWaitS ?? MAX_RATE_LIMIT_WAIT_S };
  const baseFetch = settings.fetch ?? (actionsDefaults.request?.fetch as typeof globalThis.fetch | undefined) ?? globalThis.fetch;
  const octokit = getOctokit(
    settings.token,
    {
      baseUrl: settings.baseUrl.replace(/\/+$/, ''),
      request: { fetch: withTimeout(baseFetch, settings.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
      retry: { doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: settings.retryBaseMs ?? 1000 },
      throttle: {
        onRateLimit: (after, options, _octokit, count) => shouldRetry(log, waits, 'primary rate limit', after, options, count),
        onSecondaryRateLimit: (after, options, _octokit, count) => shouldRetry(log, waits, 'secondary rate limit', after, options, count),
        ...(settings.rateLimitSecondMs !== undefined ? { retryAfterBaseValue: settings.rateLimitSecondMs } : {}),
        ...writeGroups(settings),
      },
      log: { debug: () => {}, info: () => {}, warn: (message: string) => log.warning(message), error: (message: string) => log.warning(message) },
    },
    countAttempts,
    retry,
    throttling,
  );
  // Registered after the plugins, so it wraps them: it sees one call and its final error.
  octokit.hook.wrap('request', async (request, options) => {
    // `options.request` is shared between calls (endpoint defaults are merged by reference), so each
    // call gets its own and per-call counters (ours, plugin-retry's `retryCount`) start from zero.
    // It is replaced in place: every hook in the chain holds this same `options` object.
    options.request = { ...options.request, attempts: 0 } as typeof options.request;
    try {
      return await request(options);
    } catch (error) {
      throw toGitHubApiError(error, attemptsOf(options.request));
    }
  });
  return octokit;
}

function shouldRetry(log: GitHubLog, waits: { leftS: number }, kind: string, afterSeconds: number, options: { method?: string; url?: string }, retryCount: number): boolean {
  const endpoint = describeEndpoint(options.method, options.url);
  if (retryCount >= MAX_RATE_LIMIT_RETRIES) {
    log.warning(`GitHub ${kind} on ${endpoint}; giving up after ${retryCount} retries`);
    return false;
  }
  if (afterSeconds > waits.leftS) {
    log.warning(`GitHub ${kind} on ${endpoint}; the wait of ${afterSeconds} s exceeds ${waits.leftS} s, not retrying`);
    return false;
  }
  waits.leftS -= afterSeconds;
  log.warning(`GitHub ${kind} on ${endpoint}; retrying in ${afterSeconds} s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
  return true;
}

function withTimeout(fetchImpl: typeof globalThis.fetch, timeoutMs: number): typeof globalThis.fetch {
  return (input, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetchImpl(input, { ...init, signal });
  };
}

// Registered first, so it is the innermost hook and runs once per HTTP attempt; both retry plugins
// hand the same `options.request` object to every attempt.
function countAttempts(octokit: { hook: Octokit['hook'] }): void {
  octokit.hook.wrap('request', (request, options) => {
    const state = options.request as { attempts?: number };
    state.attempts = (state.attempts ?? 0) + 1;
    return request(options);
  });
}

function attemptsOf(request: unknown): number {
  const count = (request as { attempts?: unknown } | undefined)?.attempts;
  return typeof count === 'number' && count > 0 ? count : 1;
}

/** plugin-throttling's spacing, in seconds: writes 1 s apart, notifying writes 3 s apart. */
export const WRITE_SPACING_S = { write: 1, notifications: 3 } as const;

/**
 * plugin-throttling's own Bottleneck groups (none passed) at the default spacing; otherwise
 * duck-typed stand-ins that run one write at a time and space them `WRITE_SPACING_S` scaled by
 * `writeSecondMs` (0 when unpaced: scheduled immediately).
 */
function writeGroups(settings: OctokitSettings): Partial<Record<'write' | 'notifications', never>> {
  const secondMs = settings.paceWrites === false ? 0 : (settings.writeSecondMs ?? 1000);
  if (secondMs === 1000) return {};
  return { write: spacedGroup(WRITE_SPACING_S.write * secondMs), notifications: spacedGroup(WRITE_SPACING_S.notifications * secondMs) };
}

type Task = (...args: unknown[]) => unknown;

/** A stand-in for a Bottleneck group of `maxConcurrent: 1, minTime: spacingMs` (one key for all). */
function spacedGroup(spacingMs: number): never {
  if (spacingMs <= 0) return { key: () => ({ schedule: (_options: unknown, task: Task, ...args: unknown[]) => task(...args) }) } as never;
  let free: Promise<unknown> = Promise.resolve();
  const limiter = {
    schedule(_options: unknown, task: Task, ...args: unknown[]) {
      const turn = free.then(() => task(...args));
      free = turn.then(spaced, spaced);
      return turn;
    },
  };
  const spaced = () => new Promise((resolve) => setTimeout(resolve, spacingMs));
  return { key: () => limiter } as never;
}
