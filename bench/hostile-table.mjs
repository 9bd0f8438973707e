// The hostile-input rows (threats.md (c) 6): each hostile file alone in a small repository, run in
// alternation with the same repository without it; a row shows the median extra time and memory.
import { join } from 'node:path';
import { addWorkflows, baseFiles, writeFiles } from './fixtures.mjs';
import { HOSTILE } from './hostile.mjs';
import { median, runPaired } from './measure.mjs';
import { figure, renderTable } from './table.mjs';

const PAIRS = 5;
// threats.md (c) 6 sets the memory target on the heap an input adds. V8 grows its young generation
// (up to tens of MB of RSS) under any allocation burst, so these rows run with it capped at 1 MB:
// their RSS then follows the heap the input keeps, not the collector's headroom.
const HEAP_FLAGS = ['--max-semi-space-size=1'];

const COLUMNS = [
  { title: 'hostile input', get: (r) => r.scenario },
  { title: 'extra ms', get: (r) => r.ms, right: true },
  { title: 'extra RSS MB', get: (r) => r.rss, right: true },
  { title: 'exit', get: (r) => r.exit },
  { title: 'target (threats.md (c) 6)', get: (r) => r.target },
  { title: 'ok', get: (r) => (r.ok === undefined ? '' : r.ok ? '✓' : '✗') },
  { title: 'note', get: (r) => r.note ?? '' },
];

/** The files named by findings in a `--format json` report (empty when stdout is not a report). */
function findingFiles(stdout) {
  try {
    return new Set(JSON.parse(stdout).items.flatMap((item) => item.findings.map((f) => f.file)));
  } catch {
    return new Set();
  }
}

/** A small repository (base files and three workflows) plus `extra` files, written under `dir`. */
function smallRepo(dir, extra = new Map()) {
  writeFiles(dir, new Map([...addWorkflows(baseFiles(), 3), ...extra]));
  return ['check', '--repo', dir, '--all', '--format', 'json'];
}

/** Exit codes outside `expected` become problems (3 is a crash); returns the codes for display. */
function exitCodes(label, result, expected, problems) {
  for (const code of new Set(result.codes)) {
    if (expected.includes(code)) continue;
    const kind = code === 3 ? 'CRASH (exit 3, internal error)' : `unexpected exit code ${code}`;
    const detail = result.last.stderr.trim().split('\n').slice(0, 3).join(' | ');
    problems.push(`${label}: ${kind}${detail ? `: ${detail}` : ''}`);
  }
  return [...new Set(result.codes)].join(',');
}

async function hostileRow(root, input, index, baselineArgs, problems) {
  const args = smallRepo(join(root, `hostile-${index}`), new Map([[input.path, input.content()]]));
  const result = await runPaired(PAIRS, baselineArgs, args, { nodeFlags: HEAP_FLAGS });
  const found = findingFiles(result.last.stdout).has(input.path);
  const exit = exitCodes(`hostile "${input.name}"`, result, input.expectFinding ? [1] : [0, 1], problems);
  return {
    result,
    scenario: input.name,
    ms: figure(result.extraMs, { delta: true }),
    rss: figure(result.extraMb, { delta: true }),
    exit,
    target: `≤ ${input.budgetMs} ms, ≤ 64 MB extra${input.expectFinding ? ', exit 1' : ''}`,
    ok: result.extraMs <= input.budgetMs && result.extraMb <= 64 && (found || !input.expectFinding),
    note: found ? 'finding on the file' : input.expectFinding ? 'NO finding on the file' : 'no finding (valid file)',
  };
}

/** Measures every hostile input under `root`; returns the rendered table. Problems go to `problems`. */
export async function hostileTable(root, problems) {
  const baselineArgs = smallRepo(join(root, 'hostile-baseline'));
  const rows = [];
  for (const [index, input] of HOSTILE.entries()) rows.push(await hostileRow(root, input, index, baselineArgs, problems));
  const baselines = rows.map((row) => row.result.baseline);
  const baseline = {
    scenario: `baseline: 3 workflows (${PAIRS} pairs a row, young generation capped at 1 MB)`,
    ms: figure(median(baselines.flatMap((b) => b.ms))),
    rss: figure(Math.max(...baselines.flatMap((b) => b.rssMb))),
    exit: exitCodes('hostile baseline', { codes: baselines.flatMap((b) => b.codes), last: baselines.at(-1).last }, [0, 1], problems),
    target: 'subtracted, pair by pair, in the rows below',
  };
  return renderTable([baseline, ...rows], COLUMNS);
}
