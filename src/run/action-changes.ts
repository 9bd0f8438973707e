import { gitAllChangeSet, gitChangeSet } from '../adapters/git/changed-files.js';
import { openGitRepository, type GitRepository } from '../adapters/git/repository.js';
import { hasCommit } from '../adapters/git/refs.js';
import { listPullRequestFiles } from '../adapters/github/changed-files.js';
import type { Octokit } from '../adapters/github/client.js';
import { hasStatus } from '../adapters/github/errors.js';
import { UserError } from '../core/errors.js';
import type { GateInput } from '../core/gate.js';
import type { ChangeSet, FileChange, Snapshot } from '../core/types.js';
import type { ActionEvent, RunnerContext } from './action-event.js';
import { mergeTarget } from './merge-target.js';
import { defaultBranchTip, missingDefaultBranch } from './config-place.js';
import { crossCheckFiles } from './file-list-check.js';
import { checkHead } from './verified-head.js';

/** The snapshots and change set of an Actions run, plus a way to stop git helper processes. */
export interface ActionChanges {
  readonly gate: Pick<GateInput, 'head' | 'base' | 'changes' | 'configFrom' | 'configLabel'>;
  dispose(): void;
}

/**
 * Works out what changed. Pull requests list their files through the API; at the 3,000-file cap,
 * or when the API cannot list them, the git history is used instead, and without it the change set
 * is marked incomplete (fail closed). File contents always come from git objects in the checkout.
 * The configuration is read at the base branch's tip (a pull request's `base.sha`, a merge group's
 * base, a push's previous tip when the push is to the default branch, else the default branch's
 * tip), never at the head it checks, in `all` mode too: the tip is as trusted as the merge base and
 * carries the team's latest settings. Without it, the defaults apply. A pull request's files are
 * cross-checked between the API and git (file-list-check.ts). A pull request is checked as it will merge: its test
 * merge commit (or a merge made here) against the base tip it merges into; when they conflict, its
 * head as branched, and the report says so.
 */
export async function actionChanges(ctx: RunnerContext, octokit: Octokit, log: Log): Promise<ActionChanges> {
  const repo = openGitRepository(ctx.workspace);
  try {
    return await changesIn(repo, ctx, octokit, log);
  } catch (error) {
    repo.dispose();
    throw error;
  }
}

/** `actionChanges` with every snapshot from one repository object: one blob reader, each tree listed once. */
async function changesIn(repo: GitRepository, ctx: RunnerContext, octokit: Octokit, log: Log): Promise<ActionChanges> {
  const ws = ctx.workspace;
  const event = ctx.event;
  const head = event.kind === 'all' ? ctx.sha : event.head;
  const headPresent = await hasCommit(ws, head);
  // The head is listed whole; the other trees are listed from it and their differences.
  const near = headPresent ? head : ctx.sha;
  const headSnapshot = repo.snapshot(near);
  const baseSnapshot = event.kind !== 'all' && headPresent && (await hasCommit(ws, event.base)) ? repo.snapshot(await repo.mergeBase(event.base, head), near) : undefined;
  const tip = baseSnapshot && event.kind !== 'all' ? repo.snapshot(event.base, near) : undefined;
  const place = ctx.configPlace;
  const branchTip = place.kind === 'default-branch' ? await defaultBranchTip(repo, place.branch) : undefined;
  if (place.kind === 'default-branch' && !branchTip) log.warning(missingDefaultBranch(place.branch));
  const wrap = (gate: ActionChanges['gate']): ActionChanges => ({ gate, dispose: () => repo.dispose() });
  const config =
    place.kind === 'default-branch'
      ? ({ configFrom: branchTip ?? 'defaults', configLabel: place.branch } as const)
      : ({ configFrom: tip ?? (event.kind === 'all' ? headSnapshot : 'defaults'), ...(event.kind === 'pull_request' ? { configLabel: event.baseRef } : {}) } as const);
  if (!headPresent) return wrap({ head: headSnapshot, changes: missingHead(event, head), configFrom: 'defaults' });
  if (event.kind === 'all' || ctx.mode === 'all') {
    return wrap({ head: headSnapshot, changes: await gitAllChangeSet(ws, head), ...config });
  }
  if (event.kind === 'diff') {
    const changes = baseSnapshot ? await gitChangeSet(ws, { base: event.base, head }) : missingBase(event.base, head);
    return wrap({ head: headSnapshot, base: baseSnapshot, changes, ...config });
  }
  const trees = baseSnapshot ? { head: headSnapshot, base: baseSnapshot } : undefined;
  const changes = await pullRequestChanges(ctx, octokit, log, { number: event.number, base: event.base, head, changedFiles: event.changedFiles }, trees);
  if (!baseSnapshot || !tip) return wrap({ head: headSnapshot, base: baseSnapshot, changes, ...config });
  // What will land: GitHub's test merge commit (the checkout's default), else a merge made here.
  const merge = await mergeTarget(ws, { tip: event.base, head, label: event.baseRef, testMerge: ctx.sha });
  if (merge.checked === undefined) return wrap({ head: headSnapshot, base: baseSnapshot, changes: { ...changes, merge }, ...config });
  const into = merge.base === event.base ? tip : repo.snapshot(merge.base, near);
  return wrap({ head: repo.snapshot(merge.checked, near), base: into, changes: { ...changes, merge }, ...config });
}

type Log = { warning(message: string): void; notice(message: string): void };

/** The files of a pull request from the API, or from git when the API falls short and the history is there. */
async function pullRequestChanges(
  ctx: RunnerContext,
  octokit: Octokit,
  log: Log,
  pr: { number: number; base: string; head: string; changedFiles?: number },
  trees: { head: Snapshot; base: Snapshot } | undefined,
): Promise<ChangeSet> {
  const hasBase = trees !== undefined;
  let listed: Awaited<ReturnType<typeof listPullRequestFiles>>;
  try {
    listed = await listPullRequestFiles(octokit, { owner: ctx.owner, repo: ctx.repo, pullNumber: pr.number, expectedCount: pr.changedFiles });
  } catch (error) {
    if (hasStatus(error, 401)) throw new UserError(`the github-token is missing or invalid: GitHub answered 401 to listing the pull request's files`);
    const reason = `the GitHub API could not list the pull request's files (${(error as Error).message})`;
    if (hasBase) {
      log.warning(`${reason}; using the git history instead`);
      return gitChangeSet(ctx.workspace, { base: pr.base, head: pr.head });
    }
    return { base: pr.base, head: pr.head, mode: 'diff', files: [], incompleteReason: `${reason} and the base commit is not in the checkout; grant \`pull-requests: read\` or use actions/checkout with fetch-depth: 0` };
  }
  if (listed.capped) {
    return hasBase
      ? gitChangeSet(ctx.workspace, { base: pr.base, head: pr.head })
      : { base: pr.base, head: pr.head, mode: 'diff', files: listed.files, incompleteReason: `the pull request lists more files than the GitHub API returns (${listed.files.length}) and the base commit is not in the checkout; use actions/checkout with fetch-depth: 0` };
  }
  return listedChanges(ctx, octokit, log, pr, listed.files, trees);
}

type PullRef = { number: number; base: string; head: string };

/**
 * The API's list, checked against git: when the head moved while it was listed, the list may be
 * the newer head's, so git alone says what this run's commit changed (or, without the base, the
 * change is incomplete); otherwise both witnesses are cross-checked.
 */
async function listedChanges(ctx: RunnerContext, octokit: Octokit, log: Log, pr: PullRef, listed: readonly FileChange[], trees: { head: Snapshot; base: Snapshot } | undefined): Promise<ChangeSet> {
  const moved = await checkHead(octokit, { owner: ctx.owner, repo: ctx.repo, number: pr.number, head: pr.head });
  const noBase = missingBase(pr.base, pr.head).incompleteReason;
  if (!trees) {
    const reason = moved.kind === 'moved' ? `${movedWhileListing(moved.current)}, and ${noBase}` : noBase;
    return { base: pr.base, head: pr.head, mode: 'diff', files: listed, incompleteReason: reason };
  }
  const fromGit = await gitChangeSet(ctx.workspace, { base: pr.base, head: pr.head });
  if (moved.kind === 'moved') {
    log.warning(`${movedWhileListing(moved.current)}; the files come from the git history of ${pr.head.slice(0, 7)} instead`);
    return fromGit;
  }
  const checked = await crossCheckFiles(listed, fromGit, trees);
  if (checked.notice) log.notice(checked.notice);
  return { base: pr.base, head: pr.head, mode: 'diff', files: checked.files, ...(checked.incompleteReason ? { incompleteReason: checked.incompleteReason } : {}) };
}

function movedWhileListing(current: string): string {
  return `the pull request moved on to ${current.slice(0, 7)} while this run listed its files, so the GitHub API's list may be the newer head's`;
}

function missingHead(event: ActionEvent, head: string): ChangeSet {
  return {
    ...(event.kind === 'all' ? {} : { base: event.base }),
    head,
    mode: 'diff',
    files: [],
    incompleteReason: `the head commit ${head.slice(0, 7)} is not in the checkout, so the change cannot be verified; use actions/checkout with fetch-depth: 0 (by default it fetches only the merge commit)`,
  };
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

