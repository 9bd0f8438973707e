import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG, relaxingBranch } from '../support/action-fixtures.js';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';

const ZERO = '0'.repeat(40);

/** A real `push` payload for `ref`, from `before` to `after`, in a repository whose default branch is `defaultBranch`. */
function pushPayload(ref: string, before: string, after: string, defaultBranch: string): unknown {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Array<Record<string, any>> }>;
  const example = structuredClone(events.find((e) => e.name === 'push')!.examples[0]);
  Object.assign(example, { ref, before, after });
  Object.assign(example.repository, { default_branch: defaultBranch, master_branch: defaultBranch });
  return example;
}

/** Where each event reads the configuration: a branch never chooses its own gate. */
describe('the bundled action reads the configuration where the event allows', () => {
  let base: string;
  let head: string;
  const files: ActionRun['files'] = [
    { filename: CONFIG, status: 'added' },
    { filename: 'workflows/log/workflow.json', status: 'modified' },
  ];
  const fixture = useActionFixture(async (repo) => {
    ({ base, head } = await relaxingBranch(repo));
  });
  async function push(name: string, ref: string, before: string, defaultBranch = 'main') {
    const eventPath = join(fixture.temp, `push-${name}.json`);
    await writeFile(eventPath, JSON.stringify(pushPayload(ref, before, head, defaultBranch)));
    return runActionBundle({ ...fixture, base, head, files, run: name, env: { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath } });
  }

  it('a push to another branch reads it on the default branch: the branch turning every item off changes nothing', async () => {
    const result = await push('branch', 'refs/heads/relax', base);
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(result.summary).toContain(`no \`${CONFIG}\` on \`main\` at \`${base.slice(0, 7)}\``);
    expect(fixture.api.state.commentsOf(2)).toHaveLength(0);
  }, 60_000);

  it('so does the push that creates a branch, which audits every file', async () => {
    const result = await push('new-branch', 'refs/heads/relax', ZERO);
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(result.summary).toContain(`on \`main\` at \`${base.slice(0, 7)}\``);
  }, 60_000);

  it('a push to the default branch reads its copy at `before`', async () => {
    const result = await push('default', 'refs/heads/main', base);
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
  }, 60_000);

  it('without the default branch in the checkout, applies the defaults and says why', async () => {
    const result = await push('no-default', 'refs/heads/relax', base, 'trunk');
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(result.stdout).toMatch(/::warning::the configuration of a push is read on the default branch `trunk`, which is not in the checkout \(use actions\/checkout with fetch-depth: 0\), so the defaults apply/);
  }, 60_000);

  it('a setting merged on the default branch applies to pushes to other branches at once', async () => {
    await fixture.repo.git('checkout', '--quiet', 'main');
    await fixture.repo.write(CONFIG, 'items:\n  definition-validates: off\n');
    const tip = await fixture.repo.commit('turn definition-validates off on main');
    await fixture.repo.git('checkout', '--quiet', 'relax');
    const result = await push('tip', 'refs/heads/relax', base);
    expect(result.outputs['failed-items']?.split(',')).not.toContain('definition-validates');
    expect(result.summary).toContain(`configuration: \`${CONFIG}\` on \`main\` at \`${tip.slice(0, 7)}\``);
  }, 60_000);

  it('refuses pull_request_target with the reason and the event to use', async () => {
    const callsBefore = fixture.api.calls.length;
    const result = await runActionBundle({ ...fixture, base, head, files, run: 'target', env: { GITHUB_EVENT_NAME: 'pull_request_target' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::b3os-readiness: this workflow runs on `pull_request_target`, which the gate refuses: .* Trigger it on `pull_request` instead/);
    expect(fixture.api.calls.length).toBe(callsBefore);
  }, 60_000);
});
