// Runs a script in a child Node process and measures it: wall time from spawn to exit, and the CPU
// time and peak RSS the child reports through bench/probe.mjs (loaded with --import).
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PROBE = new URL('./probe.mjs', import.meta.url).href;
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Node 24, the runtime the gate targets: the `node24` package `node_modules/.bin/node` points at. */
export const NODE24 = realpathSync(fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url)));

/** The Node 20 of the machine (the one running the bench, or `node` on PATH), for reference; or undefined. */
export function findNode20() {
  for (const candidate of [process.execPath, 'node']) {
    try {
      if (execFileSync(candidate, ['--version'], { encoding: 'utf8' }).startsWith('v20.')) return candidate;
    } catch {
      // not installed: no reference row
    }
  }
  return undefined;
}

/**
 * Runs `node [nodeFlags] --import probe.mjs script args` (script '-e' takes args[0] as code). Resolves
 * to { ms, cpuMs, rssMb, code, stdout, stderr } (cpuMs and rssMb NaN when the child printed no probe
 * line, killed by a signal for instance). Never rejects for a non-zero exit. With `stdoutFile`, the
 * child writes its stdout to that file, not a pipe: a script that calls process.exit() right after
 * printing (ajv-cli) loses what a pipe had not taken yet, and a file takes every write at once.
 */
export function runScript(script, args, { node = NODE24, nodeFlags = [], cwd = process.cwd(), env = process.env, stdoutFile } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const fd = stdoutFile === undefined ? undefined : openSync(stdoutFile, 'w');
    const child = spawn(node, [...nodeFlags, '--import', PROBE, script, ...args], { cwd, env, stdio: ['ignore', fd ?? 'pipe', 'pipe'] });
    if (fd !== undefined) closeSync(fd);
    const out = [];
    const err = [];
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const stderr = Buffer.concat(err).toString('utf8');
      const probe = /\nPROBE (\{.*\})\n/.exec(stderr);
      const { rssKb = NaN, cpuMs = NaN } = probe ? JSON.parse(probe[1]) : {};
      const stdout = fd === undefined ? Buffer.concat(out).toString('utf8') : readFileSync(stdoutFile, 'utf8');
      resolve({ ms, cpuMs, rssMb: rssKb / 1024, code: code ?? signal, stdout, stderr: stderr.replace(/\nPROBE \{.*\}\n/, '') });
    });
  });
}

/** Runs `dist/cli.js` with `args` (see runScript). */
export function runCli(args, options) {
  return runScript(CLI, args, options);
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
