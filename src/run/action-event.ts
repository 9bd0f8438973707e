import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';

/** What the run is about, read once from the runner's environment and event payload. */
export type ActionEvent =
  | { readonly kind: 'pull_request'; readonly number: number; readonly base: string; readonly head: string; readonly baseRef: string; readonly changedFiles?: number }
  | { readonly kind: 'diff'; readonly base: string; readonly head: string }
  | { readonly kind: 'all'; readonly head: string };

/**
 * Where the configuration is read. `base`: at the base of the change (a pull request's or merge
 * group's base branch tip, a push's `before`). `default-branch`: at the repository's default
 * branch, for a push to any other branch, which must not choose its own gate.
 */
export type ConfigPlace = { readonly kind: 'base' } | { readonly kind: 'default-branch'; readonly branch: string };

/** The runner context the action needs; `env` is `process.env` in production. */
export interface RunnerContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  readonly workspace: string;
  readonly sha: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly runUrl?: string;
  readonly event: ActionEvent;
  /** `all` audits every object; the event still decides where the configuration and the comment go. */
  readonly mode: 'pr' | 'all';
  readonly configPlace: ConfigPlace;
}

const ZERO_SHA = /^0+$/;

/** Reads the runner context. Throws `UserError` when the environment is not an Actions run. */
export function readRunnerContext(env: NodeJS.ProcessEnv, mode: 'pr' | 'all'): RunnerContext {
  const repository = required(env, 'GITHUB_REPOSITORY');
  const [owner, repo] = repository.split('/');
  const sha = required(env, 'GITHUB_SHA');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (eventName === 'pull_request_target') throw new UserError(PULL_REQUEST_TARGET);
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    eventName,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    sha,
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    event: eventOf(eventName, payload, sha),
    mode,
    configPlace: configPlaceOf(eventName, payload),
  };
}

const PULL_REQUEST_TARGET =
  'this workflow runs on `pull_request_target`, which the gate refuses: that event runs with the base repository\'s secrets and write token, and the gate needs neither (checking pull request code with them is a known way in for attackers). Trigger it on `pull_request` instead; pull requests from forks then get a read-only token, and the gate still passes or fails the same way';

function configPlaceOf(eventName: string, payload: Record<string, any>): ConfigPlace {
  const branch = payload.repository?.default_branch;
  if (eventName !== 'push' || typeof branch !== 'string' || branch === '') return { kind: 'base' };
  return payload.ref === `refs/heads/${branch}` ? { kind: 'base' } : { kind: 'default-branch', branch };
}

function eventOf(eventName: string, payload: Record<string, any>, sha: string): ActionEvent {
  if (eventName === 'pull_request' && payload.pull_request) {
    const pr = payload.pull_request;
    return {
      kind: 'pull_request',
      number: Number(pr.number ?? payload.number),
      base: String(pr.base?.sha),
      head: String(pr.head?.sha),
      baseRef: String(pr.base?.ref ?? 'main'),
      changedFiles: numberOrUndefined(pr.changed_files),
    };
  }
  if (eventName === 'merge_group' && payload.merge_group) {
    return { kind: 'diff', base: String(payload.merge_group.base_sha), head: String(payload.merge_group.head_sha) };
  }
  if (eventName === 'push' && typeof payload.before === 'string' && !ZERO_SHA.test(payload.before)) {
    return { kind: 'diff', base: payload.before, head: String(payload.after ?? sha) };
  }
  // A new branch, a manual run or a schedule: audit everything at the commit.
  return { kind: 'all', head: sha };
}

function readPayload(path: string | undefined): Record<string, any> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  } catch (error) {
    throw new UserError(`cannot read the event payload at GITHUB_EVENT_PATH: ${(error as Error).message}`);
  }
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new UserError(`${name} is not set: run this inside GitHub Actions, or use the CLI`);
  return value;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
