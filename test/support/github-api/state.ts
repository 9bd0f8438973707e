/**
 * The in-memory world behind the fake GitHub API: who each token is, the pull request, its files,
 * and the issue comments. Tests read and change it directly through `api.state`.
 */

/** Statuses GitHub reports for a pull request file (`diff-entry.status`). */
export type DiffStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** One file of the pull request as `pulls/list-files` returns it. */
export interface PullFile {
  readonly filename: string;
  readonly status: DiffStatus;
  readonly previous_filename?: string;
}

/** The pull request `pulls/get` describes. */
export interface PullInfo {
  number: number;
  headSha: string;
  baseSha: string;
  headRepoFullName: string;
  baseRepoFullName: string;
  /** What `changed_files` reports; defaults to `files.length` when left undefined. */
  changedFiles?: number;
}

/**
 * Who a token is. `userEndpoint: 'forbidden'` makes `GET /user` answer 403 as it does for the
 * Actions `GITHUB_TOKEN` (an installation token has no user).
 */
export interface Identity {
  readonly login: string;
  readonly id: number;
  readonly type: 'Bot' | 'User';
  readonly userEndpoint: 'ok' | 'forbidden';
  /** GraphQL `viewer { login }`: answered (the default) or refused. */
  readonly viewer?: 'ok' | 'forbidden';
}

/** One stored issue comment. Times are ISO strings from the state's own clock. */
export interface StoredComment {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly author: Identity;
  readonly createdAt: string;
  updatedAt: string;
}

/** The identity of the Actions `GITHUB_TOKEN`, the default for any token not configured. */
export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot', userEndpoint: 'forbidden' };

/** GitHub's comment body limit, enforced by the default create/update handlers. */
export const MAX_COMMENT_BODY = 65536;

/** Builds `count` files `src/file-0001.json` … with the given status. */
export function makeFiles(count: number, status: DiffStatus = 'modified'): PullFile[] {
  return Array.from({ length: count }, (_, i) => ({ filename: `src/file-${String(i + 1).padStart(4, '0')}.json`, status }));
}

/** One stored check run: what the last request set, and every annotation appended so far. */
export interface StoredCheckRun {
  readonly id: number;
  readonly name: string;
  readonly headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl?: string;
  externalId?: string;
  output: { title: string | null; summary: string | null };
  readonly annotations: Array<Record<string, unknown>>;
}

/** One pull request review, oldest first as GitHub lists them. `commitId` is the head it was submitted on. */
export interface StoredReview {
  readonly id: number;
  readonly user: Identity;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  readonly commitId: string;
  readonly submittedAt: string;
}

/** A human GitHub user, for reviews and pull request authors. */
export function humanUser(login: string, id: number): Identity {
  return { login, id, type: 'User', userEndpoint: 'ok' };
}

/** Mutable state of one fake API instance; every write advances a deterministic clock by a minute. */
export class ApiState {
  files: PullFile[] = [];
  readonly pull: PullInfo = {
    number: 1347,
    headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    baseSha: 'c9a7c1e2a10d3bb5b0f6cdb1a3f4f0b4a4c2f7e1',
    headRepoFullName: 'octocat/Hello-World',
    baseRepoFullName: 'octocat/Hello-World',
  };
  readonly identities = new Map<string, Identity>();
  /** Check runs, oldest first. */
  readonly checkRuns: StoredCheckRun[] = [];
  /** False: the token lacks `checks: write`, and GitHub answers 403 on every check-run write. */
  checksWritable = true;
  /** Who opened the pull request (`pulls/get` `user`). */
  author: Identity = humanUser('octocat', 1);
  /** The reviews of the pull request, oldest first. */
  readonly reviews: StoredReview[] = [];
  /** Active members per `org/team-slug`. */
  readonly teams = new Map<string, string[]>();
  private readonly comments: StoredComment[] = [];
  private nextId = 1001;
  private clock = Date.parse('2026-01-05T10:00:00Z');

  /** The identity of a bearer token (`github-actions[bot]` unless configured). */
  identityFor(token: string | undefined): Identity {
    return (token !== undefined && this.identities.get(token)) || ACTIONS_BOT;
  }

  /** Stores a comment as `author` would have written it; returns it. */
  addComment(issueNumber: number, body: string, author: Identity = ACTIONS_BOT): StoredComment {
    const now = this.tick();
    const comment: StoredComment = { id: this.nextId++, issueNumber, body, author, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment;
  }

  /** The comments of one issue, oldest first (GitHub's order). */
  commentsOf(issueNumber: number): StoredComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  /** A comment by id, or undefined when it does not exist (or was deleted). */
  comment(id: number): StoredComment | undefined {
    return this.comments.find((c) => c.id === id);
  }

  /** Replaces a comment's body; false when the comment does not exist. */
  updateComment(id: number, body: string): StoredComment | undefined {
    const found = this.comment(id);
    if (found) {
      found.body = body;
      found.updatedAt = this.tick();
    }
    return found;
  }

  /** Deletes a comment; false when it did not exist. */
  deleteComment(id: number): boolean {
    const index = this.comments.findIndex((c) => c.id === id);
    if (index >= 0) this.comments.splice(index, 1);
    return index >= 0;
  }

  /** Stores a new check run from a `checks/create` body; returns it. */
  addCheckRun(body: Record<string, any>): StoredCheckRun {
    const run: StoredCheckRun = {
      id: this.nextId++, name: String(body.name), headSha: String(body.head_sha), status: 'queued', conclusion: null,
      output: { title: null, summary: null }, annotations: [],
    };
    this.checkRuns.push(run);
    return this.applyCheckRun(run, body);
  }

  /** Applies a `checks/update` body to a stored check run; undefined when there is none with `id`. */
  updateCheckRun(id: number, body: Record<string, any>): StoredCheckRun | undefined {
    const run = this.checkRuns.find((r) => r.id === id);
    return run && this.applyCheckRun(run, body);
  }

  // GitHub's semantics: a conclusion completes the run; annotations are appended, never replaced.
  private applyCheckRun(run: StoredCheckRun, body: Record<string, any>): StoredCheckRun {
    if (body.status !== undefined) run.status = String(body.status);
    if (body.conclusion !== undefined) Object.assign(run, { conclusion: String(body.conclusion), status: 'completed' });
    if (body.details_url !== undefined) run.detailsUrl = String(body.details_url);
    if (body.external_id !== undefined) run.externalId = String(body.external_id);
    if (body.output) {
      run.output = { title: body.output.title ?? run.output.title, summary: body.output.summary ?? run.output.summary };
      run.annotations.push(...(body.output.annotations ?? []));
    }
    return run;
  }

  /** Adds a review by `user` on `commitId`; returns it. */
  addReview(user: Identity, state: StoredReview['state'], commitId: string): StoredReview {
    const review: StoredReview = { id: this.nextId++, user, state, commitId, submittedAt: this.tick() };
    this.reviews.push(review);
    return review;
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}
