/**
 * The CLI's cold start: `--version` and the help texts answer from the small entry before the
 * engine loads (they work with the engine bundle gone), and the runtime's compile cache, when it
 * cannot be written, changes nothing of a check.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, node24, runNode } from '../support/bundle.js';
import { workflowWithFindings } from '../support/many-findings.js';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/acme-b3os');
let bundle: string;
let entryAlone: string;

beforeAll(async () => {
  bundle = await buildBundle();
  entryAlone = await mkdtemp(join(tmpdir(), 'b3os-entry-'));
  await copyFile(join(bundle, 'cli.js'), join(entryAlone, 'cli.js'));
}, 60_000);
afterAll(async () => {
  for (const dir of [bundle, entryAlone]) await rm(dir, { recursive: true, force: true });
});

describe('the bundled CLI starting cold', () => {
  it('is the action, the CLI entry and the folder of the chunks the entry loads', async () => {
    expect((await readdir(bundle)).sort()).toEqual(['cli', 'cli.js', 'index.js']);
    const chunks = await readdir(join(bundle, 'cli'));
    expect(chunks).toContain('process.js');
    for (const part of ['cli-main', 'local-job']) expect(chunks.filter((name) => name.startsWith(`${part}-`)), part).toHaveLength(1);
  });


  it('answers --version and every help without the engine bundle', async () => {
    const version = await runNode(join(entryAlone, 'cli.js'), ['--version'], {}, entryAlone);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    for (const args of [[], ['--help'], ['help', 'check'], ['check', '--help'], ['merge', '-h'], ['catalog', 'pull', '--help']]) {
      const help = await runNode(join(entryAlone, 'cli.js'), args, {}, entryAlone);
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout).toMatch(/^(b3os-readiness: |Usage: )/);
    }
    const merge = await runNode(join(entryAlone, 'cli.js'), ['merge', '--help'], {}, entryAlone);
    expect(merge.stdout).toMatch(/^Usage: b3os-readiness merge \[--format FORMAT\] \[--pull-request N\] REPORT\.\.\.\n/);
    // A command to run needs the engine: without it the entry fails instead of pretending.
    const check = await runNode(join(entryAlone, 'cli.js'), ['check', '--all'], {}, entryAlone);
    expect(check.code).not.toBe(0);
    expect(check.stderr).toMatch(/cli\/process\.js/);
  });

  it('checks the same with a compile cache that cannot be written as with none', async () => {
    const args = ['check', '--repo', EXAMPLE, '--all', '--format', 'json'];
    const cached = await runNode(join(bundle, 'cli.js'), args, { NODE_COMPILE_CACHE: '/dev/null/cache' }, bundle);
    const plain = await runNode(join(bundle, 'cli.js'), args, { NODE_DISABLE_COMPILE_CACHE: '1' }, bundle);
    expect(cached.code).toBe(1);
    expect(cached.stderr).toBe('');
    expect(cached.stdout).toBe(plain.stdout);
    expect(JSON.parse(cached.stdout).items).toHaveLength(11);
  });

  it('stops quietly, with the exit code of the check, when the reader of its output goes away (`| head`)', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'b3os-epipe-'));
    try {
      // Some 2,000 findings: far more output than a pipe holds, so the writes outlive the reader.
      await mkdir(join(repo, 'workflows/many'), { recursive: true });
      await writeFile(join(repo, 'workflows/many/workflow.json'), workflowWithFindings(2_000));
      const child = spawn(node24(), [join(bundle, 'cli.js'), 'check', '--repo', repo, '--all', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(stderr).toBe('');
      expect(code).toBe(1);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  }, 60_000);
});

