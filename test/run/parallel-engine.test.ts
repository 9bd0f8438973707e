/** A check split over the workers of one process: `--jobs`, and the merge and redaction of their reports. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/types.js';
import { AUTO_JOBS, MAX_JOBS, parseJobs, runInWorkers, workerCount, workersFor } from '../../src/run/parallel-engine.js';
import { ENGINE_STOPPED } from '../../src/run/stopped-report.js';
import { checklist, finding } from '../render/sample-report.js';

// Plain worker scripts stand in for the bundled entry. `shares` answers with the report and the
// secret values the job lists for its shard, noting what the job asked of it.
const WORKERS = {
  echoes: "import { parentPort, workerData } from 'node:worker_threads'; parentPort.postMessage({ report: workerData.job });",
  shares: `import { parentPort, workerData } from 'node:worker_threads';
const { job } = workerData;
const k = job.shard.index - 1;
if (job.refuse === job.shard.index) parentPort.postMessage({ error: { message: 'cannot resolve "x"', user: true } });
else if (job.exit === job.shard.index) process.exit(7);
else parentPort.postMessage({ report: { ...job.reports[k], notices: ['redact in parent: ' + job.redactInParent] }, secretValues: job.secrets[k] });`,
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b3os-workers-'));
  for (const [name, source] of Object.entries(WORKERS)) await writeFile(join(dir, `${name}.mjs`), source);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const entry = (name: keyof typeof WORKERS) => pathToFileURL(join(dir, `${name}.mjs`));
const scope = { mode: 'all', head: 'a'.repeat(40) } as const;
const limits = { deadlineSeconds: 20, heapMb: 64 };

const SECRET = 'Zq8xK2mP9vL4wR7tB5nC';
const summary: Report['summary'] = {
  head: 'a'.repeat(40),
  mode: 'all',
  changedFiles: 3,
  affected: { workflow: 3, manifest: 0, runbook: 0, action: 0, trigger: 0, template: 0, environment: 0, openapi: 0, catalog: 0, docs: 0, changelog: 0, config: 0 },
  blastRadius: [],
};
const unknownType = (file: string, type: string) =>
  finding({ ruleId: 'definition-validates/unknown-node-type', severity: 'error', message: `node type \`${type}\` is not in the catalog`, location: { file, line: 4, column: 7 } });
const share = (...findings: ReturnType<typeof finding>[]): Report => ({
  result: findings.length ? 'fail' : 'pass',
  items: checklist({ 'definition-validates': { status: findings.length ? 'fail' : 'pass', findings } }),
  objects: [],
  summary,
  notices: [],
  failOn: 'error',
});

describe('parseJobs', () => {
  it.each([
    ['auto', 'auto'],
    ['1', 1],
    ['2', 2],
    ['16', 16],
  ] as const)('reads %j', (text, expected) => {
    expect(parseJobs(text)).toBe(expected);
  });

  it.each(['0', '17', '99', '100', '', ' 2', '2 ', '-1', '1.5', 'two', 'AUTO'])('refuses %j, naming the option', (text) => {
    expect(() => parseJobs(text)).toThrow(new UserError(`--jobs must be auto or a whole number from 1 to 16, got "${text}"`));
  });

  it('names the label it is given', () => {
    expect(() => parseJobs('0', 'jobs')).toThrow(/^jobs must be auto/);
    expect(MAX_JOBS).toBe(16);
  });
});

describe('workerCount', () => {
  it.each([
    ['auto', 1, 1],
    ['auto', 2, 2],
    ['auto', 4, 4],
    ['auto', 5, 4],
    ['auto', 64, 4],
    ['auto', 0, 1],
    [3, 1, 3],
    [16, 2, 16],
  ] as const)('%j on %i cores: %i workers', (jobs, cores, expected) => {
    expect(workerCount(jobs, cores)).toBe(expected);
    expect(AUTO_JOBS).toBe(4);
  });

  it.each([
    ['auto', 4, 1],
    ['auto', 1, 1],
    [2, 4, 2],
    [3, 1, 3],
  ] as const)('%j on %i cores, for an audit: %i workers', (jobs, cores, expected) => {
    expect(workerCount(jobs, cores, true)).toBe(expected);
  });
});

describe('workersFor', () => {
  const shard = { index: 2, count: 2 };
  it.each([
    [undefined, undefined, false, 3, 3],
    [undefined, undefined, false, 8, 4],
    [undefined, undefined, true, 8, 1],
    ['auto', undefined, false, 2, 2],
    ['auto', undefined, true, 2, 1],
    ['3', undefined, false, 2, 3],
    ['3', undefined, true, 2, 3],
    ['1', undefined, false, 4, 1],
    [undefined, shard, false, 4, 1],
    ['1', shard, true, 4, 1],
  ] as const)('--jobs %j, --shard %j, audit %j, %i cores: %i workers', (jobs, given, audit, cores, expected) => {
    expect(workersFor(jobs, given, audit, cores)).toBe(expected);
  });

  it.each(['2', 'auto'])('refuses --jobs %j beside --shard', (jobs) => {
    expect(() => workersFor(jobs, shard, false, 4)).toThrow(new UserError('--jobs splits a check over workers and --shard checks one share of it: give one of them (see b3os-readiness check --help)'));
  });

  it('refuses a --jobs it cannot read, without --shard', () => {
    expect(() => workersFor('0', undefined, false, 4)).toThrow(/--jobs must be auto/);
  });
});

describe('runInWorkers', () => {
  it('runs a check of one worker whole: the job as given, no shard', async () => {
    const job = { repoDir: '/x' };
    expect(await runInWorkers(entry('echoes'), job, limits, scope, 1)).toStrictEqual({ repoDir: '/x' });
  });

  it('merges the shares of three workers, and masks in one share a secret value another found', async () => {
    const job = {
      reports: [share(unknownType('workflows/a/workflow.json', SECRET)), share(), share(unknownType('workflows/c/workflow.json', 'mystery'))],
      secrets: [[], [], [SECRET]],
    };
    const merged = await runInWorkers(entry('shares'), job, limits, scope, 3);
    expect(merged.shard).toBeUndefined();
    expect(merged.result).toBe('fail');
    expect(merged.notices).toEqual(['redact in parent: true']);
    expect(merged.items[0].status).toBe('fail');
    expect(merged.items[0].findings.map((f) => [f.location?.file, f.message])).toEqual([
      ['workflows/a/workflow.json', 'node type `[redacted]` is not in the catalog'],
      ['workflows/c/workflow.json', 'node type `mystery` is not in the catalog'],
    ]);
    expect(JSON.stringify(merged)).not.toContain(SECRET.slice(0, 6));
  });

  it('passes when every share passes', async () => {
    const merged = await runInWorkers(entry('shares'), { reports: [share(), share()], secrets: [[], []] }, limits, scope, 2);
    expect(merged.result).toBe('pass');
    expect(merged.items[0]).toMatchObject({ status: 'pass', findings: [] });
  });

  it('refuses as a worker refuses, after every worker ended', async () => {
    const job = { reports: [share(), share(), share()], secrets: [[], [], []], refuse: 2 };
    await expect(runInWorkers(entry('shares'), job, limits, scope, 3)).rejects.toThrow(new UserError('cannot resolve "x"'));
  });

  it('fails the check, saying why, when a worker stopped, and keeps the findings of the others', async () => {
    const found = unknownType('workflows/b/workflow.json', 'mystery');
    const job = { reports: [share(), share(found)], secrets: [[], []], exit: 1 };
    const merged = await runInWorkers(entry('shares'), job, limits, scope, 2);
    expect(merged.result).toBe('fail');
    expect(merged.configFindings?.map((f) => [f.ruleId, f.message])).toEqual([[ENGINE_STOPPED, expect.stringContaining('exit code 7')]]);
    expect(merged.items[0]).toMatchObject({ status: 'fail', findings: [found] });
    expect(merged.items.slice(1).every((item) => item.status === 'incomplete' || item.status === 'off')).toBe(true);
  });
});
