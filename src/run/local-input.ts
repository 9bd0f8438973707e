import { statSync } from 'node:fs';
import { gitAllChangeSet, gitChangeSet, gitVisibleFiles, gitWorkingTreeChangeSet } from '../adapters/git/changed-files.js';
import { gitSnapshot, mergeBase, pathInWorkTree, resolveRef } from '../adapters/git/snapshot.js';
import { workspaceChangeSet, workspaceSnapshot } from '../adapters/fs/workspace-snapshot.js';
import { workingTreeCommit } from '../adapters/git/working-tree-commit.js';
import { UserError } from '../core/errors.js';
import type { GateInput } from '../core/gate.js';
import type { Snapshot } from '../core/types.js';
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
export async function localInput(opts: { repoDir: string; base?: string; head?: string; all: boolean; merge?: boolean }): Promise<LocalInput> {
  if (!isDirectory(opts.repoDir)) throw new UserError(`--repo ${opts.repoDir} is not a directory`);
  const prefix = await pathInWorkTree(opts.repoDir);
  if (opts.all && opts.head === undefined) {
    // In a git work tree, what git ignores (.env.local, build output) is not audited: it is never committed.
    const visible = prefix === '' ? await gitVisibleFiles(opts.repoDir) : undefined;
    return { gate: { head: workspaceSnapshot(opts.repoDir, visible), changes: await workspaceChangeSet(opts.repoDir, visible) }, dispose: () => {} };
  }
  if (prefix === undefined) throw new UserError(`${opts.repoDir} is not a git repository: --base and --head read its history; audit a plain folder with --all (without --head)`);
  if (prefix) {
    // Git reads paths from the top of the work tree: below it, no path would match and all would pass.
    throw new UserError(`--repo ${opts.repoDir} is the folder ${prefix} of a git work tree; point --repo at the top of the work tree, or audit the folder alone with --all (without --head)`);
  }
  const head = await resolveOrFail(opts.repoDir, opts.head ?? 'HEAD');
  if (opts.all) {
    const snapshot = gitSnapshot(opts.repoDir, head);
    return { gate: { head: snapshot, changes: await gitAllChangeSet(opts.repoDir, head) }, dispose: () => release(snapshot) };
  }
  if (opts.base === undefined) throw new UserError('give --base REF to check a change, or --all to audit everything');
  const base = await resolveOrFail(opts.repoDir, opts.base);
  const from = await mergeBaseOrFail(opts.repoDir, opts.base, base, head);
  // Without --head the files being edited are checked, as they are on disk.
  const worktree = opts.head === undefined;
  const listed = worktree ? await gitWorkingTreeChangeSet(opts.repoDir, base) : await gitChangeSet(opts.repoDir, { base, head });
  // Edits not yet committed are merged too, so the base's changes to the same files are kept.
  const merging = opts.merge === false ? undefined : worktree ? await workingTreeCommit(opts.repoDir, head) : head;
  const merge = merging === undefined ? mergeOff(base, opts.base) : await mergeTarget(opts.repoDir, { tip: base, head: merging, label: opts.base });
  const changes = { ...listed, merge };
  const branched = worktree ? workspaceSnapshot(opts.repoDir, await gitVisibleFiles(opts.repoDir)) : gitSnapshot(opts.repoDir, head);
  // The configuration comes from the base's tip, as on a pull request: it is what the branch will merge into.
  const tip = gitSnapshot(opts.repoDir, base);
  if (merge.checked !== undefined) {
    // What will land: the merge, compared with the tip it lands on.
    const merged = gitSnapshot(opts.repoDir, merge.checked);
    return { gate: { head: merged, base: tip, changes, configFrom: tip, configLabel: opts.base }, dispose: () => (release(merged), release(branched), release(tip)) };
  }
  const baseSnapshot = from === base ? tip : gitSnapshot(opts.repoDir, from);
  return {
    gate: { head: branched, base: baseSnapshot, changes, configFrom: tip, configLabel: opts.base },
    dispose: () => (release(branched), release(baseSnapshot), release(tip)),
  };
}

async function resolveOrFail(repoDir: string, ref: string): Promise<string> {
  try {
    return await resolveRef(repoDir, ref);
  } catch {
    if (ref === 'HEAD') throw new UserError(`${repoDir} has no commits yet: commit first, or audit the folder with --all`);
    throw new UserError(`cannot resolve "${ref}" in ${repoDir}: is it a git repository with that ref?`);
  }
}

async function mergeBaseOrFail(repoDir: string, name: string, base: string, head: string): Promise<string> {
  try {
    return await mergeBase(repoDir, base, head);
  } catch {
    throw new UserError(`"${name}" and the head share no history in ${repoDir} (a shallow clone? run git fetch --unshallow)`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function release(snapshot: Snapshot): void {
  (snapshot as { dispose?: () => void }).dispose?.();
}
