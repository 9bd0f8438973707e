/**
 * The merge a change will land as: GitHub's test merge commit when the checkout has it, else an
 * in-memory merge (`git merge-tree --write-tree`, git 2.38 or later) that touches neither the
 * working tree nor the index nor any ref; it only adds the merged tree's objects.
 */
import { assertSafeRev, GitError, runGit } from './git.js';
import { decodeGitPath, splitNul } from './tree.js';

/** A merge made, refused for conflicts, or not possible with this git (and why). */
export type MergeOutcome =
  | { readonly kind: 'merged'; readonly tree: string }
  | { readonly kind: 'conflict'; readonly files: readonly string[] }
  | { readonly kind: 'unavailable'; readonly reason: string };

/**
 * Merges `head` into `base` in memory. Never throws for a conflict or an old git; rejects only
 * when git cannot run at all.
 */
export async function mergeTree(repoDir: string, base: string, head: string): Promise<MergeOutcome> {
  const args = ['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', assertSafeRev(base), assertSafeRev(head)];
  try {
    const fields = splitNul(await runGit(repoDir, args));
    return { kind: 'merged', tree: fields[0].toString('utf8').trim() };
  } catch (error) {
    if (!(error instanceof GitError) || error.exitCode === undefined) throw error;
    // Exit 1 with a tree id first is "merged with conflicts": the tree, then the conflicting paths.
    // Exit 1 without one is a refusal (an unknown commit), which is no conflict.
    const [tree, ...files] = splitNul(error.stdout ?? Buffer.alloc(0)).filter((field) => field.length > 0);
    if (error.exitCode === 1 && tree !== undefined && /^[0-9a-f]{40,64}$/.test(tree.toString('utf8'))) {
      return { kind: 'conflict', files: [...new Set(files.map(decodeGitPath))] };
    }
    return { kind: 'unavailable', reason: unavailableReason(error) };
  }
}

function unavailableReason(error: GitError): string {
  // Older gits print the usage of the trivial merge-tree (exit 129) for `--write-tree`.
  if (error.exitCode === 129 || /usage: git merge-tree/.test(error.stderr)) return 'this git has no `merge-tree --write-tree` (git 2.38 or later)';
  return `git could not merge them (${error.stderr.split('\n')[0] || `exit ${error.exitCode}`})`;
}

/**
 * The parents of `commit` when it is a two-parent merge whose second parent is `head`, such as
 * GitHub's `refs/pull/N/merge`; undefined for any other commit (or one not in the checkout).
 */
export async function testMergeParents(repoDir: string, commit: string, head: string): Promise<{ base: string } | undefined> {
  try {
    const [, ...parents] = (await runGit(repoDir, ['rev-list', '--parents', '-n', '1', assertSafeRev(commit), '--'])).toString('utf8').trim().split(' ');
    return parents.length === 2 && parents[1] === head ? { base: parents[0] } : undefined;
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== undefined) return undefined;
    throw error;
  }
}
