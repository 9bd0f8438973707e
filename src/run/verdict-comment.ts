/**
 * Only a verified run writes the verdict: the sticky comment is written after the API confirmed
 * that the checked commit is still the pull request's head. A run that cannot confirm it writes
 * nothing (a newer run's verdict may be there); a write GitHub refuses after the client's retries
 * and rate-limit waits is reported as a possibly stale comment.
 */
import type { GitHubLog } from '../adapters/github/client.js';
import { upsertStickyComment } from '../adapters/github/sticky-comment.js';
import { COMMENT_MARKER } from '../render/checklist-md.js';
import { withHead, type CommentTarget } from './comment-target.js';
import { checkHead, headCheckNote } from './verified-head.js';

/** What became of the verdict: written (or unchanged), left to another run, or not written. */
export type VerdictOutcome =
  | { readonly kind: 'written'; readonly action: string; readonly reason?: string }
  | { readonly kind: 'left'; readonly note: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** What the step says when the final write failed. */
export const STALE_COMMENT = 'the comment could not be updated and may be stale';

/** Writes `body()` (rendered only when it will be written) as the sticky comment; never throws. */
export async function writeVerdict(target: CommentTarget, body: () => string, log: GitHubLog): Promise<VerdictOutcome> {
  const head = await checkHead(target.octokit, target);
  if (head.kind !== 'current') return { kind: 'left', note: headCheckNote(head, target.head) };
  try {
    const request = { owner: target.owner, repo: target.repo, issueNumber: target.number, marker: COMMENT_MARKER, body: withHead(body(), target.head), log };
    const result = await upsertStickyComment(target.octokit, request);
    if (result.staleId !== undefined) return { kind: 'failed', reason: result.reason ?? 'GitHub refused the write' };
    return { kind: 'written', action: result.action, ...(result.reason ? { reason: result.reason } : {}) };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
