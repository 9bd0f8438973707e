import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';
import { ACTIONS_BOT, type Identity } from '../support/github-api-server.js';

const WORKFLOWS = 10;
const NODES = 1_000;
const SMALL: ActionRun['files'][number] = { filename: 'workflows/small/workflow.json', status: 'added' };
const PERSON: Identity = { login: 'octocat', id: 583231, type: 'User', userEndpoint: 'ok' };

/** A workflow of `NODES` log nodes, each naming a child that does not exist: `NODES` findings. */
function brokenWorkflow(): string {
  const nodes: Record<string, unknown> = { root: { type: 'manual', payload: {}, children: Array.from({ length: NODES }, (_, i) => `n${i}`) } };
  for (let i = 0; i < NODES; i += 1) nodes[`n${i}`] = { type: 'log', payload: { message: 'hi' }, children: [`gone${i}`] };
  return JSON.stringify({ name: 'Big', description: 'Many broken references.', definition: { nodes } });
}

/** Every output stays within GitHub's limits, and every count it shows is exact. */
describe('the bundled action within GitHub\'s budgets', () => {
  let base: string;
  let head: string;
  let smallHead: string;
  const files: ActionRun['files'] = Array.from({ length: WORKFLOWS }, (_, w) => ({ filename: `workflows/big-${w}/workflow.json`, status: 'added' }));
  const fixture = useActionFixture(async (repo) => {
    await repo.write('README.md', '# flows\n');
    base = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'big');
    const text = brokenWorkflow();
    for (const file of files) await repo.write(file.filename, text);
    head = await repo.commit('ten workflows with a thousand broken references each');
    // The comment listing does not depend on the findings: a one-file change keeps those runs short.
    await repo.git('checkout', '--quiet', '-b', 'small', base);
    await repo.write(SMALL.filename, JSON.stringify({ name: 'Small', description: 'One log node.', definition: { nodes: { root: { type: 'manual', payload: {}, children: ['say'] }, say: { type: 'log', payload: { message: 'hi' } } } } }));
    smallHead = await repo.commit('one small workflow');
  });

  it('with 10,000 findings: at most 10 annotations per level, a summary under 1 MiB, a comment under 60,000 characters, exact counts', async () => {
    const result = await runActionBundle({ ...fixture, base, head, files, run: 'many' });
    expect(result.code).toBe(1);
    const perLevel = (level: string) => result.stdout.split('\n').filter((line) => line.startsWith(`::${level}`)).length;
    expect([perLevel('error'), perLevel('warning'), perLevel('notice')].every((n) => n <= 10)).toBe(true);
    const errorsAnnotated = result.stdout.split('\n').filter((line) => line.startsWith('::error title=')).length;
    // 10,000 missing references and 10 missing manifests.
    expect(result.stdout).toContain(`::notice::${10_010 - errorsAnnotated} more findings are not annotated (${10_010 - errorsAnnotated} errors, 0 warnings, 0 notices; GitHub shows at most 10 annotations per level); see the job summary`);
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024);
    const [comment] = fixture.api.state.commentsOf(2);
    expect(comment.body.length).toBeLessThanOrEqual(60_000);
    for (const text of [result.summary, comment.body]) {
      expect(text).toContain('| ❌ | **Definition validates** | 10000 errors in 10 files |');
      const details = text.slice(text.indexOf('<summary>❌ Definition validates: 10000 errors</summary>'));
      const section = details.slice(0, details.indexOf('</details>'));
      const listed = section.split('\n').filter((line) => line.startsWith('- [`workflows/')).length;
      const more = Number(/- …and (\d+) more findings in the \[?full report/.exec(section)?.[1] ?? 0);
      expect(listed + more, section.slice(-3000)).toBe(10_000);
    }
    expect(fixture.api.problems).toEqual([]);
  }, 180_000);

  it('finds its comment among 250 others, past the first pages of the listing', async () => {
    for (const comment of fixture.api.state.commentsOf(2)) fixture.api.state.deleteComment(comment.id);
    for (let i = 0; i < 250; i += 1) fixture.api.state.addComment(2, `comment ${i}`, PERSON);
    const small = { ...fixture, base, head: smallHead, files: [SMALL] };
    await runActionBundle({ ...small, run: 'busy-1' });
    fixture.api.calls.length = 0;
    await runActionBundle({ ...small, run: 'busy-2' });
    const ours = fixture.api.state.commentsOf(2).filter((c) => c.author.login === ACTIONS_BOT.login);
    expect(ours).toHaveLength(1);
    expect(ours[0].body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(fixture.api.callsTo('issues/list-comments').map((call) => call.query.page ?? '1')).toEqual(expect.arrayContaining(['1', '2', '3']));
    expect(fixture.api.callsTo('issues/create-comment')).toHaveLength(0);
    expect(fixture.api.problems).toEqual([]);
  }, 180_000);
});
