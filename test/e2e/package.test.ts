/** The npm package: what `npm pack` ships runs on its own, as `npx b3os-readiness` would run it. */
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../support/bundle.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const temp: string[] = [];
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

describe('the package', () => {
  it('is publishable, ships the bundle, schemas and rule pages, and its bin runs without node_modules', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    // Everything is bundled: npx installs nothing beside the package.
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.bin).toEqual({ 'b3os-readiness': 'dist/cli.js' });
    const out = await mkdtemp(join(tmpdir(), 'b3os-pack-'));
    temp.push(out);
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', out, '--ignore-scripts'], { cwd: ROOT, env: { ...process.env, npm_config_offline: 'true' } });
    const [{ filename, files }] = JSON.parse(stdout);
    const paths = files.map((f: { path: string }) => f.path);
    for (const path of ['dist/cli.js', 'dist/index.js', 'schemas/workflow-manifest.schema.json', 'docs/rules/README.md', 'docs/rules/wallet-actions-bounded/amount-bound.md', 'action.yml', 'README.md', 'package.json']) expect(paths).toContain(path);
    expect(paths.filter((p: string) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('node_modules/'))).toEqual([]);
    await run('tar', ['-xzf', join(out, filename), '-C', out]);
    const cli = join(out, 'package/dist/cli.js');
    expect((await runNode(cli, ['--version'], {}, out)).code).toBe(0);
    const check = await runNode(cli, ['check', '--repo', join(ROOT, 'examples/acme-b3os'), '--all', '--format', 'json'], {}, out);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).items).toHaveLength(11);
    const text = await runNode(cli, ['check', '--repo', join(ROOT, 'examples/acme-b3os'), '--all'], {}, out);
    expect(text.stdout).toContain(`\n  docs: ${join(out, 'package/docs/rules/docs-updated/action-page-missing.md')}\n`);
  });

  it('offers a pre-commit hook that checks the staged change', async () => {
    const hooks = await readFile(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(/^- id: b3os-readiness$/m);
    expect(hooks).toMatch(/^ {2}entry: b3os-readiness check --base HEAD$/m);
    expect(hooks).toMatch(/^ {2}language: node$/m);
    expect(hooks).toMatch(/^ {2}pass_filenames: false$/m);
  });
});
