/**
 * What a change into a branch is checked as: the merge of its head into the branch's tip, which
 * is what will land, or the head as branched when they do not merge (and the check says why).
 */
import { mergeTree, testMergeParents } from '../adapters/git/merge.js';
import type { MergeCheck } from '../core/types.js';

/** The ends of the merge: the base branch's tip, the head, and GitHub's test merge commit when checked out. */
export interface MergeEnds {
  readonly tip: string;
  readonly head: string;
  readonly label?: string;
  /** A commit that may be `refs/pull/N/merge` (the Action's `GITHUB_SHA`); used when its second parent is `head`. */
  readonly testMerge?: string;
}

/**
 * The merge to check: the test merge commit when it merges `head` (its first parent is then the
 * base used), else an in-memory merge into `tip`. A conflict or a git without in-memory merges
 * gives the status and reason, and the head is checked as branched.
 */
export async function mergeTarget(repoDir: string, ends: MergeEnds): Promise<MergeCheck> {
  const label = ends.label !== undefined ? { baseLabel: ends.label } : {};
  if (ends.testMerge !== undefined && ends.testMerge !== ends.head) {
    const parents = await testMergeParents(repoDir, ends.testMerge, ends.head);
    if (parents) return { status: 'merged', base: parents.base, ...label, checked: ends.testMerge };
  }
  const outcome = await mergeTree(repoDir, ends.tip, ends.head);
  if (outcome.kind === 'merged') return { status: 'merged', base: ends.tip, ...label, checked: outcome.tree };
  if (outcome.kind === 'conflict') return { status: 'conflict', base: ends.tip, ...label, reason: conflictReason(outcome.files) };
  return { status: 'unavailable', base: ends.tip, ...label, reason: outcome.reason };
}

/** The check as branched, when the run asks for it (`--no-merge`). */
export function mergeOff(tip: string, label?: string): MergeCheck {
  return { status: 'off', base: tip, ...(label !== undefined ? { baseLabel: label } : {}) };
}

function conflictReason(files: readonly string[]): string {
  const shown = files.slice(0, 5).map((file) => `\`${file}\``).join(', ');
  const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
  return files.length === 0 ? 'they conflict' : `they conflict in ${shown}${more}`;
}
