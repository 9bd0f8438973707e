/**
 * A `Snapshot` of a git commit read from the object database only: the working tree, the index
 * and symlink targets are never touched.
 */
import type { Snapshot, TreeEntry } from '../../core/types.js';
import { CatFileBatch, DEFAULT_IDLE_MS } from './batch-reader.js';
import { assertSafeRev, runGit } from './git.js';
import { searchTree } from './search.js';
import { lsTreeArgs, parseLsTree } from './tree.js';
import { listingBeside, type GitListing } from './tree-diff.js';

export { hasCommit, mergeBase, pathInWorkTree, resolveRef } from './refs.js';

/** A git snapshot that can also end its `cat-file --batch` process at once. */
export interface GitSnapshot extends Snapshot {
  /**
   * Ends the blob reader now instead of after its idle timeout. Reads still pending are rejected;
   * a later read starts a new reader, so calling it early is safe.
   */
  dispose(): void;
  /** The tree as listed (once), with each entry's object id. */
  listing(): Promise<GitListing>;
}

/** Tuning for tests, and sharing; the defaults suit a snapshot read on its own. */
export interface GitSnapshotOptions {
  /** Milliseconds an idle blob reader is kept before it ends by itself. */
  readonly idleMs?: number;
  /** A blob reader shared with other snapshots of the repository; its owner ends it, not `dispose()`. */
  readonly blobs?: CatFileBatch;
  /** A snapshot of a nearby commit (a change's other side): this tree is listed from its listing and their differences, not whole. */
  readonly near?: GitSnapshot;
}

/**
 * The tree at `ref` (a commit or tree) in `repoDir`. `list()` runs `git ls-tree` once and caches
 * the result. `read(path)` returns the blob of a regular file, through one shared
 * `cat-file --batch` process, and undefined for symlinks, submodules and absent paths. Errors
 * from git (unknown ref, missing object) reject. Throws at once if `ref` looks like an option.
 */
export function gitSnapshot(repoDir: string, ref: string, options: GitSnapshotOptions = {}): GitSnapshot {
  const rev = assertSafeRev(ref);
  const blobs = options.blobs ?? new CatFileBatch(repoDir, options.idleMs ?? DEFAULT_IDLE_MS);
  let tree: Promise<GitListing> | undefined;
  const { near } = options;
  const loadTree = () => {
    tree ??= near ? near.listing().then((nearby) => listingBeside(repoDir, nearby, near.ref, rev)) : runGit(repoDir, lsTreeArgs(rev)).then(listingOf);
    return tree;
  };

  return {
    ref,
    async list(): Promise<readonly TreeEntry[]> {
      return (await loadTree()).entries;
    },
    async read(path: string): Promise<Uint8Array | undefined> {
      const entry = (await loadTree()).entryAt(path);
      if (entry?.kind !== 'file') return undefined;
      return blobs.readBlob(entry.oid);
    },
    search: (query, names, skip) => searchTree(repoDir, rev, query, names, skip),
    listing: loadTree,
    dispose: () => (options.blobs ? undefined : blobs.dispose()),
  };
}

/** `ls-tree` output as a listing, copied out for callers once; the object ids stay inside, for reads. */
function listingOf(output: Buffer): GitListing {
  const listed = parseLsTree(output);
  const byPath = new Map(listed.map((entry) => [entry.path, entry]));
  return { entries: listed.map(({ path, kind, size }): TreeEntry => ({ path, kind, size })), entryAt: (path) => byPath.get(path) };
}
