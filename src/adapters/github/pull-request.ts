/** The facts about a pull request the gate needs, from `pulls/get`. */
import type { Octokit } from './client.js';

/** Which pull request. */
export interface PullRequestQuery {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
}

/**
 * A pull request's commits and size. `headRepoFullName` is undefined when the head repository
 * was deleted; it differs from `baseRepoFullName` for a pull request from a fork.
 */
export interface PullRequestInfo {
  readonly headSha: string;
  readonly baseSha: string;
  /** The base branch's name (`main`). */
  readonly baseRef: string;
  readonly changedFiles: number;
  readonly headRepoFullName: string | undefined;
  readonly baseRepoFullName: string;
}

/** Reads one pull request. */
export async function getPullRequest(octokit: Octokit, query: PullRequestQuery): Promise<PullRequestInfo> {
  const { data } = await octokit.rest.pulls.get({ owner: query.owner, repo: query.repo, pull_number: query.pullNumber });
  return {
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    changedFiles: data.changed_files,
    headRepoFullName: data.head.repo?.full_name ?? undefined,
    baseRepoFullName: data.base.repo.full_name,
  };
}
