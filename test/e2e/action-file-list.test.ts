import { describe, expect, it } from 'vitest';
import { PING_ACTION, PING_PAGE } from '../support/action-fixtures.js';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';

const WORKFLOW = (children: string[]) => JSON.stringify({ name: 'Log', description: 'Logs.', definition: { nodes: { root: { type: 'manual', payload: {}, children: ['say'] }, say: { type: 'log', payload: { message: 'hi' }, children } } } }, null, 2);
const DOCUMENTED: ActionRun['files'] = [
  { filename: 'actions/acme-ping/action.json', status: 'added' },
  { filename: 'docs/actions/reference/generated/acme-ping.md', status: 'added' },
];

/** The API's file list and the git history are two witnesses: neither is trusted alone. */
describe('the bundled action cross-checks the pull request\'s files', () => {
  let base: string;
  let head: string;
  const fixture = useActionFixture(async (repo) => {
    await repo.write('workflows/log/workflow.json', WORKFLOW([]));
    base = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.write('actions/acme-ping/action.json', PING_ACTION);
    await repo.write('docs/actions/reference/generated/acme-ping.md', PING_PAGE);
    await repo.write('workflows/log/workflow.json', WORKFLOW(['gone']));
    head = await repo.commit('add acme-ping, break the workflow');
  });
  const run = (name: string, files: ActionRun['files']) => runActionBundle({ ...fixture, base, head, files, run: name });

  it('checks a changed file the API leaves out, with a notice naming the disagreement', async () => {
    const result = await run('short-list', DOCUMENTED);
    expect(result.code, result.stdout).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(result.stdout).toContain('::notice::the GitHub API and the git history disagree on the changed files: 1 found only in the git history (`workflows/log/workflow.json`); every file either names is checked');
    expect(fixture.api.problems).toEqual([]);
  }, 60_000);

  it('passes nothing when the API lists a path neither tree holds (a name that arrived with U+FFFD): the change is incomplete', async () => {
    const all: ActionRun['files'] = [...DOCUMENTED, { filename: 'workflows/log/workflow.json', status: 'modified' }, { filename: 'docs/caf\uFFFD.md', status: 'added' }];
    const result = await run('replacement-character', all);
    expect(result.code, result.stdout).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.outputs['failed-items']?.split(',')).toHaveLength(11);
    expect(result.summary).toMatch(/\| ⚠️ \| \*\*Docs are updated\*\* \| the GitHub API lists a file that neither the head nor the base commit holds \\\(`docs\/caf\uFFFD\.md`\\\): a name that is not valid UTF-8 arrives from the API with U\+FFFD/);
    expect(result.stdout).toContain('1 listed only by the GitHub API (`docs/caf\uFFFD.md`)');
    expect(fixture.api.problems).toEqual([]);
  }, 60_000);

  it('agrees silently when both lists match', async () => {
    const result = await run('same', [...DOCUMENTED, { filename: 'workflows/log/workflow.json', status: 'modified' }]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('disagree');
  }, 60_000);
});
