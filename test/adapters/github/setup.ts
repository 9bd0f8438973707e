/** Shared wiring for adapter tests: a real Octokit pointed at the local validating GitHub API. */
import { createOctokit, type GitHubLog, type Octokit, type OctokitSettings } from '../../../src/adapters/github/client.js';
import type { GitHubApi } from '../../support/github-api-server.js';

/** One line an adapter logged. */
export interface LogEntry {
  readonly level: 'warning' | 'notice';
  readonly message: string;
}

/** A `GitHubLog` that remembers what it was told. */
export function recordingLog(): { log: GitHubLog; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    log: {
      warning: (message) => void entries.push({ level: 'warning', message }),
      notice: (message) => void entries.push({ level: 'notice', message }),
    },
  };
}

/** An Octokit for `api` with fast retries, a short timeout and unpaced writes. */
export function clientFor(api: GitHubApi, log: GitHubLog, overrides: Partial<OctokitSettings> = {}): Octokit {
  return createOctokit({ token: 'ghs_actions_token', baseUrl: api.url, log, retryBaseMs: 5, timeoutMs: 2000, paceWrites: false, ...overrides });
}
