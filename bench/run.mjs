// `npm run bench`: the gate (dist/cli.js) measured in child processes beside its lower bound and
// ajv-cli, interleaved round by round, with the targets of issue 15; then the hostile inputs of
// threats.md (c) 6. Options: --quick (sizes / 10, 3 rounds), --record (write bench/golden.json),
// --no-hostile. Reports figures and problems; always exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGolden, recordGolden } from './golden.mjs';
import { hostileTable } from './hostile-table.mjs';
import { CLI, findNode20, NODE24 } from './measure.mjs';
import { mainTable } from './report.mjs';
import { runRounds } from './rounds.mjs';
import { buildRepos, FULL, QUICK, scenarios } from './scenarios.mjs';
import { figure } from './table.mjs';

const options = new Set(process.argv.slice(2));
const quick = options.has('--quick');
const sizes = quick ? QUICK : FULL;
const ROUNDS = quick ? 3 : 5;
const WARMUP = 1;

const log = (text) => process.stdout.write(text);
// Taken before the rounds: the commit whose dist/ is measured, whatever is committed meanwhile.
const COMMIT = commitOf();
const seconds = (ms) => `${figure(ms / 1000, { digits: 1 })} s`;

function commitOf() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'dist'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} + uncommitted changes to src/ or dist/` : sha;
  } catch {
    return 'unknown';
  }
}

function header(node20) {
  const versions = [NODE24, node20].filter(Boolean).map((node) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()).join(', cold start also ');
  return [
    `b3os-readiness bench: commit ${COMMIT}; children on Node ${versions}; ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${process.platform}-${process.arch}`,
    `${quick ? 'QUICK (sizes / 10; the targets are set for the full sizes)' : 'full sizes'}; medians of ${ROUNDS} interleaved rounds after ${WARMUP} warm-up; RSS: highest peak; CPU: user + system of the child and of the git processes it waited for`,
  ].join('\n');
}

function measuredPart(state, list) {
  if (options.has('--record') && quick) log('bench: --record keeps the full sizes only; nothing recorded\n');
  else if (options.has('--record')) {
    const single = list.filter((s) => !s.coldStart && state.digests.get(s.id).size === 1);
    recordGolden(Object.fromEntries(single.map((s) => [s.id, [...state.digests.get(s.id)][0]])), COMMIT);
    log('bench: report digests recorded in bench/golden.json\n');
  }
  const { table, missed } = mainTable(list, state, readGolden(), sizes);
  return `${table}\n${missed.length ? `Targets missed (✗): ${missed.join('; ')}` : 'Every target met.'}\n`;
}

async function main() {
  if (!existsSync(CLI)) return log('bench: dist/cli.js is missing; run `npm run build` first.\n');
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'b3os-readiness-bench-')));
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  process.once('SIGINT', () => (cleanUp(), process.exit(130)));
  try {
    const node20 = findNode20();
    let started = performance.now();
    log(`bench: generating repositories of ${figure(sizes.small)} and ${figure(sizes.large)} workflows…`);
    const repos = buildRepos(root, sizes);
    log(` ${seconds(performance.now() - started)}\n`);
    const list = scenarios(root, repos, node20);
    const state = await runRounds(list, { rounds: ROUNDS, warmup: WARMUP, dirs: [root], progress: (what, ms) => log(`bench: ${what}: ${seconds(ms)}\n`) });
    let output = `\n${header(node20)}\n\n${measuredPart(state, list)}`;
    if (!options.has('--no-hostile')) {
      started = performance.now();
      log('bench: hostile inputs…');
      output += `\nHostile inputs (threats.md (c) 6), Node 24, extra over the baseline repository:\n\n${await hostileTable(root, state.problems)}`;
      log(` ${seconds(performance.now() - started)}\n`);
    }
    const problems = [...state.problems];
    log(`${output}\n${problems.length ? `PROBLEMS:\n${problems.map((p) => `  - ${p}`).join('\n')}` : 'No crash, no unexpected exit code, every comparison did its work.'}\n`);
  } finally {
    cleanUp();
  }
}

try {
  await main();
} catch (error) {
  log(`bench: could not complete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
process.exitCode = 0;
