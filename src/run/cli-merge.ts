/** `merge`: the reports of every shard of one check (`check --shard i/n`), combined into its verdict. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';
import { mergeShardReports } from '../core/shard-merge.js';
import type { Report } from '../core/types.js';
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
  const options = { format: { type: 'string', default: 'text' }, 'pull-request': { type: 'string' } } as const;
  const { values, positionals } = parseArgs({ args: [...args], strict: true, allowPositionals: true, options });
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
  const pullRequest = values['pull-request'] === undefined ? samePullRequest(shards) : pullRequestOf(values['pull-request'], report);
  io.stdout(await renderReport(report, format, { color: io.color, base, pullRequest }));
  return report.result === 'pass' ? 0 : 1;
}

/**
 * `--pull-request NUMBER`: the merged report names the pull request whose head the shards checked,
 * so a `workflow_run` run can publish it (`saved-report`, which confirms it through the API).
 */
function pullRequestOf(number: string, report: Report): ReportPullRequest {
  if (!/^[1-9][0-9]{0,8}$/.test(number)) throw new UserError(`--pull-request must be a pull request number, got "${number}"`);
  const { head, base, merge } = report.summary;
  const baseSha = merge?.base ?? base;
  if (!COMMIT.test(head) || baseSha === undefined || !COMMIT.test(baseSha)) {
    throw new UserError('--pull-request needs shards that checked a change between commits: run them with --base BASE_SHA --head HEAD_SHA');
  }
  return { number: Number(number), headSha: head, baseSha };
}

const COMMIT = /^[0-9a-f]{40}$/;

/** The pull request the shards name (the Action records it), when they all name the same one. */
function samePullRequest(shards: ReadonlyArray<{ pullRequest?: ReportPullRequest }>): ReportPullRequest | undefined {
  const [first] = shards;
  const same = (p?: ReportPullRequest) => p !== undefined && JSON.stringify(p) === JSON.stringify(first.pullRequest);
  return shards.every((s) => same(s.pullRequest)) ? first.pullRequest : undefined;
}
