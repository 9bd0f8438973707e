import { describe, expect, it } from 'vitest';
import { CONFIG, relaxingBranch } from '../support/action-fixtures.js';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';

const MISSING_SHA = 'f'.repeat(40);

/** A pull request cannot choose its own checks, nor pass on what the checkout does not hold. */
describe('the bundled action fails closed on what the pull request controls', () => {
  let base: string;
  let head: string;
  const files: ActionRun['files'] = [
    { filename: CONFIG, status: 'added' },
    { filename: 'workflows/log/workflow.json', status: 'modified' },
  ];
  const fixture = useActionFixture(async (repo) => {
    ({ base, head } = await relaxingBranch(repo));
  });
  const run = (name: string, over: Partial<ActionRun>) => runActionBundle({ ...fixture, base, head, files, run: name, ...over });

  it('reads the configuration at the base: the head turning every item off changes nothing', async () => {
    const result = await run('pr', {});
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
  }, 60_000);

  it('without the base in the checkout, applies the defaults and blocks every item', async () => {
    const result = await run('no-base', { base: MISSING_SHA });
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']?.split(',')).toHaveLength(11);
    expect(result.summary).toMatch(/is not in the checkout/);
  }, 60_000);

  it('in `all` mode on a pull request, still reads the configuration at the base and comments', async () => {
    const result = await run('all', { env: { INPUT_MODE: 'all' } });
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(result.stdout).toMatch(/^sticky comment: (created|updated|unchanged)$/m);
    expect(fixture.api.state.commentsOf(2)).toHaveLength(1);
  }, 60_000);

  it('when it cannot run at all, says so in the sticky comment instead of leaving an earlier verdict', async () => {
    await run('first', {});
    const result = await run('bad-config', { env: { INPUT_CONFIG: '.github/missing.yml' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::b3os-readiness: the configuration file \.github\/missing\.yml does not exist/);
    const [comment] = fixture.api.state.commentsOf(2);
    expect(fixture.api.state.commentsOf(2)).toHaveLength(1);
    expect(comment.body).toMatch(/could not run\n\n- the configuration file \.github\/missing\.yml does not exist at [0-9a-f]{40}\n\nThe check failed closed/);
  }, 60_000);

  it('leaves the comment alone when the pull request has moved on to a newer head', async () => {
    await run('current', {});
    const before = fixture.api.state.commentsOf(2).map((c) => c.body);
    const result = await run('stale', { apiHead: 'a'.repeat(40), env: { INPUT_CONFIG: '' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::notice::the pull request has moved on to aaaaaaa since this run checked [0-9a-f]{7}; the comment is left to the newer run/);
    expect(fixture.api.state.commentsOf(2).map((c) => c.body)).toEqual(before);
  }, 60_000);

  it('fails with a clear message when the token is rejected', async () => {
    fixture.api.inject('pulls/list-files', 401);
    const result = await run('bad-token', {});
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::b3os-readiness: the github-token is missing or invalid: GitHub answered 401/);
  }, 60_000);

  it('when the head commit is not in the checkout, blocks instead of checking another commit', async () => {
    const result = await run('no-head', { head: MISSING_SHA, env: { GITHUB_SHA: base } });
    expect(result.code, result.stderr).toBe(1);
    expect(result.summary).toMatch(/head commit f{7} is not in the checkout/);
    expect(fixture.api.problems).toEqual([]);
  }, 60_000);

  it('reads the configuration at the base branch tip: a setting merged after the branch was cut applies, and is named', async () => {
    await fixture.repo.git('checkout', '--quiet', 'main');
    await fixture.repo.write(CONFIG, 'items:\n  definition-validates: off\n');
    const tip = await fixture.repo.commit('turn definition-validates off on main');
    await fixture.repo.git('checkout', '--quiet', 'relax');
    const result = await run('tip', { base: tip });
    // The payload's base.ref is the webhook example's `master`.
    expect(result.outputs['failed-items']?.split(',')).not.toContain('definition-validates');
    expect(result.summary, result.summary.slice(0, 600)).toContain(`configuration: \`${CONFIG}\` on \`master\` at \`${tip.slice(0, 7)}\``);
    expect(result.summary).toMatch(/\| ⏸️ \| Definition validates \| turned off in the configuration \|/);
  }, 60_000);
});
