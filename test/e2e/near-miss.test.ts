import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, LOG_WORKFLOW } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

/** Each path a pull request could hide a workflow or an SDK action at; none may pass silently. */
const VARIANTS = [
  'Workflows/payout/workflow.json',
  'workflows/payout/workflow.JSON',
  'workflows/payout/workflow.jsonc',
  'workflows/payout/workflow.json.',
  'workflows/payout/workflow.json ',
  'workflows/payout/w\u043erkflow.json',
  'workflows/payout/v2/workflow.json',
  'packages/b3os-sdk/actions/sweep/schema.ts',
  'workflows/payout/b/c/workflow.json',
  'workflows/payout/w\u0585rkflow.json',
  'workflows/payout/work\u034fflow.json',
  'workflows/payout/workflow\ufe0f.json',
  'workflows/payout/work\u3164flow.json',
  'workflows/payout/w\u1d0frkflow.json',
  'workflows/payout/workflow\u{e0041}.json',
  'workflows/payout/ workflow.json',
  'workflows/payout/workflow.json\u2028',
  'workflows/payout\u2215workflow.json',
  'workflows/payout\uff0fworkflow.json',
  'workflows/payout/workflow.json/x.json',
];

describe('check --base: a file that nearly matches a configured path is never silent', () => {
  let repo: FixtureRepo;
  let main: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW);
    main = await repo.commit('main');
  });
  afterAll(() => repo.cleanup());

  it.each(VARIANTS.map((path) => [JSON.stringify(path), path]))('%s is a warning at the file', async (_label, path) => {
    await repo.git('checkout', '--quiet', '-B', 'pr', main);
    await repo.write(path, path.endsWith('.ts') ? 'export const payloadSchema = { type: "object" } as const;\n' : LOG_WORKFLOW.replace('"hi"', '"{{nodes.nope.result}}"'));
    await repo.commit('add');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--head', 'pr', '--format', 'json');
    const report = JSON.parse(stdout);
    const findings = report.configuration.findings.map((f: Record<string, unknown>) => [f.ruleId, f.severity, f.file, f.line, f.column]);
    expect(findings).toEqual([['configuration/near-miss', 'warning', path, 1, 1]]);
    expect(code).toBe(0);
    const text = await cli(repo.dir, 'check', '--base', 'main', '--head', 'pr');
    // The text output shows a line or paragraph separator as a space, never as a line break.
    expect(text.stdout).toContain(`${path.replace(/[\u2028\u2029]/g, ' ')}:1:1: warning: \``);
    expect(text.stdout).toContain('[configuration/near-miss]');
  });

  it('a workflow whose slug holds a zero-width joiner is checked, and warned about', async () => {
    const path = 'workflows/payout\u200d/workflow.json';
    await repo.git('checkout', '--quiet', '-B', 'pr', main);
    await repo.write(path, LOG_WORKFLOW);
    await repo.commit('add');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--head', 'pr', '--format', 'json');
    const report = JSON.parse(stdout);
    const findings = report.configuration.findings.map((f: Record<string, unknown>) => [f.ruleId, f.severity, f.file, f.line, f.column, f.message]);
    expect(findings).toEqual([['configuration/near-miss', 'warning', path, 1, 1, `\`${path}\` is checked as a workflow definition (\`paths.workflows\`), but it has an invisible character (U+200D): a reader cannot tell its path from \`workflows/payout/workflow.json\``]]);
    // Checked as the workflow it is: it validates, and it has no readiness manifest yet.
    expect(report.items.find((i: Record<string, unknown>) => i.id === 'definition-validates').status).toBe('pass');
    expect(report.items.find((i: Record<string, unknown>) => i.id === 'failure-paths-observable').findings.map((f: Record<string, unknown>) => f.file)).toContain(path);
    expect(code).toBe(1);
  });

  it('two definitions of one workflow fail the change', async () => {
    await repo.git('checkout', '--quiet', '-B', 'pr', main);
    await repo.write('workflows/hourly/workflow.yaml', 'name: Hourly log\ndescription: x\ndefinition:\n  nodes: {}\n');
    await repo.commit('a second definition');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--head', 'pr', '--format', 'json');
    const findings = JSON.parse(stdout).configuration.findings.map((f: Record<string, unknown>) => [f.ruleId, f.severity, f.file, f.line, f.column]);
    expect(findings).toEqual([['configuration/duplicate-definition', 'error', 'workflows/hourly/workflow.yaml', 1, 1]]);
    expect(code).toBe(1);
  });

  it('a repository whose only workflow nearly matches is refused, naming the near miss', async () => {
    const only = await createRepo();
    try {
      await only.write('Workflows/payout/workflow.json', LOG_WORKFLOW);
      await only.commit('main');
      const { code, stderr } = await cli(only.dir, 'check', '--all');
      expect(code).toBe(2);
      expect(stderr).toMatch(/^b3os-readiness: nothing to check: .*; but `Workflows\/payout\/workflow\.json` looks like a workflow definition .* it nearly matches `workflows\/\{slug\}\/workflow\.json` \(`paths\.workflows`\), but the letter case differs\n$/);
    } finally {
      await only.cleanup();
    }
  });
});
