import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';

/** What the run is about, read once from the runner's environment and event payload. */
export type ActionEvent =
  | { readonly kind: 'pull_request'; readonly number: number; readonly base: string; readonly head: string; readonly baseRef: string; readonly changedFiles?: number }
  | { readonly kind: 'diff'; readonly base: string; readonly head: string }
  | { readonly kind: 'all'; readonly head: string };

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
}

const ZERO_SHA = /^0+$/;

/** Reads the runner context. Throws `UserError` when the environment is not an Actions run. */
export function readRunnerContext(env: NodeJS.ProcessEnv, mode: 'pr' | 'all'): RunnerContext {
  const repository = required(env, 'GITHUB_REPOSITORY');
  const [owner, repo] = repository.split('/');
  const sha = required(env, 'GITHUB_SHA');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
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
  };
}

function eventOf(eventName: string, payload: Record<string, any>, sha: string): ActionEvent {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
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
