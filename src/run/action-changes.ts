import { gitAllChangeSet, gitChangeSet } from '../adapters/git/changed-files.js';
import { gitSnapshot, hasCommit, mergeBase } from '../adapters/git/snapshot.js';
import { listPullRequestFiles } from '../adapters/github/changed-files.js';
import type { Octokit } from '../adapters/github/client.js';
import type { GateInput } from '../core/gate.js';
import type { ChangeSet, Snapshot } from '../core/types.js';
import type { RunnerContext } from './action-event.js';

/** The snapshots and change set of an Actions run, plus a way to stop git helper processes. */
export interface ActionChanges {
  readonly gate: Pick<GateInput, 'head' | 'base' | 'changes'>;
  dispose(): void;
}

/**
 * Works out what changed. Pull requests list their files through the API; at the 3,000-file cap
 * the git history is used instead, and without it the change set is marked incomplete (fail
 * closed). File contents always come from git objects in the checkout.
 */
export async function actionChanges(ctx: RunnerContext, octokit: Octokit): Promise<ActionChanges> {
  const ws = ctx.workspace;
  const event = ctx.event;
  const head = event.kind !== 'all' && (await hasCommit(ws, event.head)) ? event.head : ctx.sha;
  const headSnapshot = gitSnapshot(ws, head);
  if (event.kind === 'all') {
    return wrap({ head: headSnapshot, changes: await gitAllChangeSet(ws, head) }, [headSnapshot]);
  }
  const baseSnapshot = (await hasCommit(ws, event.base)) ? gitSnapshot(ws, await mergeBase(ws, event.base, head)) : undefined;
  const snapshots = baseSnapshot ? [headSnapshot, baseSnapshot] : [headSnapshot];
  if (event.kind === 'diff') {
    const changes = baseSnapshot ? await gitChangeSet(ws, { base: event.base, head }) : missingBase(event.base, head);
    return wrap({ head: headSnapshot, base: baseSnapshot, changes }, snapshots);
  }
  const listed = await listPullRequestFiles(octokit, { owner: ctx.owner, repo: ctx.repo, pullNumber: event.number, expectedCount: event.changedFiles });
  let changes: ChangeSet = { base: event.base, head: event.head, mode: 'diff', files: listed.files };
  if (listed.capped) {
    changes = baseSnapshot
      ? await gitChangeSet(ws, { base: event.base, head })
      : { ...changes, incompleteReason: `the pull request lists more files than the GitHub API returns (${listed.files.length}) and the base commit is not in the checkout; use actions/checkout with fetch-depth: 0` };
  } else if (!baseSnapshot) {
    changes = { ...changes, incompleteReason: missingBase(event.base, head).incompleteReason };
  }
  return wrap({ head: headSnapshot, base: baseSnapshot, changes }, snapshots);
}

function missingBase(base: string, head: string): ChangeSet {
  return {
    base,
    head,
    mode: 'diff',
    files: [],
    incompleteReason: `the base commit ${base.slice(0, 7)} is not in the checkout, so the change cannot be verified; use actions/checkout with fetch-depth: 0`,
  };
}

function wrap(gate: ActionChanges['gate'], snapshots: Snapshot[]): ActionChanges {
  return { gate, dispose: () => snapshots.forEach((s) => (s as { dispose?: () => void }).dispose?.()) };
}
