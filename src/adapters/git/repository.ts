/**
 * One repository's git reads for a run: each ref resolved once, each tree listed once, and one
 * `cat-file --batch` process shared by every snapshot (base, head, merge results, working-tree
 * commits), so a run starts a fixed number of git processes whatever the size of the change.
 */
import { CatFileBatch } from './batch-reader.js';
import { mergeBase, resolveRef } from './refs.js';
import { gitSnapshot, type GitSnapshot } from './snapshot.js';

/** An idle shared reader holds no reference on the event loop, so it may wait long for the next read. */
const SHARED_IDLE_MS = 10_000;

/** The git side of a run over the repository at `dir`. */
export interface GitRepository {
  readonly dir: string;
  /** The full sha of the commit `ref` names, asked once per ref (see `resolveRef`). */
  resolve(ref: string): Promise<string>;
  /** The best common ancestor of two commits, asked once per pair (see `mergeBase`). */
  mergeBase(a: string, b: string): Promise<string>;
  /**
   * The snapshot of a commit or tree; the same one for the same `rev`, so its tree is listed once.
   * With `near` (a commit the run lists anyway, the other side of a change), its tree is listed
   * from that one's and their differences; only the first call for a `rev` decides.
   */
  snapshot(rev: string, near?: string): GitSnapshot;
  /** Ends the shared blob reader; reads still pending are rejected. Safe to call more than once. */
  dispose(): void;
  /** How many blob reader processes the run started (for tests and diagnostics). */
  readonly processesStarted: number;
}

/** Opens the repository at `dir` for one run; call `dispose()` when the run ends, even on error. */
export function openGitRepository(dir: string, options: { idleMs?: number } = {}): GitRepository {
  const blobs = new CatFileBatch(dir, options.idleMs ?? SHARED_IDLE_MS);
  const refs = new Map<string, Promise<string>>();
  const bases = new Map<string, Promise<string>>();
  const snapshots = new Map<string, GitSnapshot>();
  // Listed from another tree: such a tree is never the one another is listed from, so no two wait on each other.
  const derived = new Set<string>();
  const snapshot = (rev: string, near?: string): GitSnapshot =>
    once(snapshots, rev, () => {
      if (near === undefined || near === rev || derived.has(near)) return gitSnapshot(dir, rev, { blobs });
      derived.add(rev);
      return gitSnapshot(dir, rev, { blobs, near: snapshot(near) });
    });
  return {
    dir,
    resolve: (ref) => once(refs, ref, () => resolveRef(dir, ref)),
    mergeBase: (a, b) => once(bases, `${a}\0${b}`, () => mergeBase(dir, a, b)),
    snapshot,
    dispose: () => blobs.dispose(),
    get processesStarted() {
      return blobs.processesStarted;
    },
  };
}

function once<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}
