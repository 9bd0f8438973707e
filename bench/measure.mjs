// Runs the bundled CLI in a child Node process and measures wall time and peak resident memory.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI_URL = pathToFileURL(fileURLToPath(new URL('../dist/cli.js', import.meta.url))).href;

// `node -e` leaves no script path in argv, so one placeholder is spliced in at index 1: the CLI's
// `process.argv.slice(2)` then sees exactly the arguments given after `--` (without `--`, Node would
// take a leading `--version` as its own option).
const WRAPPER = [
  "process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));",
  "process.argv.splice(1, 0, 'cli');",
  `await import(${JSON.stringify(CLI_URL)});`,
].join(' ');

/**
 * Runs `dist/cli.js` once with `args` under the Node running the bench (with `nodeFlags` before the script).
 * Resolves to { ms, rssMb, code, stdout, stderr }; rssMb is NaN when the child printed no MAXRSS line
 * (killed by a signal, for instance). Never rejects for a non-zero exit.
 */
export function runCli(args, { cwd = process.cwd(), env = process.env, nodeFlags = [] } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, '--input-type=module', '-e', WRAPPER, '--', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const stderr = Buffer.concat(err).toString('utf8');
      const match = /\nMAXRSS (\d+)\n/.exec(stderr);
      resolve({ ms, rssMb: match ? Number(match[1]) / 1024 : NaN, code: code ?? signal, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

/**
 * Runs the CLI `warmup` times unmeasured (to settle disk caches), then `times` times in sequence.
 * Resolves to { ms: median wall time, rssMb: highest peak RSS, codes: every exit code (or signal
 * name), last: the last run's result }.
 */
export async function runRepeated(times, args, { warmup = 0, ...options } = {}) {
  for (let i = 0; i < warmup; i++) await runCli(args, options);
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await runCli(args, options));
  return {
    ms: median(runs.map((r) => r.ms)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    codes: runs.map((r) => r.code),
    last: runs[runs.length - 1],
  };
}

/** The median of a non-empty list of numbers (mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `baselineArgs` then `args`, `times` times in alternation, so both see the same machine state.
 * Resolves to { extraMs, extraMb: medians of the per-pair differences, codes: exit codes of the `args`
 * runs, last: the last `args` run, baseline: { ms, rssMb, codes: lists over the baseline runs, last } }.
 */
export async function runPaired(times, baselineArgs, args, options) {
  const pairs = [];
  for (let i = 0; i < times; i++) pairs.push([await runCli(baselineArgs, options), await runCli(args, options)]);
  return {
    extraMs: median(pairs.map(([base, run]) => run.ms - base.ms)),
    extraMb: median(pairs.map(([base, run]) => run.rssMb - base.rssMb)),
    codes: pairs.map(([, run]) => run.code),
    last: pairs[pairs.length - 1][1],
    baseline: { ms: pairs.map(([base]) => base.ms), rssMb: pairs.map(([base]) => base.rssMb), codes: pairs.map(([base]) => base.code), last: pairs[pairs.length - 1][0] },
  };
}
