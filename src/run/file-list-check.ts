/**
 * The pull request's files from two witnesses: the GitHub API's list and the git history of the
 * checkout. Neither is trusted alone: their union is checked, a disagreement is a notice, and a
 * path the API lists that is in neither the head nor the base tree (a name that did not survive
 * the API, such as a non-UTF-8 name arriving with U+FFFD) makes the change incomplete.
 */
import type { ChangeSet, FileChange, Snapshot } from '../core/types.js';

/** The union, what to tell the reader, and why the change cannot be verified (if it cannot). */
export interface CrossChecked {
  readonly files: readonly FileChange[];
  readonly notice?: string;
  readonly incompleteReason?: string;
}

const NAMED = 5;

/** Cross-checks the API's list against git's; `trees` are the head and the merge base. */
export async function crossCheckFiles(listed: readonly FileChange[], fromGit: ChangeSet, trees: { head: Snapshot; base: Snapshot }): Promise<CrossChecked> {
  const inGit = new Map(fromGit.files.map((f) => [f.path, f]));
  const inApi = new Set(listed.map((f) => f.path));
  const apiOnly = listed.filter((f) => !inGit.has(f.path));
  const gitOnly = fromGit.files.filter((f) => !inApi.has(f.path));
  const known = await pathsOf(trees);
  const nowhere = apiOnly.filter((f) => !known.has(f.path) && !(f.previousPath && known.has(f.previousPath)));
  const files = [...fromGit.files, ...apiOnly.filter((f) => !nowhere.includes(f))];
  return {
    files,
    ...(apiOnly.length + gitOnly.length > 0 ? { notice: disagreement(apiOnly, gitOnly) } : {}),
    ...(nowhere.length > 0 ? { incompleteReason: missingEverywhere(nowhere) } : {}),
  };
}

async function pathsOf(trees: { head: Snapshot; base: Snapshot }): Promise<Set<string>> {
  const [head, base] = await Promise.all([trees.head.list(), trees.base.list()]);
  return new Set([...head, ...base].map((entry) => entry.path));
}

function disagreement(apiOnly: readonly FileChange[], gitOnly: readonly FileChange[]): string {
  const parts = [
    ...(apiOnly.length > 0 ? [`${apiOnly.length} listed only by the GitHub API (${named(apiOnly)})`] : []),
    ...(gitOnly.length > 0 ? [`${gitOnly.length} found only in the git history (${named(gitOnly)})`] : []),
  ];
  return `the GitHub API and the git history disagree on the changed files: ${parts.join('; ')}; every file either names is checked`;
}

function missingEverywhere(files: readonly FileChange[]): string {
  return `the GitHub API lists ${files.length === 1 ? 'a file' : `${files.length} files`} that neither the head nor the base commit holds (${named(files)}): a name that is not valid UTF-8 arrives from the API with U+FFFD in place of its bytes, so the file cannot be found and checked; rename it to valid UTF-8`;
}

function named(files: readonly FileChange[]): string {
  const shown = files.slice(0, NAMED).map((f) => `\`${JSON.stringify(f.path).slice(1, -1)}\``).join(', ');
  return files.length > NAMED ? `${shown} and ${files.length - NAMED} more` : shown;
}
