/**
 * How long the Action waits for GitHub: retries, rate limits and the spacing of writes. A
 * secondary rate limit on the final comment write can ask for minutes (`retry-after: 180`); the run
 * waits it out while the total of its rate-limit waits stays within ten minutes, far inside a job's
 * six-hour limit, rather than leave a stale comment.
 */
import * as core from '@actions/core';
import { createOctokit, type Octokit, type OctokitSettings } from '../adapters/github/client.js';

/** Seconds a run may spend in total waiting out GitHub rate limits. */
export const RATE_LIMIT_WAIT_BUDGET_S = 600;

/**
 * The fraction of every wait actually slept: 1 unless `B3OS_READINESS_WAIT_SCALE` holds a number
 * in (0, 1]. The decisions (retry or not, what fits the budget) count the full waits either way,
 * so a local stand-in of the GitHub API exercises the real logic in milliseconds.
 */
export function waitScale(env: NodeJS.ProcessEnv): number {
  const value = Number(env.B3OS_READINESS_WAIT_SCALE);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : 1;
}

/** The client settings for the Action's waits. */
export function githubWaits(env: NodeJS.ProcessEnv): Pick<OctokitSettings, 'retryBaseMs' | 'rateLimitSecondMs' | 'rateLimitWaitS' | 'writeSecondMs'> {
  const scale = waitScale(env);
  return { retryBaseMs: 1000 * scale, rateLimitSecondMs: 1000 * scale, rateLimitWaitS: RATE_LIMIT_WAIT_BUDGET_S, writeSecondMs: 1000 * scale };
}

/**
 * The Action's logger, over @actions/core (which escapes workflow-command characters). In the
 * check's worker thread, the workflow commands it writes reach the process's stdout all the same.
 */
export const actionsLog = {
  info: (message: string) => core.info(message),
  warning: (message: string) => core.warning(message),
  notice: (message: string) => core.notice(message),
  debug: (message: string) => core.debug(message),
};

/** The Action's GitHub client: its token and API, with the Action's waits. */
export function actionOctokit(token: string, apiUrl: string, env: NodeJS.ProcessEnv): Octokit {
  return createOctokit({ token, baseUrl: apiUrl, log: actionsLog, ...githubWaits(env) });
}
