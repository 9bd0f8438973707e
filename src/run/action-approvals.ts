import { githubApprovals } from '../adapters/github/reviews.js';
import type { Octokit } from '../adapters/github/client.js';
import type { ApprovalPort } from '../core/waiver-approval.js';
import type { RunnerContext } from './action-event.js';

/** A merge queue's ref names the pull request and its head commit: `…/gh-readonly-queue/<base>/pr-<n>-<sha>`. */
const QUEUE_REF = /\/gh-readonly-queue\/.+\/pr-(\d+)-([0-9a-f]{40})$/;

/**
 * Reviews of the pull request the run checks, for the waivers it proposes: the pull request's own
 * run, or its entry in the merge queue (approvals count on the pull request's head, as on its
 * own run). None elsewhere: a proposed waiver is then unverified.
 */
export function approvalsOf(ctx: RunnerContext, octokit: Octokit, env: NodeJS.ProcessEnv): ApprovalPort | undefined {
  const event = ctx.event;
  const at = { owner: ctx.owner, repo: ctx.repo };
  if (event.kind === 'pull_request') return githubApprovals(octokit, { ...at, pullNumber: event.number, head: event.head });
  const queued = ctx.eventName === 'merge_group' ? QUEUE_REF.exec(env.GITHUB_REF ?? '') : null;
  return queued ? githubApprovals(octokit, { ...at, pullNumber: Number(queued[1]), head: queued[2] }) : undefined;
}
