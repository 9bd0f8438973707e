/**
 * Publishing for a pull request from a fork: the `pull_request` run (read-only token) saves its
 * JSON report as an artifact; a `workflow_run` run (write token) calls the action with
 * `saved-report`. That run checks out and runs nothing of the pull request: it reads the report as
 * untrusted data (saved-report-read.ts), confirms through the API that the pull request's current
 * head is the commit both the report and the workflow run name, then posts the comment and the
 * check run rendered afresh from the validated values.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { hasStatus } from '../adapters/github/errors.js';
import { getPullRequest, type PullRequestInfo } from '../adapters/github/pull-request.js';
import { UserError } from '../core/errors.js';
import { escapeMarkdownText } from '../render/escape.js';
import type { RunnerContext } from './action-event.js';
import { publishCheckRun, publishCheckRunError } from './check-run.js';
import { publishReport, type PublishContext } from './publish.js';
import { readSavedReport, refused, type SavedReport } from './saved-report-read.js';

/** The facts of the triggering run that GitHub, not the pull request, vouches for. */
interface WorkflowRun {
  readonly id: number;
  readonly attempt: number;
  readonly headSha: string;
  readonly headRepo: string;
  readonly pullNumbers: readonly number[];
}

/** Publishes the saved report at `path` (the `saved-report` input). Throws `UserError` when it is refused. */
export async function publishSavedReport(path: string, p: PublishContext): Promise<void> {
  const run = readWorkflowRun(p);
  let saved: SavedReport;
  let pull: PullRequestInfo;
  try {
    saved = await readSavedReport(path, { serverUrl: p.ctx.serverUrl, owner: p.ctx.owner, repo: p.ctx.repo });
    pull = await crossCheck(saved, run, p);
  } catch (error) {
    if (error instanceof UserError) await recordRefusal(error.message, run, p);
    throw error;
  }
  if (pull.headSha !== saved.pullRequest.headSha) {
    core.notice(`pull request #${saved.pullRequest.number} has moved on to ${pull.headSha.slice(0, 7)} since its run checked ${saved.pullRequest.headSha.slice(0, 7)}; the run for the new head publishes its own report`);
    return;
  }
  // Titles and links name the pull request's run, which did the checking.
  const env = { ...p.env, GITHUB_RUN_ID: String(run.id), GITHUB_RUN_ATTEMPT: String(run.attempt) };
  const replay: PublishContext = { ...p, env, ctx: pullRequestContext(p.ctx, saved, pull, run) };
  await publishReport(saved.report, replay);
  await publishCheckRun(saved.report, replay, true);
  core.info(`published the report of pull request #${saved.pullRequest.number} at ${pull.headSha.slice(0, 7)}: ${saved.report.result}`);
}

function readWorkflowRun(p: PublishContext): WorkflowRun {
  if (p.ctx.eventName !== 'workflow_run') throw new UserError(`input "saved-report" is for a workflow triggered by workflow_run, not ${p.ctx.eventName || 'this event'}`);
  const payload = JSON.parse(readFileSync(p.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { workflow_run?: Record<string, any> };
  const run = payload.workflow_run ?? {};
  if (run.event !== 'pull_request') throw new UserError(`input "saved-report" publishes reports of pull_request runs; the workflow run was triggered by ${String(run.event)}`);
  const headSha = String(run.head_sha);
  if (!/^[0-9a-f]{40}$/.test(headSha) || !Number.isSafeInteger(run.id)) throw new UserError('the workflow_run event has no head commit or run id');
  const pullNumbers = Array.isArray(run.pull_requests) ? run.pull_requests.map((pr: { number?: unknown }) => Number(pr.number)) : [];
  const attempt = Number.isSafeInteger(run.run_attempt) ? Number(run.run_attempt) : 1;
  return { id: run.id, attempt, headSha, headRepo: String(run.head_repository?.full_name), pullNumbers };
}

/** The pull request must be the one whose head the workflow run checked, from the repository it ran on. */
async function crossCheck(saved: SavedReport, run: WorkflowRun, p: PublishContext): Promise<PullRequestInfo> {
  const { number, headSha } = saved.pullRequest;
  if (headSha !== run.headSha) throw refused(`it is about ${headSha.slice(0, 7)}, but the workflow run checked ${run.headSha.slice(0, 7)}`);
  // Same-repository pull requests are listed by the event; one from a fork is not, and is then checked below.
  if (run.pullNumbers.length > 0 && !run.pullNumbers.includes(number)) throw refused(`it names pull request #${number}, which the workflow run is not for`);
  const pull = await getPullRequest(p.octokit, { owner: p.ctx.owner, repo: p.ctx.repo, pullNumber: number }).catch((error: unknown) => {
    if (hasStatus(error, 404)) throw refused(`pull request #${number} does not exist in ${p.ctx.owner}/${p.ctx.repo}`);
    throw error;
  });
  if (pull.headRepoFullName !== run.headRepo) throw refused(`pull request #${number} comes from ${pull.headRepoFullName ?? 'a deleted repository'}, but the workflow run checked ${run.headRepo}`);
  return pull;
}

function pullRequestContext(ctx: RunnerContext, saved: SavedReport, pull: PullRequestInfo, run: WorkflowRun): RunnerContext {
  return {
    ...ctx,
    sha: pull.headSha,
    // The full report is the job summary of the pull request's own run.
    runUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${run.id}`,
    event: { kind: 'pull_request', number: saved.pullRequest.number, base: pull.baseSha, head: pull.headSha, baseRef: pull.baseRef },
  };
}

/** A refused report fails the check run of the commit the workflow run checked, and the job summary says why. */
async function recordRefusal(message: string, run: WorkflowRun, p: PublishContext): Promise<void> {
  await core.summary.addRaw(`### ⚠️ B3OS readiness: ${escapeMarkdownText(message, 2_000)}\n\nNothing was posted to the pull request.\n`).write().catch(() => undefined);
  const ctx: RunnerContext = { ...p.ctx, eventName: 'pull_request', event: { kind: 'all', head: run.headSha }, runUrl: p.ctx.runUrl };
  await publishCheckRunError(message, { ...p, ctx });
}
