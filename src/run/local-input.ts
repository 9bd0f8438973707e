import { statSync } from 'node:fs';
import { gitDiffChangeSet, gitVisibleFiles, gitWorkingTreeDiff } from '../adapters/git/changed-files.js';
import { pathInWorkTree } from '../adapters/git/refs.js';
import { openGitRepository, type GitRepository } from '../adapters/git/repository.js';
import { everyFileChangeSet, WORKTREE_REF, workspaceSnapshot } from '../adapters/fs/workspace-snapshot.js';
import { workingTreeCommit } from '../adapters/git/working-tree-commit.js';
import { UserError } from '../core/errors.js';
import type { GateInput } from '../core/gate.js';
import { mergeOff, mergeTarget } from './merge-target.js';

/** What a local run reads: the snapshots and change set, plus a way to release git processes. */
export interface LocalInput {
  readonly gate: Pick<GateInput, 'head' | 'base' | 'changes' | 'configFrom' | 'configLabel'>;
  dispose(): void;
}

/**
 * Builds the gate's input from a local repository. Without `--head` the working tree is checked
 * (`--all`: every file; `--base`: what it changes since the merge base, untracked files included),
 * symlinks never followed; with `--head` everything is read from git objects. With `--base`, the
 * head is checked merged into the base (`merge: false` checks it as branched).
 */
export async function localInput(opts: LocalOptions): Promise<LocalInput> {
  if (!isDirectory(opts.repoDir)) throw new UserError(`--repo ${opts.repoDir} is not a directory`);
  const prefix = await pathInWorkTree(opts.repoDir);
  if (opts.all && opts.head === undefined) {
    // In a git work tree, what git ignores (.env.local, build output) is not audited: it is never committed.
    const visible = prefix === '' ? await gitVisibleFiles(opts.repoDir) : undefined;
    const head = workspaceSnapshot(opts.repoDir, visible);
    return { gate: { head, changes: await everyFileChangeSet(head, WORKTREE_REF) }, dispose: () => {} };
  }
  if (prefix === undefined) throw new UserError(`${opts.repoDir} is not a git repository: --base and --head read its history; audit a plain folder with --all (without --head)`);
  if (prefix) {
    // Git reads paths from the top of the work tree: below it, no path would match and all would pass.
    throw new UserError(`--repo ${opts.repoDir} is the folder ${prefix} of a git work tree; point --repo at the top of the work tree, or audit the folder alone with --all (without --head)`);
  }
  const repo = openGitRepository(opts.repoDir);
  try {
    return await gitInput(repo, opts);
  } catch (error) {
    repo.dispose();
    throw error;
  }
}

type LocalOptions = { repoDir: string; base?: string; head?: string; all: boolean; merge?: boolean };

/** The input read from git objects, every snapshot sharing the repository's one blob reader. */
async function gitInput(repo: GitRepository, opts: LocalOptions): Promise<LocalInput> {
  const dispose = () => repo.dispose();
  const head = await resolveOrFail(repo, opts.head ?? 'HEAD');
  if (opts.all) {
    const snapshot = repo.snapshot(head);
    return { gate: { head: snapshot, changes: await everyFileChangeSet(snapshot, head) }, dispose };
  }
  if (opts.base === undefined) throw new UserError('give --base REF to check a change, or --all to audit everything');
  const base = await resolveOrFail(repo, opts.base);
  const from = await mergeBaseOrFail(repo, opts.base, base, head);
  // Without --head the files being edited are checked, as they are on disk.
  const worktree = opts.head === undefined;
  const listed = worktree ? await gitWorkingTreeDiff(repo.dir, { base, from }) : await gitDiffChangeSet(repo.dir, { base, head, from });
  // Edits not yet committed are merged too, so the base's changes to the same files are kept.
  const merging = opts.merge === false ? undefined : worktree ? await workingTreeCommit(repo.dir, head) : head;
  const merge = merging === undefined ? mergeOff(base, opts.base) : await mergeTarget(repo.dir, { tip: base, head: merging, label: opts.base });
  const changes = { ...listed, merge };
  // The head's commit is listed whole; the other trees are listed from it and their differences.
  const near = merge.checked ?? head;
  // The configuration comes from the base's tip, as on a pull request: it is what the branch will merge into.
  const tip = repo.snapshot(base, near);
  // What will land: the merge, compared with the tip it lands on.
  if (merge.checked !== undefined) return { gate: { head: repo.snapshot(merge.checked), base: tip, changes, configFrom: tip, configLabel: opts.base }, dispose };
  const branched = worktree ? workspaceSnapshot(repo.dir, await gitVisibleFiles(repo.dir)) : repo.snapshot(head);
  return { gate: { head: branched, base: repo.snapshot(from, near), changes, configFrom: tip, configLabel: opts.base }, dispose };
}

async function resolveOrFail(repo: GitRepository, ref: string): Promise<string> {
  try {
    return await repo.resolve(ref);
  } catch {
    if (ref === 'HEAD') throw new UserError(`${repo.dir} has no commits yet: commit first, or audit the folder with --all`);
    throw new UserError(`cannot resolve "${ref}" in ${repo.dir}: is it a git repository with that ref?`);
  }
}

async function mergeBaseOrFail(repo: GitRepository, name: string, base: string, head: string): Promise<string> {
  try {
    return await repo.mergeBase(base, head);
  } catch {
    throw new UserError(`"${name}" and the head share no history in ${repo.dir} (a shallow clone? run git fetch --unshallow)`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
