/**
 * The pull request comment a run may write, and the commit it writes about. Every body carries
 * that commit on a hidden second line, so a later run can tell which head the comment shows.
 */
import type { Octokit } from '../adapters/github/client.js';
import { firstLine } from '../adapters/github/comment-identity.js';
import type { RunnerContext } from './action-event.js';

/** Where the sticky comment goes and which head this run checks. */
export interface CommentTarget {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly head: string;
  readonly runUrl?: string;
}

/** The target of a pull request run with comments on; undefined otherwise. */
export function commentTarget(ctx: RunnerContext, octokit: Octokit, commentsOn: boolean): CommentTarget | undefined {
  const event = ctx.event;
  if (event.kind !== 'pull_request' || !commentsOn) return undefined;
  return { octokit, owner: ctx.owner, repo: ctx.repo, number: event.number, head: event.head, ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}) };
}

const HEAD_LINE = /^<!-- b3os-readiness:head ([0-9a-f]{40}) -->$/;
const headLine = (head: string) => `\n<!-- b3os-readiness:head ${head} -->`;

/** What `withHead` adds to a body, in characters: the comment budget leaves room for it. */
export const HEAD_LINE_LENGTH = headLine('0'.repeat(40)).length;

/** `body` (marker first) with the hidden line naming `head` inserted after the marker. */
export function withHead(body: string, head: string): string {
  const marker = firstLine(body);
  return `${marker}${headLine(head)}${body.slice(marker.length)}`;
}

/** The head a comment body says it shows, if it says. */
export function headShown(body: string): string | undefined {
  const second = body.replace(/\r\n/g, '\n').split('\n', 2)[1] ?? '';
  return HEAD_LINE.exec(second)?.[1];
}
