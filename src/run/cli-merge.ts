/** `merge`: the reports of every shard of one check (`check --shard i/n`), combined into its verdict. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';
import { mergeShardReports } from '../core/shard-merge.js';
import type { ReportPullRequest } from '../render/json.js';
import { oneOf } from './cli-options.js';
import { FORMATS, renderReport } from './cli-render.js';
import { readReportFile } from './saved-report-read.js';

/** Where `merge` reads and writes (the CLI's streams). */
export interface MergeIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly color: boolean;
}

/** Runs `merge`; returns the exit code `check` would give (0 ready, 1 blocking). Throws `UserError` for a refusal. */
export async function mergeCommand(args: readonly string[], io: MergeIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  const format = oneOf(values.format, FORMATS, '--format');
  if (positionals.length === 0) throw new UserError('merge takes the JSON report of every shard (b3os-readiness merge report-1.json report-2.json …)');
  const shards = [];
  for (const label of positionals) {
    const read = await readReportFile(resolve(io.cwd, label), (reason) => new UserError(`merge refused: ${label}: ${reason}`));
    shards.push({ label, ...read });
  }
  const report = mergeShardReports(shards);
  const summary = report.summary;
  const base = summary.mode === 'diff' ? (summary.merge?.baseLabel ?? summary.base) : undefined;
  io.stdout(renderReport(report, format, { color: io.color, base, pullRequest: samePullRequest(shards) }));
  return report.result === 'pass' ? 0 : 1;
}

/** The pull request the shards name (the Action records it), when they all name the same one. */
function samePullRequest(shards: ReadonlyArray<{ pullRequest?: ReportPullRequest }>): ReportPullRequest | undefined {
  const [first] = shards;
  const same = (p?: ReportPullRequest) => p !== undefined && JSON.stringify(p) === JSON.stringify(first.pullRequest);
  return shards.every((s) => same(s.pullRequest)) ? first.pullRequest : undefined;
}
