/**
 * Which issue comments are ours: written by the token's own identity and starting with our marker.
 * Anyone (another bot too) can paste the marker into a comment, so the author is always checked:
 * by the login the token names (`GET /user`, or GraphQL `viewer` for installation tokens such as
 * the Actions token, which get 403 on `GET /user`). When neither names it, no existing comment is
 * taken as ours: the caller creates its own and learns its login from GitHub's answer.
 */
import type { Octokit } from './client.js';
import { hasStatus } from './errors.js';

/** The fields of an issue comment the matching looks at. */
export interface CommentLike {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login: string; readonly type?: string } | null;
  readonly created_at: string;
}

/** Whose comments are ours: one login, or nobody's yet when the token cannot name itself. */
export type CommentAuthor = { readonly login: string } | { readonly unresolved: true };

/**
 * Who the token writes comments as: an explicit `login` when given, else `GET /user`, else (for
 * installation tokens, which have no user and get 403 there) GraphQL `viewer { login }`, which
 * names the bot (`github-actions` for the Actions token). Unresolved when both fail.
 */
export async function resolveCommentAuthor(octokit: Octokit, login?: string): Promise<CommentAuthor> {
  if (login) return { login };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (error) {
    if (!hasStatus(error, 403)) throw error;
  }
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    return typeof viewer?.login === 'string' && viewer.login !== '' ? { login: viewer.login } : { unresolved: true };
  } catch {
    return { unresolved: true };
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

/** True when `comment` was written by `author` and its first line starts with `marker`; never for an unresolved author. */
export function isOurComment(comment: CommentLike, marker: string, author: CommentAuthor | string): boolean {
  const user = comment.user;
  if (!user) return false;
  const wanted = typeof author === 'string' ? { login: author } : author;
  if (!('login' in wanted)) return false;
  return sameLogin(user.login, wanted.login) && firstLine(comment.body ?? '').startsWith(marker);
}

/** Ours among `comments`, oldest first (by creation time, then id). */
export function ourComments<T extends CommentLike>(comments: readonly T[], marker: string, author: CommentAuthor | string): T[] {
  return comments
    .filter((comment) => isOurComment(comment, marker, author))
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
