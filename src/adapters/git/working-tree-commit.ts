import { copyFile, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assertSafeRev, runGit } from './git.js';

// A fixed identity: the commit is never referenced, only merged in memory.
const IDENTITY = {
  GIT_AUTHOR_NAME: 'b3os-readiness',
  GIT_AUTHOR_EMAIL: 'b3os-readiness@localhost',
  GIT_COMMITTER_NAME: 'b3os-readiness',
  GIT_COMMITTER_EMAIL: 'b3os-readiness@localhost',
};

/**
 * A commit of the working tree as git sees it (tracked files as on disk, untracked files git does
 * not ignore) on top of `head`, made through a temporary index: the real index, the working tree
 * and every ref are untouched; only objects are added. Merged into the base's tip, it is what the
 * edits would land as, with the base's own changes to the same files kept.
 */
export async function workingTreeCommit(repoDir: string, head: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'b3os-readiness-index-'));
  const env = { GIT_INDEX_FILE: join(dir, 'index') };
  try {
    await readHeadIntoIndex(repoDir, assertSafeRev(head), env);
    await runGit(repoDir, ['add', '--all', '--', ':/'], undefined, env);
    const tree = (await runGit(repoDir, ['write-tree'], undefined, env)).toString('utf8').trim();
    const commit = await runGit(repoDir, ['commit-tree', tree, '-p', head, '-m', 'working tree'], undefined, { ...env, ...IDENTITY });
    return commit.toString('utf8').trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Fills the temporary index with `head`'s tree. Started from a copy of the real index (with its
 * time), `read-tree -m` keeps the stat data of every entry whose content equals the tree's, so `add`
 * hashes only the files edited since, not the whole work tree. Without a usable real index (none
 * yet, or one in the middle of a merge), a plain `read-tree` gives the same entries.
 */
async function readHeadIntoIndex(repoDir: string, head: string, env: { GIT_INDEX_FILE: string }): Promise<void> {
  try {
    const real = resolve(repoDir, (await runGit(repoDir, ['rev-parse', '--git-path', 'index'])).toString('utf8').trim());
    await copyFile(real, env.GIT_INDEX_FILE);
    // Git trusts an entry's stat data only when the file is older than the index that recorded it:
    // the copy keeps the real index's time, or an edit of the same size made in the second the
    // index was written would look unchanged (a racily clean entry).
    const { atime, mtime } = await stat(real);
    await utimes(env.GIT_INDEX_FILE, atime, mtime);
    await runGit(repoDir, ['read-tree', '-m', head], undefined, env);
  } catch {
    await rm(env.GIT_INDEX_FILE, { force: true });
    await runGit(repoDir, ['read-tree', head], undefined, env);
  }
}
