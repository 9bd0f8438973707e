import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle, type ActionRun } from '../support/action-runner.js';
import { buildBundle } from '../support/bundle.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api-server.js';

const GOOD = JSON.stringify({ name: 'Log', description: 'Logs.', definition: { nodes: { root: { type: 'manual', payload: {}, children: ['say'] }, say: { type: 'log', payload: { message: 'hi' } } } } }, null, 2);
const BROKEN = GOOD.replace('"say": {', '"say": { "children": ["gone"],');
const ALL_OFF = `items:\n${['definition-validates', 'connectors-scoped', 'wallet-actions-bounded', 'failure-paths-observable', 'docs-updated', 'api-keys-scoped', 'credentials-in-connectors', 'wallets-dedicated', 'webhooks-verified', 'templates-portable', 'public-contract'].map((id) => `  ${id}: off`).join('\n')}\n`;
const CONFIG = '.github/b3os-readiness.yml';
const MISSING_SHA = 'f'.repeat(40);

/** A pull request cannot choose its own checks, nor pass on what the checkout does not hold. */
describe('the bundled action fails closed on what the pull request controls', () => {
  let bundle: string;
  let repo: FixtureRepo;
  let api: GitHubApi;
  let temp: string;
  let base: string;
  let head: string;
  const files: ActionRun['files'] = [
    { filename: CONFIG, status: 'added' },
    { filename: 'workflows/log/workflow.json', status: 'modified' },
  ];
  const run = (name: string, over: Partial<ActionRun>) => runActionBundle({ bundle, repo, api, temp, base, head, files, run: name, ...over });

  beforeAll(async () => {
    bundle = await buildBundle();
    temp = await mkdtemp(join(tmpdir(), 'b3os-trust-'));
    repo = await createRepo();
    await repo.write('workflows/log/workflow.json', GOOD);
    base = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'relax');
    await repo.write(CONFIG, ALL_OFF);
    await repo.write('workflows/log/workflow.json', BROKEN);
    head = await repo.commit('turn the gate off and break a workflow');
    api = await startGitHubApi();
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await repo?.cleanup();
    for (const dir of [bundle, temp]) if (dir) await rm(dir, { recursive: true, force: true });
  });

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
    const commentsBefore = api.state.commentsOf(2).length;
    const result = await run('all', { env: { INPUT_MODE: 'all' } });
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(api.state.commentsOf(2).length).toBeGreaterThanOrEqual(Math.max(1, commentsBefore));
  }, 60_000);

  it('when it cannot run at all, says so in the sticky comment instead of leaving an earlier verdict', async () => {
    await run('first', {});
    const result = await run('bad-config', { env: { INPUT_CONFIG: '.github/missing.yml' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::b3os-readiness: the configuration file \.github\/missing\.yml does not exist/);
    const [comment] = api.state.commentsOf(2);
    expect(api.state.commentsOf(2)).toHaveLength(1);
    expect(comment.body).toMatch(/could not run\n\n- the configuration file \.github\/missing\.yml does not exist at [0-9a-f]{40}\n\nThe check failed closed/);
  }, 60_000);

  it('when the head commit is not in the checkout, blocks instead of checking another commit', async () => {
    const result = await run('no-head', { head: MISSING_SHA, env: { GITHUB_SHA: base } });
    expect(result.code, result.stderr).toBe(1);
    expect(result.summary).toMatch(/head commit f{7} is not in the checkout/);
    expect(api.problems).toEqual([]);
  }, 60_000);
});
