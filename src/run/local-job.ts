import { platformFor } from '../adapters/b3os/platform.js';
import { runGate, runGateUnredacted, type GateInput, type UnredactedReport } from '../core/gate.js';
import type { Settings } from '../core/settings.js';
import type { Shard } from '../core/shard.js';
import type { Report } from '../core/types.js';
import { localInput } from './local-input.js';

/** A CLI `check`, as plain data: it can be handed to a worker thread. */
export interface LocalJob {
  readonly repoDir: string;
  readonly base?: string;
  readonly head?: string;
  readonly all: boolean;
  /** Check the head merged into the base's tip (`--base` without `--no-merge`). */
  readonly merge: boolean;
  readonly config?: { readonly path: string; readonly bytes: Uint8Array };
  readonly failOn?: Settings['failOn'];
  readonly apiUrl?: string;
  readonly apiKey?: string;
  /** `YYYY-MM-DD` (UTC). */
  readonly today: string;
  /** Check this shard of the affected objects only (`--shard i/n`). */
  readonly shard?: Shard;
  /**
   * A worker of a check split over the process's workers (`parallel-engine.ts`): the parent
   * redacts the merged report, so this one is handed back with its secret values (`runLocalShare`).
   */
  readonly redactInParent?: boolean;
}

/** Reads the local repository and runs the gate on it; throws `UserError` for a bad ref or folder. */
export function runLocalJob(job: LocalJob): Promise<Report> {
  return withGateInput(job, runGate);
}

/** A worker's share of a split check: its report unredacted, with the secret values of the files it owns. */
export function runLocalShare(job: LocalJob): Promise<UnredactedReport> {
  return withGateInput(job, (input) => runGateUnredacted(input, true));
}

async function withGateInput<T>(job: LocalJob, run: (input: GateInput) => Promise<T>): Promise<T> {
  const platform = platformFor(job.apiUrl, job.apiKey);
  const input = await localInput({ repoDir: job.repoDir, base: job.base, head: job.head, all: job.all, merge: job.merge });
  try {
    return await run({ ...input.gate, config: job.config, failOn: job.failOn, platform, today: job.today, requireObjects: true, shard: job.shard });
  } finally {
    input.dispose();
  }
}
