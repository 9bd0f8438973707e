/**
 * Findings unchanged: the JSON reports of scaled-down bench scenarios (the same generator as
 * `npm run bench`, bench/scenario-repo.mjs) and of the embedded example, recorded before the engine
 * was reshaped for speed, must come out byte for byte the same. A difference shows, in the diff of
 * test/fixtures/golden/, which finding moved; rewrite them (`npx vitest run -u`) only for a change
 * meant to alter findings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normaliseReport } from '../../bench/golden.mjs';
import { makeScenarioRepo } from '../../bench/scenario-repo.mjs';
import { runCli } from '../../src/run/cli-main.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
// 50 workflows: the `edit` pull request rewrites 10 workflows, `schema` changes an action 10 of
// them use, `large` rewrites 15 workflows and their manifests (30 files).
const SIZES = { workflows: 50, edited: 10 };

let dir: string;

async function report(cwd: string, args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--format', 'json'], { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t), color: false, today: '2026-11-25' });
  expect(err).toBe('');
  expect(code).toBe(1);
  const normalised = normaliseReport(out, [dir]);
  expect(normalised).toBeDefined();
  return normalised!;
}

describe('the reports of the bench scenarios and of the example are unchanged', () => {
  beforeAll(() => {
    vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
    dir = mkdtempSync(join(tmpdir(), 'b3os-golden-'));
    makeScenarioRepo(dir, SIZES);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('A: check --all over the generated repository', async () => {
    await expect(await report(dir, ['check', '--repo', dir, '--all'])).toMatchFileSnapshot('../fixtures/golden/audit-50-workflows.json');
  });

  it('B: a pull request editing 10 workflows', async () => {
    await expect(await report(dir, ['check', '--repo', dir, '--base', 'main', '--head', 'edit'])).toMatchFileSnapshot('../fixtures/golden/pr-edit-10-workflows.json');
  });

  it('C: an action schema change with 10 dependents', async () => {
    await expect(await report(dir, ['check', '--repo', dir, '--base', 'main', '--head', 'schema'])).toMatchFileSnapshot('../fixtures/golden/pr-schema-10-dependents.json');
  });

  it('D: a 30-file pull request', async () => {
    await expect(await report(dir, ['check', '--repo', dir, '--base', 'main', '--head', 'large'])).toMatchFileSnapshot('../fixtures/golden/pr-30-files.json');
  });

  it('the embedded example', async () => {
    await expect(await report(EXAMPLE, ['check', '--repo', EXAMPLE, '--all'])).toMatchFileSnapshot('../fixtures/golden/example-acme-b3os.json');
  });
});
