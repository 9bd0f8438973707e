import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runNode, sharedBundle } from './bundle.js';
import { createRepo, type FixtureRepo } from './git-repo.js';
import { startGitHubApi, type GitHubApi } from './github-api-server.js';

/** A real `pull_request.opened` payload, pointed at a temp repository's commits. */
export function pullRequestPayload(base: string, head: string, changedFiles: number): unknown {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Array<Record<string, any>> }>;
  const example = structuredClone(events.find((e) => e.name === 'pull_request')!.examples.find((x) => x.action === 'opened')!);
  example.pull_request.base.sha = base;
  example.pull_request.head.sha = head;
  example.pull_request.changed_files = changedFiles;
  return example;
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const found: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) found[m[1]] = m[3];
  return found;
}

/** One run of the bundled action on pull request #2, as the runner starts it. */
export interface ActionRun {
  readonly bundle: string;
  readonly repo: FixtureRepo;
  readonly api: GitHubApi;
  readonly temp: string;
  readonly base: string;
  readonly head: string;
  readonly files: ReadonlyArray<{ filename: string; status: 'added' | 'modified' | 'removed' }>;
  /** A name for this run's files in `temp`. */
  readonly run: string;
  /** Extra or replaced environment variables (`INPUT_MODE`, `GITHUB_SHA`, …). */
  readonly env?: Record<string, string>;
  /** The head the API reports for the pull request, when a newer push has moved it past `head`. */
  readonly apiHead?: string;
}

export async function runActionBundle(r: ActionRun) {
  r.api.state.files = r.files.map((f) => ({ ...f, additions: 1, deletions: 0, changes: 1 }));
  Object.assign(r.api.state.pull, { number: 2, headSha: r.apiHead ?? r.head, baseSha: r.base });
  const eventPath = join(r.temp, `event-${r.run}.json`);
  await writeFile(eventPath, JSON.stringify(pullRequestPayload(r.base, r.head, r.files.length)));
  const outputFile = join(r.temp, `output-${r.run}`);
  const summaryFile = join(r.temp, `summary-${r.run}.md`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    'INPUT_GITHUB-TOKEN': 'ghs_testtoken000000000000000000000000000',
    INPUT_MODE: 'pr',
    INPUT_COMMENT: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: r.head,
    GITHUB_WORKSPACE: r.repo.dir,
    GITHUB_API_URL: r.api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: r.temp,
    // The real retry, rate-limit and write-spacing logic, with every wait a thousandth as long.
    B3OS_READINESS_WAIT_SCALE: '0.001',
    ...r.env,
  };
  const result = await runNode(join(r.bundle, 'index.js'), [], env, r.repo.dir);
  return { ...result, outputs: readOutputs(outputFile), summary: await readFile(summaryFile, 'utf8') };
}

/** What `useActionFixture` sets up for a describe block: the bundle, a git repository, the API server. */
export interface ActionFixture {
  /** The run's shared bundle: read-only. */
  bundle: string;
  repo: FixtureRepo;
  api: GitHubApi;
  temp: string;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that find (or build) the bundle, create a git repository (then
 * `prepare` commits into it) and start the GitHub API server, and clean all of it up afterwards.
 * The returned object is filled in by the time the tests run.
 */
export function useActionFixture(prepare: (repo: FixtureRepo) => Promise<void>): ActionFixture {
  const fixture = {} as ActionFixture;
  beforeAll(async () => {
    fixture.bundle = await sharedBundle();
    fixture.temp = await mkdtemp(join(tmpdir(), 'b3os-action-'));
    fixture.repo = await createRepo();
    await prepare(fixture.repo);
    fixture.api = await startGitHubApi();
  }, 60_000);
  afterAll(async () => {
    await fixture.api?.close();
    await fixture.repo?.cleanup();
    if (fixture.temp) await rm(fixture.temp, { recursive: true, force: true });
  });
  return fixture;
}
