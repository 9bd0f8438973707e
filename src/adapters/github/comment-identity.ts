/**
 * Which issue comments are ours: written by the token's own identity and starting with our marker.
 * Anyone can paste the marker into a comment, so the author is always checked too: by login when
 * the token can say who it is, else (an Actions or GitHub App installation token, which get 403
 * on `GET /user`) by being a bot account, which no person can write as.
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

/** Whose comments are ours: one login, or any bot account when the token cannot name itself. */
export type CommentAuthor = { readonly login: string } | { readonly anyBot: true };

/**
 * Who the token writes comments as: an explicit `login` when given, else `GET /user`. Installation
 * tokens (the Actions token, GitHub Apps) have no user and get 403 there; they write as a bot.
 */
export async function resolveCommentAuthor(octokit: Octokit, login?: string): Promise<CommentAuthor> {
  if (login) return { login };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login };
  } catch (error) {
    if (hasStatus(error, 403)) return { anyBot: true };
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

/** True when `comment` was written by `author` (a login, or a bot) and its first line starts with `marker`. */
export function isOurComment(comment: CommentLike, marker: string, author: CommentAuthor | string): boolean {
  const user = comment.user;
  if (!user) return false;
  const wanted = typeof author === 'string' ? { login: author } : author;
  const byAuthor = 'login' in wanted ? sameLogin(user.login, wanted.login) : user.type === 'Bot';
  return byAuthor && firstLine(comment.body ?? '').startsWith(marker);
}

/** Ours among `comments`, oldest first (by creation time, then id). */
export function ourComments<T extends CommentLike>(comments: readonly T[], marker: string, author: CommentAuthor | string): T[] {
  return comments
    .filter((comment) => isOurComment(comment, marker, author))
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
