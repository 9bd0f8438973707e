import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** Builds a fresh bundle of src/ into a temp dir (never touching dist/); returns the directory. */
export async function buildBundle(): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'b3os-bundle-'));
  await run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', outdir], { cwd: ROOT });
  return outdir;
}

/** What a bundle is built from: a change to any of these (in watch mode, say) makes a new bundle. */
const BUNDLE_INPUTS = ['src', 'schemas', 'scripts/build.mjs', 'package.json', 'package-lock.json'];

/**
 * The bundle of src/ (never dist/) that every test file of this run shares: built by the first
 * file that asks, found by the others. Read it, never change or remove it; the run's global setup
 * removes it. Two files asking at once may both build: the first to finish is kept.
 */
export async function sharedBundle(): Promise<string> {
  const dir = join(bundleRoot(), await inputsHash());
  if (existsSync(join(dir, 'index.js'))) return dir;
  const fresh = await buildBundle();
  // A rename is atomic: the directory appears complete, or (another file's build won) not at all.
  await rename(fresh, dir).catch(() => rm(fresh, { recursive: true, force: true }));
  return dir;
}

/** The global setup's directory (vitest.config.ts, and the configurations built on it). */
function bundleRoot(): string {
  const root = inject('bundleRoot');
  if (!root) throw new Error('no directory for the shared bundle: run under vitest.config.ts, whose global setup (test/support/bundle-setup.ts) provides it');
  return root;
}

async function inputsHash(): Promise<string> {
  const paths = (await Promise.all(BUNDLE_INPUTS.map((input) => filesUnder(input)))).flat().sort();
  const contents = await Promise.all(paths.map((path) => readFile(join(ROOT, path))));
  const hash = createHash('sha256');
  paths.forEach((path, i) => hash.update(`${path}\0`).update(contents[i]).update('\0'));
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, path), { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return [path];
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(ROOT.length + 1));
}

/** The Node 24 binary the runner uses (from the `node24` devDependency), else this Node. */
export function node24(): string {
  const bundled = join(ROOT, 'node_modules/node24/bin/node');
  return process.env.ACTION_NODE ?? (existsSync(bundled) ? bundled : process.execPath);
}

/** Runs a script ASYNCHRONOUSLY (the test's HTTP server must keep serving) and collects its output. */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(node24(), [script, ...args], { cwd, env, maxBuffer: 32 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
    child.stdin?.end();
  });
}
