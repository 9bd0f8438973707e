/**
 * Runs the engine in a worker thread with a heap limit and a deadline (threats.md: a hostile file
 * must not take the process, and with it the verdict, down). When the worker dies, runs out of
 * memory or passes the deadline, the caller still gets a report: a failing one that says why, so
 * the Action publishes a failing verdict instead of leaving an earlier one standing.
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { createRedactor, redactReport } from '../core/redact.js';
import type { Report } from '../core/types.js';
import type { CheckScope } from './stopped-report.js';

/** How long and how much heap one run of the engine may take. */
export interface EngineLimits {
  /** Wall-clock seconds for the whole check, from the worker's start. */
  readonly deadlineSeconds: number;
  /** The worker's old-generation heap, in MB. */
  readonly heapMb: number;
}

/** Well under the six-hour job timeout, and far above what a real repository takes. */
export const DEFAULT_LIMITS: EngineLimits = { deadlineSeconds: 300, heapMb: 1024 };

/**
 * The accepted range of each limit. Below 8 MB, V8 dies while starting the worker (a native crash,
 * no report); past 86,400 s a timer overflows and fires at once.
 */
export const LIMIT_RANGES: { readonly [K in keyof EngineLimits]: readonly [number, number] } = { deadlineSeconds: [1, 86_400], heapMb: [8, 65_536] };

/** Reads one limit given as text; throws a `UserError` naming `label` when it is not a whole number in range. */
export function parseLimit(kind: keyof EngineLimits, value: string, label: string): number {
  const [min, max] = LIMIT_RANGES[kind];
  const number = /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;
  if (number >= min && number <= max) return number;
  throw new UserError(`${label} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, got "${value}"`);
}

const MARK = 'b3os-readiness-engine';

/**
 * The worker's young generation. A run allocates fast and keeps little (each file's parse is
 * dropped after its checks): with V8's default, larger young generation, an audit of 10,000
 * workflows peaked at 470 MB of RSS; with 32 MB, at 300 to 365 MB, for the same CPU time (`npm run bench`).
 */
const YOUNG_GENERATION_MB = 32;

/**
 * How far V8 lets the heap grow past what a full collection left live, for an audit of the whole
 * repository (`--all`): 25 %, where V8's own factor goes up to 300 % for a fast-allocating program
 * like this one. An audit keeps the readiness inputs of every workflow live (about 90 MB after the
 * pass over 10,000 workflows): with V8's factor its RSS peaked at 335 to 365 MB, with 25 % at 250 to
 * 300 MB, for 5 to 10 % more CPU (`npm run bench`). A pull request's live set follows its change,
 * so it keeps V8's factor (0) and its speed. The flag is the process's; the main thread keeps little.
 */
const AUDIT_HEAP_GROWING_PERCENT = 25;

type Outcome = { readonly report: Report } | { readonly error: { readonly message: string; readonly user: boolean } };

/** True inside a worker started by `runIsolated`: the entry serves the job instead of running its shell. */
export function isEngineWorker(mainThread = isMainThread, data: unknown = workerData): boolean {
  return !mainThread && (data as { mark?: string } | null)?.mark === MARK;
}

/** The V8 flag a run of `mode` sets before its worker starts (see `AUDIT_HEAP_GROWING_PERCENT`). */
export function heapGrowingFlag(mode: CheckScope['mode']): string {
  return `--heap-growing-percent=${mode === 'all' ? AUDIT_HEAP_GROWING_PERCENT : 0}`;
}

/**
 * Starts `entry` (the bundled entry file itself, which calls `serveEngine` in a worker) with
 * `job` (structured-cloneable) and resolves with its report. A `UserError` in the worker is thrown
 * again as one; any other error of the job is thrown as an Error; a crash, an out-of-memory or the
 * deadline resolve with a failing report naming the cause and `scope`. Never leaves the worker running.
 */
export function runIsolated(entry: URL, job: unknown, limits: EngineLimits, scope: CheckScope): Promise<Report> {
  setFlagsFromString(heapGrowingFlag(scope.mode));
  const worker = new Worker(entry, { workerData: { mark: MARK, job }, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  return new Promise<Report>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    // A crash's message is not the engine's own text: it passes the redactor like any output. The
    // report of a stopped check names every item: its module, which loads every rule, is loaded then only.
    const stopped = (cause: string) =>
      finish(() => resolve(import('./stopped-report.js').then(({ stoppedReport }) => redactReport(stoppedReport(cause, scope), createRedactor([])))));
    const timer = setTimeout(() => stopped(`the check did not finish within its deadline of ${limits.deadlineSeconds} second${limits.deadlineSeconds === 1 ? '' : 's'}`), limits.deadlineSeconds * 1000);
    worker.on('message', (outcome: Outcome) => finish(() => ('report' in outcome ? resolve(outcome.report) : reject(errorOf(outcome.error)))));
    worker.on('error', (error: Error & { code?: string }) =>
      stopped(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the check ran out of its ${limits.heapMb} MB of memory` : `the check stopped with an error: ${error.message}`),
    );
    worker.on('exit', (code) => stopped(`the check stopped before it finished (exit code ${code})`));
  });
}

/** In the worker: runs the job handed to it and posts the report, or the error, back. */
export function serveEngine<Job>(run: (job: Job) => Promise<Report>, port: MessagePort = parentPort!, data: unknown = workerData): void {
  const { job } = data as { job: Job };
  run(job).then(
    (report) => port.postMessage({ report } satisfies Outcome),
    (error: unknown) => port.postMessage({ error: { message: error instanceof Error ? error.message : String(error), user: error instanceof UserError } } satisfies Outcome),
  );
}

function errorOf(error: { message: string; user: boolean }): Error {
  return error.user ? new UserError(error.message) : new Error(error.message);
}
