import { beforeEach, describe, expect, it } from 'vitest';
import { workflowWithFindings } from '../support/many-findings.js';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';

const PING = JSON.stringify({ type: 'acme-ping', name: 'Ping', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }, null, 2);
const PING_DOCS =
  '---\ntitle: Ping\ntype: acme-ping\n---\n\n# Ping\n\n## At a Glance\n\nNo connector, no gas.\n\n## Payload Schema\n\nNo fields.\n\n## Result Schema\n\nNo fields.\n\n' +
  '## Examples\n\n```json\n{ "type": "acme-ping", "payload": {} }\n```\n\n### Example output\n\n```json\n{}\n```\n';
const PING_FILES: ActionRun['files'] = [
  { filename: 'actions/acme-ping/action.json', status: 'added' },
  { filename: 'docs/actions/reference/generated/acme-ping.md', status: 'added' },
];
const MANY = [{ filename: 'workflows/many/workflow.json', status: 'added' as const }];

describe('the B3OS readiness check run, written by the bundled action', () => {
  let base: string;
  let many120: string;
  let many600: string;
  let passing: string;
  const fixture = useActionFixture(async (repo) => {
    await repo.write('README.md', '# ops\n');
    base = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'many');
    await repo.write('workflows/many/workflow.json', workflowWithFindings(119));
    many120 = await repo.commit('120 findings');
    await repo.write('workflows/many/workflow.json', workflowWithFindings(600));
    many600 = await repo.commit('601 findings');
    await repo.git('checkout', '--quiet', '-b', 'ping', base);
    await repo.write('actions/acme-ping/action.json', PING);
    await repo.write('docs/actions/reference/generated/acme-ping.md', PING_DOCS);
    passing = await repo.commit('documented action');
  });
  const run = (head: string, files: ActionRun['files'], name: string, env: Record<string, string> = {}) =>
    runActionBundle({ ...fixture, base, head, files, run: name, env });

  beforeEach(() => {
    fixture.api.calls.length = 0;
    fixture.api.state.checkRuns.length = 0;
    fixture.api.state.checksWritable = true;
  });

  it('120 findings: a failing check run on the head, annotations in 3 requests of 50, 50 and 20', async () => {
    const result = await run(many120, MANY, '120', { GITHUB_RUN_ATTEMPT: '2' });

    expect(result.code, result.stdout + result.stderr).toBe(1);
    const [checkRun] = fixture.api.state.checkRuns;
    expect(fixture.api.state.checkRuns).toHaveLength(1);
    expect(checkRun).toMatchObject({ name: 'B3OS readiness', headSha: many120, status: 'completed', conclusion: 'failure', externalId: '42' });
    expect(checkRun.detailsUrl).toBe('https://github.com/Codertocat/Hello-World/actions/runs/42');
    expect(checkRun.output.title).toBe(`❌ 2 of 11 items block · ${many120.slice(0, 7)}, run 42 attempt 2`);
    expect(checkRun.output.summary).toMatch(/^## B3OS production readiness: ❌ 2 of 11 items block this PR/);
    expect(checkRun.output.summary).toContain('| ❌ | **Definition validates** |');
    expect(checkRun.output.summary).not.toContain('Shortened');
    const requests = [...fixture.api.callsTo('checks/create'), ...fixture.api.callsTo('checks/update')];
    expect(requests.map((call) => (call.body as { output: { annotations: unknown[] } }).output.annotations.length)).toEqual([50, 50, 20]);
    expect(fixture.api.callsTo('checks/update').every((call) => call.path.endsWith(`/check-runs/${checkRun.id}`))).toBe(true);
    expect(checkRun.annotations).toHaveLength(120);
    expect(checkRun.annotations[0]).toMatchObject({ path: 'workflows/many/workflow.json', annotation_level: 'failure', title: expect.stringMatching(/^(definition-validates|failure-paths-observable)\//) });
    expect(result.stdout).toContain('check run "B3OS readiness": failure, 3 requests (120 annotations)');
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);

  it('a passing change: one request, conclusion success, no annotations', async () => {
    const result = await run(passing, PING_FILES, 'pass');

    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(fixture.api.state.checkRuns).toMatchObject([{ headSha: passing, conclusion: 'success', annotations: [], output: { title: `✅ ready · ${passing.slice(0, 7)}, run 42` } }]);
    expect(fixture.api.callsTo('checks/update')).toHaveLength(0);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);

  it('601 findings: the summary stays within 65,535 characters with exact counts; 500 annotations in 10 requests', async () => {
    const result = await run(many600, MANY, '600');

    expect(result.code).toBe(1);
    const [checkRun] = fixture.api.state.checkRuns;
    const summary = checkRun.output.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary.length).toBeGreaterThan(60_000);
    const shown = Number(/^> ✂️ Shortened to fit GitHub's 65,535-character limit: (\d+) of 601 findings listed here/m.exec(summary)?.[1]);
    expect(shown).toBeGreaterThan(100);
    expect(summary).toContain(`…and ${600 - shown} more findings`);
    expect(summary).toContain('> 500 of 601 located findings are annotated (most severe first).');
    expect(checkRun.annotations).toHaveLength(500);
    expect(fixture.api.callsTo('checks/create')).toHaveLength(1);
    expect(fixture.api.callsTo('checks/update')).toHaveLength(9);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);

  it('without checks: write (403) the job status alone carries the gate, and the summary says so once', async () => {
    fixture.api.state.checksWritable = false;
    const result = await run(many120, MANY, '403');

    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(fixture.api.callsTo('checks/create').map((call) => call.status)).toEqual([403]);
    expect(fixture.api.callsTo('checks/update')).toHaveLength(0);
    expect(result.summary.match(/No `B3OS readiness` check run: the token lacks `checks: write`/g)).toHaveLength(1);
    expect(result.stdout).not.toMatch(/::warning::could not write the check run/);
    expect(result.stdout).not.toMatch(/::error::.*check run/);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);

  it('check-run: false writes none', async () => {
    const result = await run(passing, PING_FILES, 'off', { 'INPUT_CHECK-RUN': 'false' });

    expect(result.code).toBe(0);
    expect(fixture.api.callsTo('checks/create')).toHaveLength(0);
  }, 120_000);

  it('a run that cannot check at all writes a failing check run, so no earlier ✅ stands for the commit', async () => {
    const result = await run(passing, [], 'broken', { INPUT_CONFIG: '.github/missing.yml' });

    expect(result.code).toBe(1);
    expect(fixture.api.state.checkRuns).toMatchObject([{ headSha: passing, conclusion: 'failure', output: { title: `⚠️ could not run · ${passing.slice(0, 7)}, run 42` } }]);
    expect(fixture.api.state.checkRuns[0].output.summary).toContain('could not run');
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);
});
