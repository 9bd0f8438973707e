import { failPhrase } from '../render/item-status.js';
import * as core from '@actions/core';
import { platformFor } from '../adapters/b3os/platform.js';
import { UserError } from '../core/errors.js';
import { createRedactor } from '../core/redact.js';
import { readRunnerContext } from './action-event.js';
import { actionScope, runActionJob, type ActionJob } from './action-job.js';
import { readInputs } from './action-inputs.js';
import { publishCheckRun, publishCheckRunError } from './check-run.js';
import { runIsolated } from './isolated-engine.js';
import { commentTarget, type CommentTarget } from './comment-target.js';
import { actionOctokit, actionsLog } from './github-waits.js';
import { markPending } from './pending-comment.js';
import { publishReport, publishRunError, type PublishContext } from './publish.js';
import { publishSavedReport } from './saved-report.js';

/**
 * The Action: inputs → change set → checklist → effects, in a fixed order (summary, annotations,
 * comment, files, outputs), then the exit code. Every failure ends as a failed step: fail closed.
 * With `engineEntry` (the bundled entry) the check runs in a worker under the time and memory
 * limits; a check that stops is published as a failing verdict that says why.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env, engineEntry?: URL): Promise<void> {
  let publish: PublishContext | undefined;
  try {
    const inputs = readInputs();
    const ctx = readRunnerContext(env, inputs.mode);
    const octokit = actionOctokit(inputs.token, ctx.apiUrl, env);
    publish = { ctx, inputs, octokit, env };
    if (inputs.savedReport) return await publishSavedReport(inputs.savedReport, publish);
    await markPendingFirst(commentTarget(ctx, octokit, inputs.comment));
    if (inputs.b3osApiKey && !platformFor(inputs.b3osApiUrl, inputs.b3osApiKey)) core.warning('b3os-api-key is set but b3os-api-url is empty: the online checks are off');
    const job: ActionJob = { ctx, inputs, today: new Date().toISOString().slice(0, 10) };
    const report = engineEntry ? await runIsolated(engineEntry, job, inputs.limits, actionScope(ctx)) : await runActionJob(job);
    await publishReport(report, publish);
    await publishCheckRun(report, publish);
    if (report.result === 'fail') {
      core.setFailed(`B3OS production readiness: ${failPhrase(report)}`);
    }
  } catch (error) {
    // The gate's own errors are redacted already; an adapter's (GitHub, git, B3OS) are not.
    const redact = createRedactor([]);
    const text = redact(error instanceof UserError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof UserError) && error instanceof Error && error.stack) core.debug(redact(error.stack));
    core.setFailed(`b3os-readiness: ${text}`);
    if (publish) await publishRunError(text, publish);
    if (publish) await publishCheckRunError(text, publish);
  }
}

/** Pending first: a run that never publishes leaves "⏳ re-checking", not an earlier verdict. */
async function markPendingFirst(target: CommentTarget | undefined): Promise<void> {
  if (!target) return;
  const outcome = await markPending(target);
  // A head that moved or cannot be confirmed is reported once, when the verdict is not written.
  if (outcome.kind === 'not-marked' && outcome.writeFailed) core.warning(outcome.note);
  else core.info(`sticky comment before the check: ${outcome.kind === 'not-marked' ? outcome.note : outcome.kind}`);
}

