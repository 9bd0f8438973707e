/**
 * Whether the commit a run checks is still its pull request's head, asked of the API
 * (`GET /repos/{owner}/{repo}/pulls/{number}`). Only a run that got `current` may write the
 * verdict: an older run, re-run late, must not write over the newer head's result.
 */
import type { Octokit } from '../adapters/github/client.js';
import { hasStatus } from '../adapters/github/errors.js';
import { getPullRequest } from '../adapters/github/pull-request.js';

/** The answer: the head is current, the pull request moved on, or nobody could say. */
export type HeadCheck =
  | { readonly kind: 'current' }
  | { readonly kind: 'moved'; readonly current: string }
  | { readonly kind: 'unverified'; readonly reason: string };

/** Which pull request and the head this run checks. */
export interface HeadQuery {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly head: string;
}

/** Asks GitHub for the pull request's head; never throws. */
export async function checkHead(octokit: Octokit, query: HeadQuery): Promise<HeadCheck> {
  try {
    const pull = await getPullRequest(octokit, { owner: query.owner, repo: query.repo, pullNumber: query.number });
    return pull.headSha === query.head ? { kind: 'current' } : { kind: 'moved', current: pull.headSha };
  } catch (error) {
    return { kind: 'unverified', reason: unverifiedReason(error) };
  }
}

function unverifiedReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (hasStatus(error, 401)) return `the github-token was rejected (${message})`;
  if (hasStatus(error, 403, 404)) return `the token cannot read the pull request (${message}); grant \`pull-requests: read\``;
  return `GitHub did not answer (${message})`;
}

/** One sentence for the notice and the job summary about a head that is not `current`. */
export function headCheckNote(check: Exclude<HeadCheck, { kind: 'current' }>, head: string): string {
  if (check.kind === 'moved') {
    return `the pull request has moved on to ${short(check.current)} since this run checked ${short(head)}; the comment is left to the newer run`;
  }
  return `this run could not confirm that ${short(head)} is still the pull request's head, so it leaves the comment as it is: ${check.reason}`;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
