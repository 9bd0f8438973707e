/**
 * The gate's own check run (`B3OS readiness`) on the checked head: written after the other
 * effects, never deciding the gate. Without `checks: write` GitHub answers 403: the job status
 * alone then carries the gate, and the job summary says so once.
 */
import * as core from '@actions/core';
import { isChecksPermissionError, writeCheckRun } from '../adapters/github/check-run.js';
import type { Report } from '../core/types.js';
import { CHECK_RUN_NAME, renderCheckRun, renderCheckRunError, type CheckRunOrigin, type CheckRunOutput } from '../render/check-run.js';
import { escapeMarkdownText } from '../render/escape.js';
import { linksFor, type PublishContext } from './publish.js';

/** Writes the check run for a finished run; `savedReport` marks a verdict published from a saved report. */
export async function publishCheckRun(report: Report, p: PublishContext, savedReport = false): Promise<void> {
  if (!p.inputs.checkRun) return;
  await write(renderCheckRun(report, linksFor(p.ctx), { ...originOf(p), savedReport }), p);
}

/** Writes a failing check run for a run that could not check at all, so no earlier ✅ stands for the commit. */
export async function publishCheckRunError(message: string, p: PublishContext): Promise<void> {
  // A workflow_run's own commit is the default branch's, not the pull request's: nothing to mark there.
  if (!p.inputs.checkRun || p.ctx.eventName === 'workflow_run') return;
  const lines = message.split('\n').filter((line) => line.trim() !== '').map((line) => `- ${escapeMarkdownText(line)}`);
  await write(renderCheckRunError(lines, originOf(p), p.ctx.runUrl), p);
}

function originOf(p: PublishContext): CheckRunOrigin {
  const attempt = Number(p.env.GITHUB_RUN_ATTEMPT);
  return { headSha: p.ctx.event.head, runId: p.env.GITHUB_RUN_ID, attempt: Number.isInteger(attempt) ? attempt : undefined };
}

async function write(output: CheckRunOutput, p: PublishContext): Promise<void> {
  try {
    const written = await writeCheckRun(p.octokit, {
      owner: p.ctx.owner,
      repo: p.ctx.repo,
      name: CHECK_RUN_NAME,
      headSha: p.ctx.event.head,
      ...output,
      detailsUrl: p.ctx.runUrl,
      externalId: p.env.GITHUB_RUN_ID,
    });
    core.info(`check run "${CHECK_RUN_NAME}": ${output.conclusion}, ${written.requests} ${written.requests === 1 ? 'request' : 'requests'} (${output.annotations.length} annotations)`);
  } catch (error) {
    if (!isChecksPermissionError(error)) {
      core.warning(`could not write the check run: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    core.info('no check run: the token may not write checks; the job status carries the gate');
    await core.summary.addRaw(`\n> ℹ️ No \`${CHECK_RUN_NAME}\` check run: the token lacks \`checks: write\`. The job's own status carries the gate.\n`).write().catch(() => undefined);
  }
}
