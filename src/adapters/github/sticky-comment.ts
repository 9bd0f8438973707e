/**
 * One pull request comment per gate, kept up to date in place: find ours, update it only when the
 * body changed, create it when missing, and converge duplicates left by concurrent runs (the oldest
 * wins, the rest are deleted). Comment trouble never decides the gate: a read-only token gives
 * `skipped`, anything else unexpected rejects for the caller to show as a warning.
 */
import type { GitHubLog, Octokit } from './client.js';
import { firstLine, ourComments, resolveCommentAuthor, type CommentAuthor } from './comment-identity.js';
import { hasStatus } from './errors.js';

/** What to post where. `body` gets `marker` as its first line when it does not start with it. */
export interface StickyCommentRequest {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** The prefix of our comment's first line, e.g. `<!-- b3os-readiness:v1`. */
  readonly marker: string;
  readonly body: string;
  readonly log: GitHubLog;
  /** The login the token writes as; skips the `GET /user` lookup. */
  readonly login?: string;
}

/**
 * What happened. `id` is the comment that now holds the report; `reason` explains a skip;
 * `staleId` is our comment that a refused write left showing an earlier result.
 */
export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged' | 'skipped';
  readonly id?: number;
  readonly reason?: string;
  readonly staleId?: number;
}

/** Where to look for our comment. */
export type CommentQuery = Pick<StickyCommentRequest, 'owner' | 'repo' | 'issueNumber' | 'marker' | 'login'>;

/** Our comment on an issue (the oldest, when concurrent runs left several), if any, and who we are. */
export async function findOurComment(octokit: Octokit, query: CommentQuery): Promise<{ author: CommentAuthor; comment?: { id: number; body: string } }> {
  const author = await resolveCommentAuthor(octokit, query.login);
  const [oldest] = ourComments(await listComments(octokit, query), query.marker, author);
  return { author, ...(oldest ? { comment: { id: oldest.id, body: oldest.body ?? '' } } : {}) };
}

/** Posted instead when GitHub rejects the report as too long (its limit is 65,536 characters). */
export const TOO_LONG_NOTE = 'The b3os-readiness report is too long for a pull request comment. Read it in the job summary of this run.';

interface Target {
  readonly octokit: Octokit;
  readonly request: StickyCommentRequest;
  readonly body: string;
}

/** Creates, updates or leaves alone our sticky comment on an issue or pull request. */
export async function upsertStickyComment(octokit: Octokit, request: StickyCommentRequest): Promise<StickyCommentResult> {
  const body = firstLine(request.body).startsWith(request.marker) ? request.body : `${request.marker}\n${request.body}`;
  const target: Target = { octokit, request, body };
  const author = await resolveCommentAuthor(octokit, request.login);
  const [oldest, ...duplicates] = ourComments(await listComments(octokit, request), request.marker, author);
  try {
    const result = oldest ? await updateOrCreate(target, oldest) : await create(target);
    await deleteAll(target, duplicates);
    return result.action === 'created' ? await convergeAfterCreate(target, author, result) : result;
  } catch (error) {
    if (!hasStatus(error, 403)) throw error;
    const why = /not accessible by integration/i.test(error.detail) ? '; the token is read-only here, as on pull requests from forks' : '';
    const reason = `cannot write the pull request comment (${error.detail})${why}, so the report is only in the job summary`;
    request.log.notice(reason);
    return { action: 'skipped', reason, ...(oldest ? { staleId: oldest.id } : {}) };
  }
}

async function listComments(octokit: Octokit, query: Pick<CommentQuery, 'owner' | 'repo' | 'issueNumber'>) {
  return octokit.paginate(octokit.rest.issues.listComments, {
    owner: query.owner,
    repo: query.repo,
    issue_number: query.issueNumber,
    per_page: 100,
  });
}

async function updateOrCreate(target: Target, existing: { id: number; body?: string | null }): Promise<StickyCommentResult> {
  if (sameBody(existing.body ?? '', target.body)) return { action: 'unchanged', id: existing.id };
  try {
    await withShortBodyOnTooLong(target, (body) =>
      target.octokit.rest.issues.updateComment({ owner: target.request.owner, repo: target.request.repo, comment_id: existing.id, body }),
    );
    return { action: 'updated', id: existing.id };
  } catch (error) {
    if (hasStatus(error, 404)) return create(target); // deleted between our read and our write
    throw error;
  }
}

async function create(target: Target): Promise<StickyCommentResult> {
  const { request } = target;
  const { data } = await withShortBodyOnTooLong(target, (body) =>
    target.octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }),
  );
  return { action: 'created', id: data.id };
}

/** Another run may have created its comment at the same time: keep the oldest, delete the rest. */
async function convergeAfterCreate(target: Target, author: CommentAuthor, created: StickyCommentResult): Promise<StickyCommentResult> {
  const comments = await listComments(target.octokit, target.request);
  // The comment just created names the bot this token writes as: from here on, match that login.
  const login = comments.find((c) => c.id === created.id)?.user?.login;
  const [oldest, ...others] = ourComments(comments, target.request.marker, login ? { login } : author);
  if (!oldest || oldest.id === created.id) {
    await deleteAll(target, others);
    return created;
  }
  const result = await updateOrCreate(target, oldest);
  await deleteAll(target, others);
  return result;
}

async function withShortBodyOnTooLong<T>(target: Target, write: (body: string) => Promise<T>): Promise<T> {
  try {
    return await write(target.body);
  } catch (error) {
    if (!(hasStatus(error, 422) && /too long/i.test(error.detail))) throw error;
    target.request.log.warning(`the report comment was rejected as too long (${error.detail}); posting a short note instead`);
    return write(`${firstLine(target.body)}\n${TOO_LONG_NOTE}`);
  }
}

// Duplicates are cleanup only: a failed delete is reported, never fatal.
async function deleteAll({ octokit, request }: Target, comments: readonly { id: number }[]): Promise<void> {
  for (const comment of comments) {
    try {
      await octokit.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: comment.id });
    } catch (error) {
      if (!hasStatus(error, 404)) request.log.warning(`could not delete duplicate report comment ${comment.id}: ${describe(error)}`);
    }
  }
}

/**
 * Bodies that differ only in line ends, trailing space or the run their links point to say the
 * same: a new run of an unchanged pull request leaves the comment (and its notifications) alone.
 */
function sameBody(a: string, b: string): boolean {
  const normalise = (text: string) => text.replace(/\r\n/g, '\n').replace(/\/actions\/runs\/\d+(\/attempts\/\d+)?/g, '/actions/runs/*').trimEnd();
  return normalise(a) === normalise(b);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
