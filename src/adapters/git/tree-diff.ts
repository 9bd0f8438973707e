/**
 * A tree listed from a nearby tree's listing: the base and head of a change share nearly all their
 * files, and `git diff-tree` names the few they differ in (following only the subtrees that
 * differ), so the second tree need not be listed whole.
 */
import type { TreeEntry } from '../../core/types.js';
import { GitError, runGit } from './git.js';
import { comparePaths, decodeGitPath, entryOf, splitNul, type GitTreeEntry } from './tree.js';

/** A listed tree: its entries in path order, and each path's entry with its object id. */
export interface GitListing {
  readonly entries: readonly TreeEntry[];
  entryAt(path: string): GitTreeEntry | undefined;
}

/** The listing of `rev` from the listing of `nearRev`: `near`'s entries with the differences applied. */
export async function listingBeside(repoDir: string, near: GitListing, nearRev: string, rev: string): Promise<GitListing> {
  const differences = parseRawDiff(await runGit(repoDir, ['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-relative', '--no-abbrev', '--ignore-submodules=none', nearRev, rev]));
  const sizes = await blobSizes(repoDir, differences.filter((d) => d.mode.startsWith('100')).map((d) => d.oid));
  const changed = new Map<string, GitTreeEntry | undefined>();
  for (const { path, mode, oid } of differences) {
    const size = sizes.get(oid);
    if (mode.startsWith('100') && size === undefined) throw new GitError(`git object ${oid} is missing`, ['cat-file', '--batch-check'], undefined, '');
    changed.set(path, entryOf(mode, oid, size ?? '-', path));
  }
  const added = [...changed.values()].filter((entry): entry is GitTreeEntry => entry !== undefined).sort((a, b) => comparePaths(a.path, b.path));
  const kept = near.entries.filter((entry) => !changed.has(entry.path));
  return {
    entries: mergeSorted(kept, added.map(({ path, kind, size }): TreeEntry => ({ path, kind, size }))),
    entryAt: (path) => (changed.has(path) ? changed.get(path) : near.entryAt(path)),
  };
}

/** `:<mode> <mode> <oid> <oid> <status>\0<path>\0` records: each path's mode and object id on the second side (mode 000000: absent). */
function parseRawDiff(output: Buffer): Array<{ path: string; mode: string; oid: string }> {
  const fields = splitNul(output);
  const out: Array<{ path: string; mode: string; oid: string }> = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const header = fields[i].toString('latin1');
    const [, mode, , oid] = header.slice(1).split(' ');
    if (!header.startsWith(':') || mode === undefined || oid === undefined) throw new Error(`unexpected diff-tree record ${JSON.stringify(header.slice(0, 200))}`);
    out.push({ path: decodeGitPath(fields[i + 1]), mode, oid });
  }
  return out;
}

/** The size of each blob, from one `cat-file --batch-check`. */
async function blobSizes(repoDir: string, oids: readonly string[]): Promise<Map<string, string>> {
  const sizes = new Map<string, string>();
  if (oids.length === 0) return sizes;
  const output = await runGit(repoDir, ['cat-file', '--batch-check'], `${oids.join('\n')}\n`);
  for (const line of output.toString('latin1').split('\n')) {
    const [oid, type, size] = line.split(' ');
    if (type === 'blob' && size !== undefined) sizes.set(oid, size);
  }
  return sizes;
}

/** Two lists in path order as one. */
function mergeSorted(a: readonly TreeEntry[], b: readonly TreeEntry[]): TreeEntry[] {
  const out: TreeEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(comparePaths(a[i].path, b[j].path) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
