/** Change sets from local git history: a merge-base diff, or every file at one commit. */
import type { ChangeSet, FileChange } from '../../core/types.js';
import { everyFileChangeSet, WORKTREE_REF } from '../fs/workspace-snapshot.js';
import { runGit } from './git.js';
import { mergeBase, resolveRef } from './refs.js';
import { gitSnapshot } from './snapshot.js';
import { decodeGitPath, splitNul } from './tree.js';

/** The two ends of a pull request: the target branch and the proposed head, any revisions. */
export interface GitRange {
  readonly base: string;
  readonly head: string;
}

/**
 * What changed on `head` since it left `base`: the diff from their merge base to `head`, with
 * rename detection, so commits made on `base` after the branch point are not included.
 * `base` and `head` of the result are the resolved full shas. Rejects with a `GitError` when a
 * ref is unknown or there is no merge base (e.g. a shallow clone).
 */
export async function gitChangeSet(repoDir: string, range: GitRange): Promise<ChangeSet> {
  const [base, head] = await Promise.all([resolveRef(repoDir, range.base), resolveRef(repoDir, range.head)]);
  return gitDiffChangeSet(repoDir, { base, head, from: await mergeBase(repoDir, base, head) });
}

/** Resolved ends of a change: full shas of the base's tip, the head, and their merge base. */
export interface ResolvedRange extends GitRange {
  readonly from: string;
}

/** `gitChangeSet` for ends already resolved (a run resolves each ref once). */
export async function gitDiffChangeSet(repoDir: string, { base, head, from }: ResolvedRange): Promise<ChangeSet> {
  const output = await runGit(repoDir, [...DIFF_ARGS, from, head]);
  return { base, head, mode: 'diff', files: parseNameStatus(output) };
}

const DIFF_ARGS = ['diff', '-z', '--name-status', '-M', '--no-relative', '--no-ext-diff', '--no-textconv'];

/**
 * What the working tree changes since it left `base`: tracked files as they are on disk (staged
 * or not) against the merge base of `base` and `HEAD`, plus untracked files git does not ignore.
 * `head` of the result is `WORKTREE`.
 */
export async function gitWorkingTreeChangeSet(repoDir: string, baseRef: string): Promise<ChangeSet> {
  const [base, head] = await Promise.all([resolveRef(repoDir, baseRef), resolveRef(repoDir, 'HEAD')]);
  return gitWorkingTreeDiff(repoDir, { base, from: await mergeBase(repoDir, base, head) });
}

/** `gitWorkingTreeChangeSet` for a base already resolved, with its merge base with `HEAD`. */
export async function gitWorkingTreeDiff(repoDir: string, { base, from }: Omit<ResolvedRange, 'head'>): Promise<ChangeSet> {
  const [tracked, untracked] = await Promise.all([
    runGit(repoDir, [...DIFF_ARGS, from]),
    runGit(repoDir, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name']),
  ]);
  const added = splitNul(untracked).map(decodeGitPath).map((path): FileChange => ({ path, status: 'added' }));
  return { base, head: WORKTREE_REF, mode: 'diff', files: [...parseNameStatus(tracked), ...added] };
}

/** The files of the work tree git does not ignore (tracked or not), as repository paths. */
export async function gitVisibleFiles(repoDir: string): Promise<ReadonlySet<string>> {
  const output = await runGit(repoDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name']);
  return new Set(splitNul(output).map(decodeGitPath));
}

/**
 * Every regular file at `head` as `added` (mode `all`); symlinks and submodules are left out
 * because they are never read. `head` of the result is the resolved full sha.
 */
export async function gitAllChangeSet(repoDir: string, head: string): Promise<ChangeSet> {
  const sha = await resolveRef(repoDir, head);
  const snapshot = gitSnapshot(repoDir, sha);
  try {
    return await everyFileChangeSet(snapshot, sha);
  } finally {
    snapshot.dispose();
  }
}

/**
 * Parses `git diff -z --name-status` output. A→added, M→modified, T (type change)→modified,
 * D→removed, C (copy)→added at the new path, R<score>→renamed with `previousPath`. Any other
 * letter is an error rather than a silently skipped file.
 */
export function parseNameStatus(output: Buffer): FileChange[] {
  const fields = splitNul(output).map(decodeGitPath);
  const files: FileChange[] = [];
  for (let index = 0; index < fields.length; ) {
    const letter = fields[index].charAt(0);
    if (letter === 'R' || letter === 'C') {
      const [previousPath, path] = [fields[index + 1], fields[index + 2]];
      if (path === undefined) throw new Error(`truncated git diff record for ${previousPath}`);
      files.push(letter === 'R' ? { path, status: 'renamed', previousPath } : { path, status: 'added' });
      index += 3;
    } else {
      const path = fields[index + 1];
      if (path === undefined) throw new Error('truncated git diff record');
      files.push({ path, status: singlePathStatus(letter, path) });
      index += 2;
    }
  }
  return files;
}

function singlePathStatus(letter: string, path: string): FileChange['status'] {
  switch (letter) {
    case 'A':
      return 'added';
    case 'M':
    case 'T':
      return 'modified';
    case 'D':
      return 'removed';
    default:
      throw new Error(`unexpected git diff status ${JSON.stringify(letter)} for ${path}`);
  }
}
