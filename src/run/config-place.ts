/**
 * The trusted configuration of a push to a branch other than the default: the default branch's
 * tip, as the checkout has it (`origin/<branch>`, fetched by `fetch-depth: 0`). A branch must not
 * relax its own gate. When the checkout lacks that branch, the defaults apply: the strictest.
 */
import { hasCommit } from '../adapters/git/refs.js';
import type { GitRepository } from '../adapters/git/repository.js';
import type { GitSnapshot } from '../adapters/git/snapshot.js';

/** The default branch's tip as a snapshot of `repo`, or undefined when the checkout does not hold it. */
export async function defaultBranchTip(repo: GitRepository, branch: string): Promise<GitSnapshot | undefined> {
  for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    if (await hasCommit(repo.dir, ref)) return repo.snapshot(await repo.resolve(ref));
  }
  return undefined;
}

/** The warning when the default branch is not in the checkout. */
export function missingDefaultBranch(branch: string): string {
  return `the configuration of a push is read on the default branch \`${branch}\`, which is not in the checkout (use actions/checkout with fetch-depth: 0), so the defaults apply`;
}
