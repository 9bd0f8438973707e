import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode, sharedBundle } from '../support/bundle.js';
import { cli, LOG_WORKFLOW, oracleSchema } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

/** A workflow that calls the action without `chainId`: valid as branched, invalid once merged. */
const ORACLE_WORKFLOW = LOG_WORKFLOW.replace('"type": "log", "payload": { "message": "hi" }', '"type": "acme-gas-oracle", "payload": {}');

/** What blocks for reasons other than the merge: a new workflow without a failure alert. */
const OTHER_BLOCKING = ['failure-paths-observable'];
const blocking = (report: { items: Array<{ id: string; status: string }> }) => report.items.filter((i) => i.status === 'fail' || i.status === 'incomplete').map((i) => i.id);

const SCHEMA = 'packages/sdk/actions/acme-gas-oracle/schema.ts';

describe('check --base checks what will merge', () => {
  let repo: FixtureRepo;
  let tip: string;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW);
    await repo.write(SCHEMA, oracleSchema([]));
    await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'pr');
    await repo.write('workflows/gas/workflow.json', ORACLE_WORKFLOW);
    await repo.commit('add a workflow that calls acme-gas-oracle without chainId');
    await repo.git('checkout', '--quiet', 'main');
    await repo.write(SCHEMA, oracleSchema(['chainId']));
    tip = await repo.commit('chainId is required');
    await repo.git('checkout', '--quiet', 'pr');
  });
  afterAll(() => repo.cleanup());

  it('fails the workflow on the merge, naming the merged tree and the base tip', async () => {
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--head', 'pr', '--format', 'json');
    const report = JSON.parse(stdout);
    const findings = report.items.find((i: { id: string }) => i.id === 'definition-validates').findings;
    expect(findings.map((f: Record<string, unknown>) => [f.ruleId, f.severity, f.file, f.line, f.column])).toEqual([['definition-validates/payload-schema', 'error', 'workflows/gas/workflow.json', 7, 54]]);
    expect(code).toBe(1);
    const merged = (await repo.git('merge-tree', '--write-tree', 'main', 'pr')).trim();
    expect(report.summary).toMatchObject({ base: tip, merge: { status: 'merged', base: tip, baseLabel: 'main', checked: merged } });
  });

  it('names the check in text and SARIF, and fails from the working tree too', async () => {
    const text = await cli(repo.dir, 'check', '--base', 'main');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Checked change from `[0-9a-f]{7}` to the working tree · 1 file changed · checked merged into `main` at `[0-9a-f]{7}` as `[0-9a-f]{7}`/);
    expect(text.stdout).toContain('workflows/gas/workflow.json:7:54:');
    const sarif = JSON.parse((await cli(repo.dir, 'check', '--base', 'main', '--format', 'sarif')).stdout);
    expect(sarif.runs[0].properties.merge).toMatchObject({ status: 'merged', base: tip, baseLabel: 'main' });
  });

  it('lays edits not yet committed over the merge', async () => {
    await repo.write('workflows/gas/workflow.json', ORACLE_WORKFLOW.replace('"acme-gas-oracle", "payload": {}', '"acme-gas-oracle", "payload": { "chainId": 8453 }'));
    try {
      const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
      expect(JSON.parse(stdout).items.find((i: { id: string }) => i.id === 'definition-validates').findings).toEqual([]);
      expect(blocking(JSON.parse(stdout))).toEqual(OTHER_BLOCKING);
      expect(code).toBe(1);
    } finally {
      await repo.git('checkout', '--', 'workflows/gas/workflow.json');
    }
  });

  it('--no-merge checks the head as branched, and says so', async () => {
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--head', 'pr', '--no-merge', '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.items.find((i: { id: string }) => i.id === 'definition-validates').status).toBe('pass');
    expect(report.summary.merge).toEqual({ status: 'off', base: tip, baseLabel: 'main' });
    expect(blocking(report)).toEqual(OTHER_BLOCKING);
    expect(code).toBe(1);
    expect((await cli(repo.dir, 'check', '--all', '--no-merge')).code).toBe(2);
  });

  it('a conflict is said, and the head is checked as branched against the merge base', async () => {
    await repo.git('checkout', '--quiet', '-b', 'conflict', 'pr');
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW.replace('"hi"', '"from the branch"'));
    await repo.commit('edit hourly on the branch');
    await repo.git('checkout', '--quiet', 'main');
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW.replace('"hi"', '"from main"'));
    const conflictTip = await repo.commit('edit hourly on main');
    await repo.git('checkout', '--quiet', 'conflict');
    const { stdout } = await cli(repo.dir, 'check', '--base', 'main', '--head', 'conflict', '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.summary.merge).toEqual({ status: 'conflict', base: conflictTip, baseLabel: 'main', reason: 'they conflict in `workflows/hourly/workflow.json`' });
    expect(report.notices[0]).toMatch(/^the head does not merge cleanly into `main` at `[0-9a-f]{7}` \(they conflict in `workflows\/hourly\/workflow\.json`\), so it was checked as branched/);
    // As branched, the stricter schema on main is not what the head is compared with.
    expect(report.items.find((i: { id: string }) => i.id === 'definition-validates').status).toBe('pass');
    const text = await cli(repo.dir, 'check', '--base', 'main', '--head', 'conflict');
    expect(text.stdout).toMatch(/checked as branched: it does not merge cleanly into `main` at `[0-9a-f]{7}` \(they conflict in `workflows\/hourly\/workflow\.json`\)/);
  });
});

describe('check --base with a git that cannot merge in memory', () => {
  let repo: FixtureRepo;
  let bundle: string;
  let oldGit: string;
  beforeAll(async () => {
    [repo, bundle, oldGit] = await Promise.all([createRepo(), sharedBundle(), mkdtemp(join(tmpdir(), 'b3os-old-git-'))]);
    // A git before 2.38 knows only the trivial merge-tree and prints its usage for --write-tree.
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const script = `#!/bin/sh\nfor a in "$@"; do [ "$a" = merge-tree ] && { echo 'usage: git merge-tree <base-tree> <branch1> <branch2>' >&2; exit 129; }; done\nexec ${realGit} "$@"\n`;
    await writeFile(join(oldGit, 'git'), script);
    await chmod(join(oldGit, 'git'), 0o755);
    await repo.write(SCHEMA, oracleSchema([]));
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW);
    await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'pr');
    await repo.write('workflows/gas/workflow.json', ORACLE_WORKFLOW);
    await repo.commit('add');
  }, 60_000);
  afterAll(() => Promise.all([repo.cleanup(), rm(oldGit, { recursive: true, force: true })]));

  it('checks the head as branched and says why, in the bundled CLI', async () => {
    const env = { PATH: `${oldGit}:${process.env.PATH}`, HOME: process.env.HOME };
    const { code, stdout, stderr } = await runNode(join(bundle, 'cli.js'), ['check', '--base', 'main', '--head', 'pr', '--format', 'json'], env, repo.dir);
    expect([code, stderr]).toEqual([1, '']);
    const report = JSON.parse(stdout);
    expect(report.summary.merge).toMatchObject({ status: 'unavailable', baseLabel: 'main', reason: 'this git has no `merge-tree --write-tree` (git 2.38 or later)' });
    expect(report.notices[0]).toMatch(/^the head could not be merged into `main` at `[0-9a-f]{7}` \(this git has no `merge-tree --write-tree` \(git 2\.38 or later\)\), so it was checked as branched/);
  }, 60_000);
});

describe('check --base with edits not yet committed merges them, keeping the base tip\'s own changes', () => {
  let repo: FixtureRepo;
  const GAS = 'workflows/gas/workflow.json';
  const withChainId = ORACLE_WORKFLOW.replace('"acme-gas-oracle", "payload": {}', '"acme-gas-oracle", "payload": { "chainId": 8453 }');
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write(SCHEMA, oracleSchema([]));
    await repo.write(GAS, ORACLE_WORKFLOW);
    await repo.commit('branch point');
    await repo.git('checkout', '--quiet', '-b', 'edit');
    await repo.git('checkout', '--quiet', 'main');
    // The tip makes chainId required and sets it in the workflow the branch edits elsewhere.
    await repo.write(SCHEMA, oracleSchema(['chainId']));
    await repo.write(GAS, withChainId);
    await repo.commit('chainId is required, and set');
    await repo.git('checkout', '--quiet', 'edit');
  });
  afterAll(() => repo.cleanup());

  it('an edit to another line of the same file: the tip\'s line is kept, the definition validates', async () => {
    await repo.write(GAS, ORACLE_WORKFLOW.replace('"Logs on a schedule."', '"Reads the gas price."'));
    try {
      const { stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
      const report = JSON.parse(stdout);
      expect(report.summary.merge.status).toBe('merged');
      expect(report.items.find((i: { id: string }) => i.id === 'definition-validates').findings).toEqual([]);
    } finally {
      await repo.git('checkout', '--', GAS);
    }
  });

  it('an edit to the same line: a conflict, said, and the working tree checked as branched', async () => {
    await repo.write(GAS, ORACLE_WORKFLOW.replace('"acme-gas-oracle", "payload": {}', '"acme-gas-oracle", "payload": { "chainId": "base" }'));
    try {
      const { stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
      const report = JSON.parse(stdout);
      expect(report.summary.merge).toMatchObject({ status: 'conflict' });
      const findings = report.items.find((i: { id: string }) => i.id === 'definition-validates').findings;
      expect(findings.map((f: Record<string, unknown>) => [f.ruleId, f.file, f.line])).toEqual([['definition-validates/payload-schema', GAS, 7]]);
    } finally {
      await repo.git('checkout', '--', GAS);
    }
  });

  it('leaves the index, the working tree and the refs as they were', async () => {
    await repo.write(GAS, ORACLE_WORKFLOW.replace('"Logs on a schedule."', '"Reads the gas price."'));
    await repo.write('workflows/new/workflow.json', LOG_WORKFLOW);
    try {
      const before = [await repo.git('status', '--porcelain'), await repo.git('show-ref'), await repo.git('stash', 'list')];
      await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
      expect([await repo.git('status', '--porcelain'), await repo.git('show-ref'), await repo.git('stash', 'list')]).toEqual(before);
    } finally {
      await repo.git('checkout', '--', GAS);
      await rm(join(repo.dir, 'workflows/new'), { recursive: true, force: true });
    }
  });
});
