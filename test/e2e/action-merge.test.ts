import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';
import { LOG_WORKFLOW, oracleSchema } from '../support/cli.js';

const SCHEMA = 'packages/sdk/actions/acme-gas-oracle/schema.ts';
const GAS = 'workflows/gas/workflow.json';
const HOURLY = 'workflows/hourly/workflow.json';
/** Calls the action without `chainId`, which `main` makes required after the branch was cut. */
const GAS_WORKFLOW = LOG_WORKFLOW.replace('"type": "log", "payload": { "message": "hi" }', '"type": "acme-gas-oracle", "payload": {}');

/** The bundled action checks a pull request as it will merge into the base branch's tip. */
describe('the bundled action checks what will merge', () => {
  let branchPoint: string;
  let head: string;
  let tip: string;
  let testMerge: string;
  const files: ActionRun['files'] = [{ filename: GAS, status: 'added' }];
  const fixture = useActionFixture(async (repo) => {
    await repo.write(HOURLY, LOG_WORKFLOW);
    await repo.write(SCHEMA, oracleSchema([]));
    branchPoint = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'pr');
    await repo.write(GAS, GAS_WORKFLOW);
    head = await repo.commit('a workflow without chainId');
    await repo.git('checkout', '--quiet', 'main');
    await repo.write(SCHEMA, oracleSchema(['chainId']));
    tip = await repo.commit('chainId is required');
    // What GitHub makes as refs/pull/2/merge and actions/checkout checks out by default.
    await repo.git('checkout', '--quiet', '--detach', tip);
    await repo.git('merge', '--quiet', '--no-ff', '-m', 'Merge pr into main', 'pr');
    testMerge = (await repo.git('rev-parse', 'HEAD')).trim();
  });
  const run = (name: string, over: Partial<ActionRun>) => runActionBundle({ ...fixture, base: tip, head, files, run: name, ...over });
  const report = async (outputs: Record<string, string>) => JSON.parse(await readFile(outputs['report-path'], 'utf8'));

  it('on the test merge commit, fails the workflow the base tip no longer accepts, and names the merge', async () => {
    const result = await run('test-merge', { env: { GITHUB_SHA: testMerge } });
    expect(result.code, result.stderr).toBe(1);
    const json = await report(result.outputs);
    const findings = json.items.find((i: { id: string }) => i.id === 'definition-validates').findings;
    expect(findings.map((f: Record<string, unknown>) => [f.ruleId, f.severity, f.file, f.line, f.column])).toEqual([['definition-validates/payload-schema', 'error', GAS, 7, 54]]);
    expect(json.summary.merge).toEqual({ status: 'merged', base: tip, baseLabel: 'master', checked: testMerge });
    const named = `checked merged into \`master\` at \`${tip.slice(0, 7)}\` as \`${testMerge.slice(0, 7)}\``;
    expect(result.summary).toContain(named);
    expect(fixture.api.state.commentsOf(2).at(-1)?.body).toContain(named);
  }, 60_000);

  it('without the test merge commit, merges the head into the base tip itself', async () => {
    const result = await run('local-merge', {});
    expect(result.code, result.stderr).toBe(1);
    const json = await report(result.outputs);
    expect(json.items.find((i: { id: string }) => i.id === 'definition-validates').findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['definition-validates/payload-schema']);
    expect(json.summary).toMatchObject({ base: tip, merge: { status: 'merged', base: tip, checked: expect.stringMatching(/^[0-9a-f]{40}$/) } });
    expect(json.summary.merge.checked).not.toBe(head);
  }, 60_000);

  it('when head and base conflict, says so, names the base, and checks the head as branched', async () => {
    const repo = fixture.repo;
    await repo.git('checkout', '--quiet', '-b', 'conflict', head);
    await repo.write(HOURLY, LOG_WORKFLOW.replace('"hi"', '"from the branch"'));
    const conflicting = await repo.commit('edit hourly on the branch');
    await repo.git('checkout', '--quiet', 'main');
    await repo.write(HOURLY, LOG_WORKFLOW.replace('"hi"', '"from main"'));
    const conflictTip = await repo.commit('edit hourly on main');
    await repo.git('checkout', '--quiet', 'conflict');
    const result = await run('conflict', { base: conflictTip, head: conflicting, files: [...files, { filename: HOURLY, status: 'modified' }] });
    const json = await report(result.outputs);
    expect(json.summary.merge).toEqual({ status: 'conflict', base: conflictTip, baseLabel: 'master', reason: `they conflict in \`${HOURLY}\`` });
    expect(json.summary.base).toBe(branchPoint);
    expect(json.notices[0]).toMatch(new RegExp(`^the head does not merge cleanly into \`master\` at \`${conflictTip.slice(0, 7)}\` \\(they conflict in \`workflows/hourly/workflow\\.json\`\\), so it was checked as branched`));
    expect(result.summary).toContain(`checked as branched: it does not merge cleanly into \`master\` at \`${conflictTip.slice(0, 7)}\``);
    expect(fixture.api.state.commentsOf(2).at(-1)?.body).toContain('so it was checked as branched');
    expect(fixture.api.problems).toEqual([]);
  }, 60_000);
});
