/**
 * Which issue comments are ours: written by the token's own identity and starting with our marker.
 * Anyone can paste the marker into a comment, so the author is always checked too.
 */
import type { Octokit } from './client.js';
import { hasStatus } from './errors.js';

/** The login comments made with the Actions `GITHUB_TOKEN` carry. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The fields of an issue comment the matching looks at. */
export interface CommentLike {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login: string } | null;
  readonly created_at: string;
}

/**
 * The login the token writes comments as: an explicit `login` when given, else `GET /user`; the
 * Actions token has no user and gets 403 there, which means it writes as `github-actions[bot]`.
 */
export async function resolveCommentLogin(octokit: Octokit, login?: string): Promise<string> {
  if (login) return login;
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (hasStatus(error, 403)) return ACTIONS_BOT_LOGIN;
    throw error;
  }
}

/**
 * Compares logins as GitHub shows them in different APIs: case-insensitively and with the `[bot]`
 * suffix removed (GraphQL reports `github-actions`, REST `github-actions[bot]`), as
 * marocchino/sticky-pull-request-comment does.
 */
export function sameLogin(a: string, b: string): boolean {
  const normalise = (login: string) => login.trim().toLowerCase().replace(/\[bot\]$/, '');
  return normalise(a) === normalise(b);
}

/** The first line of a comment body, without a trailing `\r`. */
export function firstLine(body: string): string {
  return body.split('\n', 1)[0].replace(/\r$/, '');
}

/** True when `comment` was written by `login` and its first line starts with `marker`. */
export function isOurComment(comment: CommentLike, marker: string, login: string): boolean {
  const author = comment.user?.login;
  return author !== undefined && sameLogin(author, login) && firstLine(comment.body ?? '').startsWith(marker);
}

/** Ours among `comments`, oldest first (by creation time, then id). */
export function ourComments<T extends CommentLike>(comments: readonly T[], marker: string, login: string): T[] {
  return comments
    .filter((comment) => isOurComment(comment, marker, login))
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
