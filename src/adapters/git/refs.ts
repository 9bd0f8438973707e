/** Ref resolution and history questions, each one git command. */
import { assertSafeRev, GitError, runGit } from './git.js';

/**
 * The full sha of the commit `ref` names (a branch, tag, sha or expression such as `HEAD~1`).
 * Rejects with a `GitError` when `ref` does not name a commit in `repoDir`.
 */
export async function resolveRef(repoDir: string, ref: string): Promise<string> {
  const args = ['rev-parse', '--verify', '--quiet', `${assertSafeRev(ref)}^{commit}`];
  try {
    return (await runGit(repoDir, args)).toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== undefined) {
      throw new GitError(`unknown git ref ${JSON.stringify(ref)}`, args, error.exitCode, error.stderr);
    }
    throw error;
  }
}

/**
 * Whether `sha` names a commit present in `repoDir` (false for shallow clones that lack it).
 * Rejects only when git itself cannot run.
 */
export async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  try {
    await runGit(repoDir, ['cat-file', '-e', `${assertSafeRev(sha)}^{commit}`]);
    return true;
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== undefined) return false;
    throw error;
  }
}

/**
 * The full sha of the best common ancestor of `a` and `b`. Rejects with a `GitError` when there
 * is none (unrelated histories, or a shallow clone that cut the history off).
 */
export async function mergeBase(repoDir: string, a: string, b: string): Promise<string> {
  const args = ['merge-base', assertSafeRev(a), assertSafeRev(b)];
  try {
    return (await runGit(repoDir, args)).toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1) {
      throw new GitError(`no merge base between ${a} and ${b}`, args, 1, error.stderr);
    }
    throw error;
  }
}

/**
 * The path of `repoDir` inside its work tree (`''` at the top, `sub/dir/` below it), or undefined
 * when it is not inside a work tree. Git snapshots read paths from the top of the tree.
 */
export async function pathInWorkTree(repoDir: string): Promise<string | undefined> {
  try {
    return (await runGit(repoDir, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== undefined) return undefined;
    throw error;
  }
}
