import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** Builds a fresh bundle of src/ into a temp dir (never touching dist/); returns the directory. */
export async function buildBundle(): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'b3os-bundle-'));
  await run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', outdir], { cwd: ROOT });
  return outdir;
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
