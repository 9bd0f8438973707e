import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/types.js';
import { heapGrowingFlag, isEngineWorker, runIsolated, serveEngine } from '../../src/run/isolated-engine.js';
import { ENGINE_STOPPED } from '../../src/run/stopped-report.js';

// Plain worker scripts stand in for the bundled entry: each behaves as one way a check can end.
const WORKERS = {
  hangs: 'setInterval(() => {}, 1000);',
  throws: "throw new Error('boom');",
  leaks: "throw new Error('bad token ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8');",
  exits: 'process.exit(7);',
  grows: 'const kept = []; for (;;) kept.push(new Array(100_000).fill(kept.length));',
  reports: "import { parentPort, workerData } from 'node:worker_threads'; parentPort.postMessage({ report: { result: 'pass', echoed: workerData.job } });",
  echoes: "import { parentPort, workerData } from 'node:worker_threads'; parentPort.postMessage({ report: workerData });",
  limited: "import { parentPort, resourceLimits } from 'node:worker_threads'; parentPort.postMessage({ report: resourceLimits });",
  refuses: "import { parentPort } from 'node:worker_threads'; parentPort.postMessage({ error: { message: 'cannot resolve \"x\"', user: true } });",
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b3os-worker-'));
  for (const [name, source] of Object.entries(WORKERS)) await writeFile(join(dir, `${name}.mjs`), source);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const entry = (name: keyof typeof WORKERS) => pathToFileURL(join(dir, `${name}.mjs`));
const scope = { mode: 'diff', head: 'abc1234', base: 'main' } as const;
const limits = { deadlineSeconds: 20, heapMb: 64 };

describe('runIsolated', () => {
  it('returns the report the worker posts, with the job handed to it', async () => {
    expect(await runIsolated(entry('reports'), { repoDir: '/x' }, limits, scope)).toEqual({ result: 'pass', echoed: { repoDir: '/x' } });
  });

  it('gives the worker the old generation of its limits and a small young generation', async () => {
    expect(await runIsolated(entry('limited'), {}, limits, scope)).toMatchObject({ maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 32 });
  });

  it('throws a usage error of the worker as a UserError', async () => {
    await expect(runIsolated(entry('refuses'), {}, limits, scope)).rejects.toThrow(new UserError('cannot resolve "x"'));
  });

  it('masks a secret in the message of a worker that crashed', async () => {
    const report = await runIsolated(entry('leaks'), {}, limits, scope);
    expect(report.configFindings?.[0].message).toMatch(/^the check stopped with an error: bad token /);
    expect(JSON.stringify(report)).not.toContain('A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8');
  });

  it.each([
    ['hangs', { deadlineSeconds: 1, heapMb: 64 }, 'the check did not finish within its deadline of 1 second'],
    ['throws', limits, 'the check stopped with an error: boom'],
    ['exits', limits, 'the check stopped before it finished (exit code 7)'],
    ['grows', { deadlineSeconds: 20, heapMb: 32 }, 'the check ran out of its 32 MB of memory'],
  ] as const)('a worker that %s gives a failing report naming the cause', async (name, given, cause) => {
    const report = await runIsolated(entry(name), {}, given, scope);
    expect(report.result).toBe('fail');
    expect(report.configFindings).toEqual([expect.objectContaining({ ruleId: ENGINE_STOPPED, severity: 'error', message: cause })]);
    expect(report.items).toHaveLength(11);
    expect(report.items.every((item) => item.status === 'incomplete' && item.reason === `not checked: ${cause}`)).toBe(true);
    expect(report.summary).toMatchObject(scope);
  }, 20_000);
});

/** The timers of this process: a finished run must leave none of its own behind. */
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('runIsolated cleanup', () => {
  it('leaves no deadline timer behind once the worker has reported', async () => {
    // What the tests before left to finish (a worker's termination) settles first.
    await new Promise((settled) => setTimeout(settled, 100));
    const before = timers();
    await runIsolated(entry('reports'), {}, limits, scope);
    expect(timers()).toBe(before);
  });
});

describe('isEngineWorker', () => {
  it('is true for a worker thread holding the data runIsolated hands it, and false otherwise', async () => {
    const data = await runIsolated(entry('echoes'), { repoDir: '/x' }, limits, scope);
    expect(isEngineWorker(false, data)).toBe(true);
    expect(isEngineWorker(true, data)).toBe(false);
    expect(isEngineWorker(false, { job: { repoDir: '/x' } })).toBe(false);
    expect(isEngineWorker(false, null)).toBe(false);
    expect(isEngineWorker()).toBe(false);
  });
});

describe('heapGrowingFlag', () => {
  it.each([
    ['all', '--heap-growing-percent=25'],
    ['diff', '--heap-growing-percent=0'],
  ] as const)('a run of mode %s sets %s', (mode, flag) => {
    expect(heapGrowingFlag(mode)).toBe(flag);
  });
});

describe('serveEngine', () => {
  /** Serves `run` on one end of a channel and resolves with the first message at the other. */
  function served(run: (job: { n: number }) => Promise<Report>): Promise<unknown> {
    const { port1, port2 } = new MessageChannel();
    const answer = new Promise<unknown>((resolve) => port2.once('message', resolve));
    serveEngine(run, port1 as MessagePort, { job: { n: 3 } });
    return answer.finally(() => {
      port1.close();
      port2.close();
    });
  }

  it('posts the report of the job it was handed', async () => {
    expect(await served(async ({ n }) => ({ result: 'pass', n }) as unknown as Report)).toEqual({ report: { result: 'pass', n: 3 } });
  });

  it.each([
    [new UserError('bad "x"'), { message: 'bad "x"', user: true }],
    [new Error('boom'), { message: 'boom', user: false }],
    ['a thrown text', { message: 'a thrown text', user: false }],
  ])('posts a failed job as an error: %s', async (thrown, error) => {
    expect(await served(() => Promise.reject(thrown))).toEqual({ error });
  });
});
