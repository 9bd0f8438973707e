/**
 * A `Snapshot` of a plain directory (or a working tree) for `--all` runs. Symlinks are listed
 * but never followed nor read; `.git` and `node_modules` are skipped.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { ChangeSet, FileChange, Snapshot, TreeEntry } from '../../core/types.js';
import { lstatOrUndefined, readInsideRoot, SKIPPED_NAMES } from './safe-path.js';

/** The `ref` and `head` a workspace snapshot and change set report. */
export const WORKTREE_REF = 'WORKTREE';

/**
 * The files under `rootDir` as they are on disk now. `list()` walks the directory once (cached)
 * without following symlinks; entries are repository-relative `/`-separated paths sorted by
 * UTF-16 code units. Regular files carry their `lstat` size; symlinks are kind `symlink`, size 0;
 * other node types (FIFOs, sockets, devices) are left out. `read(path)` returns undefined for
 * absolute paths, `..` segments, skipped directories, anything that is not a regular file, and
 * any path whose segments pass through a symlink.
 */
export function workspaceSnapshot(rootDir: string, visible?: ReadonlySet<string>): Snapshot {
  let listing: Promise<TreeEntry[]> | undefined;
  // Directories the walk or a read found real: a read below them checks only its last segment.
  const verifiedDirs = new Set<string>();
  const keep = (entries: TreeEntry[]) => (visible ? entries.filter((e) => visible.has(e.path)) : entries);
  return {
    ref: WORKTREE_REF,
    list: () => (listing ??= Promise.resolve().then(() => keep(walk(rootDir, verifiedDirs)))),
    read: (path) => (visible && !visible.has(path) ? Promise.resolve(undefined) : readInsideRoot(rootDir, path, verifiedDirs)),
  };
}

/**
 * Every regular file under `rootDir` as `added`, mode `all`, head `WORKTREE`, no base. `visible`
 * (in a git work tree: tracked and untracked files git does not ignore) leaves the rest out.
 */
export function workspaceChangeSet(rootDir: string, visible?: ReadonlySet<string>): Promise<ChangeSet> {
  return everyFileChangeSet(workspaceSnapshot(rootDir, visible), WORKTREE_REF);
}

/** Every regular file of a snapshot as `added`, mode `all`: listed once, by the snapshot the run then reads. */
export async function everyFileChangeSet(snapshot: Snapshot, head: string): Promise<ChangeSet> {
  const files = (await snapshot.list())
    .filter((entry) => entry.kind === 'file')
    .map((entry): FileChange => ({ path: entry.path, status: 'added' }));
  return { head, mode: 'all', files };
}

/** Synchronous for the reason given in `safe-path.ts`. */
function walk(rootDir: string, verifiedDirs: Set<string>): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const pending: string[] = [''];
  for (let relativeDir = pending.pop(); relativeDir !== undefined; relativeDir = pending.pop()) {
    const dirents = readdirSync(join(rootDir, relativeDir), { withFileTypes: true });
    for (const item of dirents.map((dirent) => describe(rootDir, relativeDir, dirent))) {
      if (item === undefined) continue;
      if ('directory' in item) {
        pending.push(item.directory);
        verifiedDirs.add(item.directory);
      } else entries.push(item);
    }
  }
  return entries.sort((a, b) => (a.path === b.path ? 0 : a.path < b.path ? -1 : 1));
}

type Described = TreeEntry | { readonly directory: string } | undefined;

/**
 * Classifies one directory entry. The type `readdir` reports never follows a symlink; a file
 * still needs `lstat` for its size, and a type the file system does not report needs it too.
 */
function describe(rootDir: string, relativeDir: string, dirent: Dirent): Described {
  if (SKIPPED_NAMES.has(dirent.name)) return undefined;
  const path = relativeDir === '' ? dirent.name : `${relativeDir}/${dirent.name}`;
  if (dirent.isDirectory()) return { directory: path };
  if (dirent.isSymbolicLink()) return { path, kind: 'symlink', size: 0 };
  const stats = lstatOrUndefined(join(rootDir, path));
  if (!stats) return undefined;
  if (stats.isSymbolicLink()) return { path, kind: 'symlink', size: 0 };
  if (stats.isDirectory()) return { directory: path };
  if (stats.isFile()) return { path, kind: 'file', size: stats.size };
  return undefined;
}
