/**
 * The files a pull request changes, from the REST API (`pulls/list-files`), mapped onto the
 * gate's `FileChange`. GitHub serves at most 3,000 files; past that the list is `capped` and the
 * caller must not treat it as complete.
 */
import type { ChangeStatus, FileChange } from '../../core/types.js';
import type { Octokit } from './client.js';

/** "Responses include a maximum of 3000 files" (GitHub REST docs, List pull requests files). */
export const PULL_FILES_CAP = 3000;

/** Which pull request; `expectedCount` is its `changed_files`, to notice a short list. */
export interface PullRequestFilesQuery {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly expectedCount?: number;
}

/** The listed files; `capped` means GitHub may have left some out. */
export interface PullRequestFiles {
  readonly files: FileChange[];
  readonly capped: boolean;
}

/** The subset of a `diff-entry` the mapping reads. */
export interface DiffEntryLike {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
}

/**
 * Lists every file of a pull request, 100 per page. `capped` is true when 3,000 files came back
 * (the API's ceiling) or fewer than `expectedCount`.
 */
export async function listPullRequestFiles(octokit: Octokit, query: PullRequestFilesQuery): Promise<PullRequestFiles> {
  const entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: query.owner,
    repo: query.repo,
    pull_number: query.pullNumber,
    per_page: 100,
  });
  const files = entries.map(toFileChange);
  const capped = files.length >= PULL_FILES_CAP || (query.expectedCount !== undefined && files.length < query.expectedCount);
  return { files, capped };
}

const STATUS_MAP: Readonly<Record<string, ChangeStatus>> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'added',
  changed: 'modified',
  unchanged: 'modified',
};

/**
 * Maps one GitHub diff entry. `copied` counts as added and `changed`/`unchanged` (mode-only) as
 * modified; a status GitHub may add later counts as modified so the file is still checked. A rename
 * without `previous_filename` is reported as added, since its old path is unknown.
 */
export function toFileChange(entry: DiffEntryLike): FileChange {
  const status = STATUS_MAP[entry.status] ?? 'modified';
  if (status !== 'renamed') return { path: entry.filename, status };
  if (!entry.previous_filename) return { path: entry.filename, status: 'added' };
  return { path: entry.filename, status, previousPath: entry.previous_filename };
}
