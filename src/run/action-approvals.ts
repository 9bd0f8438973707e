import { githubApprovals } from '../adapters/github/reviews.js';
import type { Octokit } from '../adapters/github/client.js';
import type { ApprovalPort } from '../core/waiver-approval.js';
import type { RunnerContext } from './action-event.js';

/** Reviews of the pull request the run checks, for the waivers it proposes; none outside a pull request. */
export function approvalsOf(ctx: RunnerContext, octokit: Octokit): ApprovalPort | undefined {
  const event = ctx.event;
  if (event.kind !== 'pull_request') return undefined;
  return githubApprovals(octokit, { owner: ctx.owner, repo: ctx.repo, pullNumber: event.number, head: event.head });
}
