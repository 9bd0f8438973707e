// `npm run bench`: speed and memory figures of the bundled CLI (dist/cli.js) on generated
// repositories, next to the targets of threats.md (c) 6. Reports figures; always exits 0.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addWorkflows, baseFiles, writeFiles } from './fixtures.mjs';
import { GIT_ENV, makePullRequestRepo } from './git-repo.mjs';
import { HOSTILE } from './hostile.mjs';
import { median, runPaired, runRepeated } from './measure.mjs';
import { figure, renderTable } from './table.mjs';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const AUDIT_WORKFLOWS = 2_000;
const PR_FILES = 3_000;
const RUNS = 3;
const PAIRS = 5;
// threats.md (c) 6 sets the memory target on the heap an input adds. V8 grows its young generation
// (up to tens of MB of RSS) under any allocation burst, so the hostile rows run with it capped at
// 1 MB: their RSS then follows the heap the input keeps, not the collector's headroom.
const HEAP_FLAGS = ['--max-semi-space-size=1'];
const problems = [];

/** Records every exit code outside `expected` (3 is a crash); returns the codes for display. */
function exitCodes(label, result, expected) {
  for (const code of new Set(result.codes)) {
    if (expected.includes(code)) continue;
    const kind = code === 3 ? 'CRASH (exit 3, internal error)' : `unexpected exit code ${code}`;
    const detail = result.last.stderr.replace(/\nMAXRSS \d+\n/, '').trim().split('\n').slice(0, 3).join(' | ');
    problems.push(`${label}: ${kind}${detail ? `: ${detail}` : ''}`);
  }
  return [...new Set(result.codes)].join(',');
}

/** The files named by findings in a `--format json` report (empty when stdout is not a report). */
function findingFiles(stdout) {
  try {
    return new Set(JSON.parse(stdout).items.flatMap((item) => item.findings.map((f) => f.file)));
  } catch {
    return new Set();
  }
}

async function fullAudit(root) {
  const repo = join(root, 'audit');
  writeFiles(repo, addWorkflows(baseFiles(), AUDIT_WORKFLOWS));
  const result = await runRepeated(RUNS, ['check', '--repo', repo, '--all', '--format', 'json'], { warmup: 1 });
  const perFile = result.ms / AUDIT_WORKFLOWS;
  return {
    scenario: `1. audit --all (${RUNS} runs)`,
    files: `${figure(AUDIT_WORKFLOWS)} wf + ${figure(AUDIT_WORKFLOWS)} yaml`,
    ms: figure(result.ms),
    rss: figure(result.rssMb),
    exit: exitCodes('full audit', result, [0, 1]),
    target: `≤ 1 s per input: ${figure(perFile, { digits: 2 })} ms/workflow`,
    ok: perFile <= 1000,
  };
}

async function pullRequest(root) {
  const repo = join(root, 'pr');
  mkdirSync(repo);
  makePullRequestRepo(repo, PR_FILES);
  const result = await runRepeated(RUNS, ['check', '--repo', repo, '--base', 'main', '--format', 'json'], { env: GIT_ENV, warmup: 1 });
  return {
    scenario: `2. PR diff --base main (${RUNS} runs)`,
    files: `${figure(PR_FILES)} changed`,
    ms: figure(result.ms),
    rss: figure(result.rssMb),
    exit: exitCodes('pull request', result, [0, 1]),
    target: '≤ 5 min for a 3,000-file PR',
    ok: result.ms <= 5 * 60_000,
  };
}

/** A small repository (base files and three workflows) plus `extra` files, written under `dir`. */
function smallRepo(dir, extra = new Map()) {
  writeFiles(dir, new Map([...addWorkflows(baseFiles(), 3), ...extra]));
  return ['check', '--repo', dir, '--all', '--format', 'json'];
}

async function hostileRow(root, input, index, baselineArgs, baselineRuns) {
  const args = smallRepo(join(root, `hostile-${index}`), new Map([[input.path, input.content()]]));
  const result = await runPaired(PAIRS, baselineArgs, args, { nodeFlags: HEAP_FLAGS });
  baselineRuns.push(result);
  const found = findingFiles(result.last.stdout).has(input.path);
  const exit = exitCodes(`hostile "${input.name}"`, result, [1]);
  return {
    scenario: `3. ${input.name}`,
    files: '1',
    ms: figure(result.extraMs, { delta: true }),
    rss: figure(result.extraMb, { delta: true }),
    exit,
    target: `≤ ${input.budgetMs} ms, ≤ 64 MB extra, exit 1`,
    ok: result.extraMs <= input.budgetMs && result.extraMb <= 64 && exit === '1' && (found || !input.expectFinding),
    note: found ? 'finding on the file' : input.expectFinding ? 'NO finding on the file' : 'no finding (valid file)',
  };
}

// Each hostile run is paired with a run of the same small repository without the hostile file; the
// row shows the median of the per-pair differences, which cancels most of the machine's noise.
async function hostileInputs(root) {
  const baselineArgs = smallRepo(join(root, 'baseline'));
  const baselineRuns = [];
  const rows = [];
  for (const [index, input] of HOSTILE.entries()) rows.push(await hostileRow(root, input, index, baselineArgs, baselineRuns));
  const baseline = {
    scenario: `3. baseline: small repo (${PAIRS} runs per row, young generation capped at 1 MB)`,
    files: '3 wf + 3 yaml',
    ms: figure(median(baselineRuns.flatMap((r) => r.baseline.ms))),
    rss: figure(Math.max(...baselineRuns.flatMap((r) => r.baseline.rssMb))),
    exit: exitCodes('hostile baseline', { codes: baselineRuns.flatMap((r) => r.baseline.codes), last: baselineRuns.at(-1).baseline.last }, [0, 1]),
    target: 'subtracted, pair by pair, below',
  };
  return [baseline, ...rows];
}

async function coldStart() {
  const result = await runRepeated(10, ['--version']);
  return {
    scenario: '4. cold start: --version (10 runs)',
    files: '-',
    ms: figure(result.ms),
    rss: figure(result.rssMb),
    exit: exitCodes('cold start', result, [0]),
    target: '(no target)',
  };
}

async function scenarios(root) {
  const rows = [];
  const timed = async (label, step) => {
    const started = performance.now();
    process.stdout.write(`bench: ${label}…`);
    rows.push(...[await step(root)].flat());
    process.stdout.write(` ${figure((performance.now() - started) / 1000, { digits: 1 })} s\n`);
  };
  await timed('full audit', fullAudit);
  await timed('pull request', pullRequest);
  await timed('hostile inputs', hostileInputs);
  await timed('cold start', coldStart);
  return rows;
}

function printReport(rows) {
  console.log(`\nb3os-readiness bench: Node ${process.version}, ${process.platform}-${process.arch}; rows 3.x show the extra over the baseline\n`);
  console.log(renderTable(rows));
  const missed = rows.filter((row) => row.ok === false).map((row) => row.scenario);
  console.log(missed.length ? `Targets missed (✗): ${missed.join('; ')}` : 'Every target met.');
  console.log(problems.length ? `PROBLEMS:\n${problems.map((p) => `  - ${p}`).join('\n')}` : 'No crash (exit 3) and no unexpected exit code.');
}

async function main() {
  if (!existsSync(CLI)) {
    console.log('bench: dist/cli.js is missing; run `npm run build` first.');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'b3os-readiness-bench-'));
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  process.once('SIGINT', () => (cleanUp(), process.exit(130)));
  try {
    printReport(await scenarios(root));
  } finally {
    cleanUp();
  }
}

try {
  await main();
} catch (error) {
  console.log(`bench: could not complete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
process.exitCode = 0;
