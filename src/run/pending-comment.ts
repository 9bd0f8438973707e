/**
 * Pending first: before checking anything, a run whose head is confirmed current marks our existing
 * comment "⏳ re-checking `<sha>`". A run that then dies, times out or cannot publish leaves that
 * mark, never an earlier ✅. One write, skipped when the comment already shows this head.
 */
import { hasStatus } from '../adapters/github/errors.js';
import { findOurComment } from '../adapters/github/sticky-comment.js';
import { COMMENT_MARKER } from '../render/checklist-md.js';
import { headShown, withHead, type CommentTarget } from './comment-target.js';
import { checkHead, headCheckNote } from './verified-head.js';

/** What the mark did; `note` says why nothing was marked when that matters. */
export type PendingOutcome =
  | { readonly kind: 'marked' | 'shows-this-head' | 'no-comment' }
  | { readonly kind: 'not-marked'; readonly note: string; readonly writeFailed: boolean };

/** Marks our comment as re-checking `target.head`; never throws. */
export async function markPending(target: CommentTarget): Promise<PendingOutcome> {
  const head = await checkHead(target.octokit, target);
  if (head.kind !== 'current') return { kind: 'not-marked', note: headCheckNote(head, target.head), writeFailed: false };
  try {
    const { comment } = await findOurComment(target.octokit, { owner: target.owner, repo: target.repo, issueNumber: target.number, marker: COMMENT_MARKER });
    if (!comment) return { kind: 'no-comment' };
    if (headShown(comment.body) === target.head) return { kind: 'shows-this-head' };
    await target.octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: comment.id, body: pendingBody(target, headShown(comment.body)) });
    return { kind: 'marked' };
  } catch (error) {
    const refused = hasStatus(error, 401, 403) ? ' (the token may not write comments)' : '';
    return { kind: 'not-marked', note: `could not mark the comment as re-checking${refused}: ${error instanceof Error ? error.message : String(error)}`, writeFailed: true };
  }
}

/** The comment while a run checks `head`: no verdict at all, so nothing stale can stand. */
export function pendingBody(target: Pick<CommentTarget, 'head' | 'runUrl'>, previous: string | undefined): string {
  const short = target.head.slice(0, 7);
  const run = target.runUrl ? `[this run](${target.runUrl})` : 'this run';
  const before = previous ? ` The result for \`${previous.slice(0, 7)}\` no longer stands.` : '';
  const text = `## B3OS production readiness: ⏳ re-checking \`${short}\`\n\n${run} is checking \`${short}\`.${before} This comment shows its result when it finishes; if it stays like this, the run could not publish: see its job summary.\n`;
  return withHead(`${COMMENT_MARKER}\n${text}`, target.head);
}
