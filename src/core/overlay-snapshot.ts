import type { Snapshot, TreeEntry } from './types.js';

/**
 * A snapshot that shows `over` at `paths` (present or not there) and `under` everywhere else:
 * the edits of a working tree laid over the merge of its commit. Its ref is `over`'s.
 */
export function overlaySnapshot(under: Snapshot, over: Snapshot, paths: ReadonlySet<string>): Snapshot {
  let listed: Promise<readonly TreeEntry[]> | undefined;
  const list = async (): Promise<readonly TreeEntry[]> => {
    const [below, above] = await Promise.all([under.list(), over.list()]);
    return [...below.filter((e) => !paths.has(e.path)), ...above.filter((e) => paths.has(e.path))].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  };
  return {
    ref: over.ref,
    list: () => (listed ??= list()),
    read: (path) => (paths.has(path) ? over.read(path) : under.read(path)),
  };
}
