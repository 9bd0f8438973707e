import { platformFor } from '../adapters/b3os/platform.js';
import { runGate } from '../core/gate.js';
import type { Report } from '../core/types.js';
import type { RunnerContext } from './action-event.js';
import { actionChanges } from './action-changes.js';
import { approvalsOf } from './action-approvals.js';
import { actionOctokit, actionsLog } from './github-waits.js';
import type { ActionInputs } from './action-inputs.js';
import type { CheckScope } from './stopped-report.js';

/** An Action run's check, as plain data: it can be handed to a worker thread. */
export interface ActionJob {
  readonly ctx: RunnerContext;
  readonly inputs: Pick<ActionInputs, 'token' | 'config' | 'failOn' | 'b3osApiUrl' | 'b3osApiKey'>;
  /** `YYYY-MM-DD` (UTC). */
  readonly today: string;
}

/** Works out the change (GitHub API, git) and runs the gate on it; publishing is the caller's. */
export async function runActionJob(job: ActionJob): Promise<Report> {
  const { ctx, inputs } = job;
  const octokit = actionOctokit(inputs.token, ctx.apiUrl, process.env);
  const input = await actionChanges(ctx, octokit, actionsLog);
  try {
    const platform = platformFor(inputs.b3osApiUrl, inputs.b3osApiKey);
    return await runGate({ ...input.gate, configPath: inputs.config, failOn: inputs.failOn, platform, today: job.today, requireObjects: true, approvals: approvalsOf(ctx, octokit, process.env) });
  } finally {
    input.dispose();
  }
}

/** What the run was asked to check, for a report of a run that stopped. */
export function actionScope(ctx: RunnerContext): CheckScope {
  const event = ctx.event;
  return { mode: ctx.mode === 'all' || event.kind === 'all' ? 'all' : 'diff', head: event.head, ...(event.kind === 'all' ? {} : { base: event.base }) };
}

