/**
 * Writes one completed check run: created with its conclusion and the first 50 annotations (the
 * Checks API's limit per request, github-platform G5), then each further batch PATCHed onto it,
 * where GitHub appends them. The verdict is in the first request, so a failed later batch loses
 * annotations, never the conclusion.
 */
import type { CheckAnnotation } from '../../render/check-run.js';
import type { Octokit } from './client.js';
import { GitHubApiError } from './errors.js';

/** The Checks API's maximum of annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** What to write, on which commit. */
export interface CheckRunWrite {
  readonly owner: string;
  readonly repo: string;
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: 'success' | 'failure';
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
  readonly detailsUrl?: string;
  readonly externalId?: string;
}

/** The check run written and how many requests it took. */
export interface CheckRunWritten {
  readonly id: number;
  readonly url: string;
  readonly requests: number;
}

/** Creates the check run and appends the remaining annotation batches. Rejects with `GitHubApiError`. */
export async function writeCheckRun(octokit: Octokit, write: CheckRunWrite): Promise<CheckRunWritten> {
  const batches = batchesOf(write.annotations);
  const output = (annotations: readonly CheckAnnotation[]) => ({ title: write.title, summary: write.summary, annotations: [...annotations] });
  const { data } = await octokit.rest.checks.create({
    owner: write.owner,
    repo: write.repo,
    name: write.name,
    head_sha: write.headSha,
    status: 'completed',
    conclusion: write.conclusion,
    ...(write.detailsUrl !== undefined ? { details_url: write.detailsUrl } : {}),
    ...(write.externalId !== undefined ? { external_id: write.externalId } : {}),
    output: output(batches[0] ?? []),
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ owner: write.owner, repo: write.repo, check_run_id: data.id, output: output(batch) });
  }
  return { id: data.id, url: data.html_url ?? '', requests: Math.max(1, batches.length) };
}

/**
 * True when GitHub refused the check run for want of permission: the token lacks `checks: write`
 * (403 "Resource not accessible by integration"), or is not an App token (PATs cannot write checks).
 * A secondary rate limit is a 403 too, and is not this.
 */
export function isChecksPermissionError(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 403 && !/rate limit/i.test(error.detail);
}

function batchesOf(annotations: readonly CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = [];
  for (let at = 0; at < annotations.length; at += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(at, at + ANNOTATIONS_PER_REQUEST));
  return batches;
}
