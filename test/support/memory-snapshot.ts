import type { ChangeSet, Snapshot, TreeEntry } from '../../src/core/types.js';

/** An in-memory snapshot: file path → text (or bytes). Symlinks are given as `{ symlink: target }`. */
export type MemoryFiles = Record<string, string | Uint8Array | { symlink: string }>;

/** A `Snapshot` over in-memory files, for tests of the core. */
export function memorySnapshot(files: MemoryFiles, ref = 'HEAD'): Snapshot {
  const encoder = new TextEncoder();
  const entries: TreeEntry[] = Object.entries(files)
    .map(([path, content]): TreeEntry => {
      if (typeof content === 'object' && !(content instanceof Uint8Array)) return { path, kind: 'symlink', size: 0 };
      return { path, kind: 'file', size: typeof content === 'string' ? encoder.encode(content).length : content.length };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    ref,
    list: async () => entries,
    read: async (path) => {
      const content = files[path];
      if (content === undefined || (typeof content === 'object' && !(content instanceof Uint8Array))) return undefined;
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
}

/** Every file of the snapshot as added: an `all`-mode change set. */
export function allChanged(files: MemoryFiles): ChangeSet {
  return { head: 'HEAD', mode: 'all', files: Object.keys(files).sort().map((path) => ({ path, status: 'added' as const })) };
}
