import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, LOG_WORKFLOW } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const WF = 'workflows/hourly/workflow.json';
// A waiver on the base for one node (`root`); the finding the change makes is in another node (`say`).
const CONFIG = `version: 1
waivers:
  - rule: definition-validates/missing-node-reference
    nodes: ["${WF}#root"]
    reason: the root's children are rewired next sprint
    approver: "@lee"
    expires: 2026-12-31
`;
const broken = LOG_WORKFLOW.replace('"payload": { "message": "hi" } }', '"payload": { "message": "hi" }, "children": ["gone"] }');

describe('check --base: a waiver for one node covers that node only', () => {
  let repo: FixtureRepo;
  let main: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write(WF, LOG_WORKFLOW);
    await repo.write('.github/b3os-readiness.yml', CONFIG);
    main = await repo.commit('main');
  });
  afterAll(() => repo.cleanup());

  it.each([
    ['written over several lines', broken],
    ['written on one line (every node on line 1)', JSON.stringify(JSON.parse(broken))],
  ])('the finding in another node stays failing, %s', async (_name, text) => {
    await repo.git('checkout', '--quiet', '-B', 'pr', main);
    await repo.write(WF, text);
    await repo.commit('break');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--head', 'pr', '--format', 'json');
    const report = JSON.parse(stdout);
    const item = report.items.find((i: { id: string }) => i.id === 'definition-validates');
    const finding = item.findings.find((f: { ruleId: string }) => f.ruleId === 'definition-validates/missing-node-reference');
    expect(finding.waiver).toBeUndefined();
    expect(item.status).toBe('fail');
    expect(code).toBe(1);
  });
});
