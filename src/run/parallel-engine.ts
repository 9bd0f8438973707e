/**
 * Runs one check in several engine workers at once: each checks one shard of it (`core/shard.ts`)
 * and their reports are merged into the report the whole check gives (`core/shard-merge.ts`, the
 * merge of `b3os-readiness merge`). A large check then takes a fraction of its time on a machine
 * with several cores. Each worker reads for secret values only the files it owns and hands them
 * back; the merged report is redacted here with all of them, as one unsplit run redacts its own.
 * Each worker has the time and memory limits of a single one.
 */
import { availableParallelism } from 'node:os';
import { UserError } from '../core/errors.js';
import { createRedactor, redactReport } from '../core/redact.js';
import type { Shard } from '../core/shard.js';
import type { Report } from '../core/types.js';
import { runIsolated, runWorker, type EngineLimits } from './isolated-engine.js';
import type { CheckScope } from './stopped-report.js';

/** More workers than this each repeat the repository's index and load for little gain (and their memory adds up). */
export const MAX_JOBS = 16;

/** What `auto` takes at most: past four workers, what each must repeat outweighs its share. */
export const AUTO_JOBS = 4;

/** Reads `--jobs` (a whole number from 1 to MAX_JOBS, or `auto`); a `UserError` naming `label` otherwise. */
export function parseJobs(text: string, label = '--jobs'): number | 'auto' {
  if (text === 'auto') return 'auto';
  const count = /^[0-9]{1,2}$/.test(text) ? Number(text) : NaN;
  if (count >= 1 && count <= MAX_JOBS) return count;
  throw new UserError(`${label} must be auto or a whole number from 1 to ${MAX_JOBS}, got "${text}"`);
}

/**
 * How many workers a check of `jobs` starts. `auto` is one per core, up to AUTO_JOBS, for a
 * change; one for an audit (`all`): an audit keeps the readiness inputs of every workflow it
 * reads, and workers that each read the repository's cross-file inputs again add up past what
 * one worker holds (at 10,000 workflows, about 400 MB of RSS in two workers against 270 in one).
 */
export function workerCount(jobs: number | 'auto', cores: number = availableParallelism(), audit = false): number {
  if (jobs !== 'auto') return jobs;
  return audit ? 1 : Math.max(1, Math.min(cores, AUTO_JOBS));
}

/** The workers of a `check` given `--jobs` (or not), `--shard` and `--all`: a shard is one share already, checked in one worker. */
export function workersFor(jobs: string | undefined, shard: Shard | undefined, audit: boolean, cores: number = availableParallelism()): number {
  if (shard === undefined) return workerCount(jobs === undefined ? 'auto' : parseJobs(jobs), cores, audit);
  if (jobs !== undefined && jobs !== '1') throw new UserError('--jobs splits a check over workers and --shard checks one share of it: give one of them (see b3os-readiness check --help)');
  return 1;
}

/**
 * Runs `job` in `count` workers (see `runIsolated`), worker i checking shard i/count, and merges
 * their reports; with one worker, runs it whole. A worker that stops leaves its share unchecked:
 * the merged report fails with its cause, as `merge` fails a check whose shard stopped.
 */
export async function runInWorkers<Job extends object>(entry: URL, job: Job, limits: EngineLimits, scope: CheckScope, count: number): Promise<Report> {
  if (count === 1) return runIsolated(entry, job, limits, scope);
  const shards = Array.from({ length: count }, (_, i): Shard => ({ index: i + 1, count }));
  // Every worker is waited for, so none is left running when a refusal (a bad ref) ends the check.
  const settled = await Promise.allSettled(shards.map((shard) => runWorker(entry, { ...job, shard, redactInParent: true }, limits, scope)));
  const secretValues: string[] = [];
  const reports = settled.map((outcome, i) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    for (const value of outcome.value.secretValues ?? []) secretValues.push(value);
    return { label: `worker ${i + 1}`, report: withShard(outcome.value.report, shards[i]) };
  });
  const { mergeShardReports } = await import('../core/shard-merge.js');
  return redactReport(mergeShardReports(reports), createRedactor(secretValues));
}

/** A stopped worker's report names no shard: the merge needs it to know whose share is missing. */
function withShard(report: Report, shard: Shard): Report {
  return report.shard ? report : { ...report, shard };
}
