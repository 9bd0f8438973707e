import { platformFor } from '../adapters/b3os/platform.js';
import { runGate } from '../core/gate.js';
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
}

/** Reads the local repository and runs the gate on it; throws `UserError` for a bad ref or folder. */
export async function runLocalJob(job: LocalJob): Promise<Report> {
  const platform = platformFor(job.apiUrl, job.apiKey);
  const input = await localInput({ repoDir: job.repoDir, base: job.base, head: job.head, all: job.all, merge: job.merge });
  try {
    return await runGate({ ...input.gate, config: job.config, failOn: job.failOn, platform, today: job.today, requireObjects: true, shard: job.shard });
  } finally {
    input.dispose();
  }
}
