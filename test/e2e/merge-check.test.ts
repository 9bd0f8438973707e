import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(report.notices[0]).toMatch(/^the head does not merge into `main` at `[0-9a-f]{7}` \(they conflict in `workflows\/hourly\/workflow\.json`\), so it was checked as branched/);
    // As branched, the stricter schema on main is not what the head is compared with.
    expect(report.items.find((i: { id: string }) => i.id === 'definition-validates').status).toBe('pass');
    const text = await cli(repo.dir, 'check', '--base', 'main', '--head', 'conflict');
    expect(text.stdout).toMatch(/checked as branched: it does not merge into `main` at `[0-9a-f]{7}` \(they conflict in `workflows\/hourly\/workflow\.json`\)/);
  });
});
