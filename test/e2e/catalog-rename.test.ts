/**
 * Moving or renaming the pinned catalog away from `.b3os/catalog.json` removes it, as deleting it
 * does: the workflows that used its schemas are re-validated against what is left, on a real git
 * repository. Never a silent pass.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startB3osApi, type B3osApi } from '../support/b3os-api-server.js';
import { cli, LOG_WORKFLOW } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const CATALOG = '.b3os/catalog.json';

let repo: FixtureRepo;
let api: B3osApi;
let main: string;

beforeAll(async () => {
  api = await startB3osApi();
  repo = await createRepo();
  await repo.write('workflows/hourly-log/workflow.json', LOG_WORKFLOW);
  expect((await cli(repo.dir, 'catalog', 'pull', '--api-url', api.url)).code).toBe(0);
  main = await repo.commit('pin the platform catalog');
});
afterAll(async () => {
  await repo.cleanup();
  await api.close();
});

interface Outcome {
  readonly code: number;
  readonly result: string;
  readonly items: Record<string, string>;
  readonly blastRadius: readonly string[];
  readonly findings: readonly string[];
}

/** `check --base main` of a branch `pr` from `main` that moves the catalog to `target` (`git mv`), or deletes it (`git rm`), as JSON. */
async function checkAfter(target?: string): Promise<Outcome> {
  await repo.git('checkout', '--quiet', '-B', 'pr', main);
  if (target === undefined) await repo.git('rm', '--quiet', CATALOG);
  else {
    await mkdir(dirname(join(repo.dir, target)), { recursive: true });
    await repo.git('mv', CATALOG, target);
  }
  await repo.commit(target === undefined ? 'delete the catalog' : `move the catalog to ${target}`);
  const run = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
  const report = JSON.parse(run.stdout);
  const items = Object.fromEntries(report.items.map((i: { id: string; status: string }) => [i.id, i.status]));
  const findings = report.items.flatMap((i: { findings: Array<{ ruleId: string; severity: string; file: string | null }> }) => i.findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}`));
  return { code: run.code, result: report.result, items, blastRadius: report.summary.blastRadius, findings };
}

describe('the pinned catalog moved away from its path', () => {
  let deleted: Outcome;
  beforeAll(async () => {
    deleted = await checkAfter();
  });

  it('deleting it re-validates the workflow that used it and fails', () => {
    expect(deleted.code).toBe(1);
    expect(deleted.result).toBe('fail');
    expect(deleted.blastRadius).toEqual(['workflows/hourly-log/workflow.json']);
    expect(deleted.items['definition-validates']).not.toBe('not-affected');
  });

  it.each(['.b3os/catalog.json.bak', '.b3os/old-catalog.json', '.b3os/Catalog.json', 'archive/catalog.json'])('renaming it to %s is the same as deleting it', async (target) => {
    const renamed = await checkAfter(target);
    expect(renamed).toEqual(deleted);
  });

  it('a rename the change set reports as a rename (git mv with a small edit) is still a removal', async () => {
    await repo.git('checkout', '--quiet', '-B', 'pr', main);
    await repo.git('mv', CATALOG, '.b3os/catalog.old.json');
    const path = join(repo.dir, '.b3os/catalog.old.json');
    await writeFile(path, (await readFile(path, 'utf8')).replace(/\n$/, '\n\n'));
    await repo.commit('move the catalog aside');
    const run = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.blastRadius).toEqual(['workflows/hourly-log/workflow.json']);
  });

  it('a rename between two configured catalog paths compares the two files: nothing changed, nothing re-validated', async () => {
    await repo.git('checkout', '--quiet', '-B', 'two-paths', main);
    await repo.write('.github/b3os-readiness.yml', 'version: 1\npaths:\n  catalog: [".b3os/catalog.json", ".b3os/pinned.json"]\n');
    await repo.commit('a second catalog path');
    await repo.git('checkout', '--quiet', '-B', 'pr', 'two-paths');
    await repo.git('mv', CATALOG, '.b3os/pinned.json');
    await repo.commit('move the catalog to the other path');
    const run = await cli(repo.dir, 'check', '--base', 'two-paths', '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(report.summary.blastRadius).toEqual([]);
    expect(report.configuration.findings).toEqual([]);
    expect(run.code).toBe(0);
  });
});
