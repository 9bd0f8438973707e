import { beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';
import { PING_ACTION, PING_PAGE } from '../support/action-fixtures.js';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';
import { ACTIONS_BOT, passes, secondaryRateLimit, type Fault, type Identity } from '../support/github-api-server.js';

const WORKFLOW = (children: string) => JSON.stringify({ name: 'Log', description: 'Logs.', definition: { nodes: { root: { type: 'manual', payload: {}, children: ['say'] }, say: { type: 'log', payload: { message: 'hi' }, children: JSON.parse(children) } } } }, null, 2);
const PASSING: ActionRun['files'] = [
  { filename: 'actions/acme-ping/action.json', status: 'added' },
  { filename: 'docs/actions/reference/generated/acme-ping.md', status: 'added' },
];
const FAILING: ActionRun['files'] = [...PASSING, { filename: 'workflows/log/workflow.json', status: 'modified' }];
const OTHER_BOT: Identity = { login: 'other-ci[bot]', id: 90002, type: 'Bot', userEndpoint: 'forbidden' };

/** Every fault on the way to the comment ends with the right verdict and never a stale ✅. */
describe('the bundled action under GitHub faults', () => {
  let base: string;
  let passing: string;
  let failing: string;
  const fixture = useActionFixture(async (repo) => {
    await repo.write('workflows/log/workflow.json', WORKFLOW('[]'));
    base = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.write('actions/acme-ping/action.json', PING_ACTION);
    await repo.write('docs/actions/reference/generated/acme-ping.md', PING_PAGE);
    passing = await repo.commit('add acme-ping with its page');
    await repo.write('workflows/log/workflow.json', WORKFLOW('["gone"]'));
    failing = await repo.commit('break the workflow');
  });
  const run = (name: string, over: Partial<ActionRun>) => runActionBundle({ ...fixture, base, head: passing, files: PASSING, run: name, ...over });
  const ours = () => fixture.api.state.commentsOf(2).filter((c) => c.author.login === ACTIONS_BOT.login);
  const onlyComment = () => {
    expect(ours()).toHaveLength(1);
    return ours()[0].body;
  };

  const verdicts = new Map<string, string>();
  /**
   * Leaves the comment a run writes on a pull request without one: the first time by running the
   * Action (which must exit with `code`), afterwards by restoring the very comment that run wrote.
   */
  async function verdictLeftBy(name: string, over: Partial<ActionRun>, code: number): Promise<string> {
    const body = verdicts.get(name);
    if (body !== undefined) fixture.api.state.addComment(2, body, ACTIONS_BOT);
    else {
      const result = await run(name, over);
      expect(result.code, result.stdout).toBe(code);
      verdicts.set(name, onlyComment());
    }
    return onlyComment();
  }
  const passingVerdict = () => verdictLeftBy('ok-first', {}, 0);

  beforeEach(() => {
    for (const comment of fixture.api.state.commentsOf(2)) fixture.api.state.deleteComment(comment.id);
    fixture.api.state.identities.clear();
    fixture.api.calls.length = 0;
  });

  /** The current head fails and says so; then an older, passing head is re-run late. */
  async function lateRerunOfPassingHead(name: string, faults: Partial<Record<'pulls/get' | 'pulls/list-files', Fault[]>>) {
    const verdict = await verdictLeftBy('current', { head: failing, files: FAILING }, 1);
    expect(verdict).toMatch(/❌ \d+ of 11 items block this PR/);
    for (const [operation, queue] of Object.entries(faults)) fixture.api.inject(operation as 'pulls/get', ...queue);
    const late = await run(`${name}-late`, { apiHead: failing });
    return { late, verdict };
  }

  it('a late re-run of an older head while GET pulls answers 502 four times writes nothing over the newer verdict', async () => {
    const { late, verdict } = await lateRerunOfPassingHead('502', { 'pulls/get': [502, 502, 502, 502] });
    expect(late.outputs.result).toBe('pass');
    expect(onlyComment()).toBe(verdict);
    expect(fixture.api.callsTo('issues/update-comment')).toHaveLength(0);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it('a late re-run that can never confirm its head (no pull-requests: read) writes nothing and says why in the summary', async () => {
    const forbidden = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };
    const { late, verdict } = await lateRerunOfPassingHead('403', { 'pulls/get': [forbidden, forbidden, forbidden], 'pulls/list-files': [forbidden] });
    expect(late.code, late.stdout).toBe(0);
    expect(onlyComment()).toBe(verdict);
    expect(onlyComment()).not.toMatch(/✅ ready/);
    expect(late.summary).toMatch(/The comment was not written: this run could not confirm that [0-9a-f]{7} is still the pull request's head, so it leaves the comment as it is: the token cannot read the pull request/);
    expect(late.summary).toContain('failed with 403: Resource not accessible by integration');
    expect(late.summary).toMatch(/grant \\`pull-requests: read\\`/);
    expect(late.stdout).toMatch(/::notice::this run could not confirm/);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it('marks the comment "⏳ re-checking" first, once, and not again when it already shows this head', async () => {
    await run('pending-1', {});
    expect(onlyComment()).toMatch(/✅ ready/);
    const rerun = await run('pending-2', {});
    expect(rerun.stdout).toMatch(/sticky comment before the check: shows-this-head/);
    expect(fixture.api.callsTo('issues/update-comment')).toHaveLength(0);
    const next = await run('pending-3', { head: failing, files: FAILING });
    expect(next.code).toBe(1);
    const [pending, final] = fixture.api.callsTo('issues/update-comment').map((call) => (call.body as { body: string }).body);
    expect(pending).toContain(`## B3OS production readiness: ⏳ re-checking \`${failing.slice(0, 7)}\``);
    expect(pending).toContain(`The result for \`${passing.slice(0, 7)}\` no longer stands.`);
    expect(pending).not.toContain('✅');
    expect(final).toMatch(/❌ \d+ of 11 items block this PR/);
    expect(onlyComment()).toBe(final);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it.each<{ name: string; fault: Fault[]; detail: RegExp }>([
    { name: 'PATCH 502 four times', fault: [502, 502, 502, 502], detail: /failed with 502 after 4 attempts: Bad Gateway/ },
    { name: 'PATCH 403', fault: [{ status: 403, body: { message: 'Must have admin rights to Repository.', documentation_url: 'https://docs.github.com/rest', status: '403' } }], detail: /Must have admin rights to Repository/ },
    { name: 'PATCH 401', fault: [401], detail: /failed with 401: Unauthorized/ },
  ])('when the final write fails ($name), the comment shows "⏳ re-checking", never the earlier ✅, and the step says it may be stale', async ({ fault, detail }) => {
    expect(await passingVerdict()).toMatch(/✅ ready/);
    fixture.api.inject('issues/update-comment', ...passes(1), ...fault);
    const result = await run('final-fails', { head: failing, files: FAILING });
    expect(result.code).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(onlyComment()).toContain(`⏳ re-checking \`${failing.slice(0, 7)}\``);
    expect(onlyComment()).not.toContain('✅');
    expect(result.stdout).toMatch(/::error::b3os-readiness: the comment could not be updated and may be stale: /);
    expect(result.stdout).toMatch(detail);
    expect(result.summary).toMatch(/The comment could not be updated and may be stale: /);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it('when GitHub refuses every write, the step says the comment may be stale', async () => {
    await passingVerdict();
    fixture.api.inject('issues/update-comment', 'not-accessible', 'not-accessible');
    const result = await run('all-refused', { head: failing, files: FAILING });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::warning::could not mark the comment as re-checking \(the token may not write comments\)/);
    expect(result.stdout).toMatch(/::error::b3os-readiness: the comment could not be updated and may be stale: cannot write the pull request comment \(Resource not accessible by integration\)/);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it('waits out a secondary rate limit of retry-after 180 on the final write, within the run\'s wait budget', async () => {
    await passingVerdict();
    fixture.api.inject('issues/update-comment', ...passes(1), secondaryRateLimit('180'));
    const result = await run('rate-limited', { head: failing, files: FAILING });
    expect(result.code).toBe(1);
    expect(result.stdout, result.stdout).toMatch(/GitHub secondary rate limit on PATCH \/repos\/\{owner\}\/\{repo\}\/issues\/comments\/\{comment_id\}; retrying in 180 s \(retry 1 of 2\)/);
    expect(onlyComment()).toMatch(/❌ \d+ of 11 items block this PR/);
    expect(result.stdout).not.toMatch(/may be stale/);
    expect(fixture.api.callsTo('issues/update-comment').map((call) => call.status)).toEqual([200, 403, 200]);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it('when the head moves while the files are listed, checks its own commit from git and leaves the comment to the newer run', async () => {
    await passingVerdict();
    const newer = 'b'.repeat(40);
    fixture.api.inject('pulls/list-files', { before: (state) => Object.assign(state.pull, { headSha: newer }) });
    // The API would list the newer head's files: here only the passing ones, as if the break were reverted.
    const result = await run('moving', { head: failing, files: PASSING });
    expect(result.code).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(result.stdout).toMatch(/::warning::the pull request moved on to bbbbbbb while this run listed its files, so the GitHub API's list may be the newer head's; the files come from the git history of [0-9a-f]{7} instead/);
    expect(result.stdout).toMatch(/::notice::the pull request has moved on to bbbbbbb since this run checked [0-9a-f]{7}; the comment is left to the newer run/);
    expect(onlyComment()).toContain(`⏳ re-checking \`${failing.slice(0, 7)}\``);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it('never edits or deletes another bot\'s comment that carries our marker, named or not', async () => {
    const theirs = fixture.api.state.addComment(2, `${COMMENT_MARKER}\n## B3OS production readiness: ✅ ready (not ours)`, OTHER_BOT);
    await run('identity-1', {});
    expect(ours()).toHaveLength(1);
    fixture.api.state.identities.set('ghs_testtoken000000000000000000000000000', { ...ACTIONS_BOT, viewer: 'forbidden' });
    const nameless = await run('identity-2', { head: failing, files: FAILING });
    expect(nameless.code).toBe(1);
    expect(fixture.api.state.comment(theirs.id)?.body).toBe(`${COMMENT_MARKER}\n## B3OS production readiness: ✅ ready (not ours)`);
    expect(onlyComment()).toMatch(/❌ \d+ of 11 items block this PR/);
    expect(fixture.api.callsTo('issues/delete-comment').every((call) => !call.path.endsWith(`/${theirs.id}`))).toBe(true);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);
});
