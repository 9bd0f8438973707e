/** The first hour of adoption, through the CLI on real git repositories. */
import { afterEach, describe, expect, it } from 'vitest';
import { cli, LOG_WORKFLOW as WORKFLOW } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const CONFIG = '.github/b3os-readiness.yml';

const repos: FixtureRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.cleanup();
});

async function repoWith(files: Record<string, string>): Promise<FixtureRepo> {
  const repo = await createRepo();
  repos.push(repo);
  for (const [path, text] of Object.entries(files)) await repo.write(path, text);
  await repo.commit('main');
  return repo;
}

describe('an item turned off', () => {
  it('is `off` in JSON, ⏸️ in Markdown with the count in the heading, OFF in text', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW, [CONFIG]: 'version: 1\nitems:\n  webhooks-verified: off\n  templates-portable: off\n' });
    const json = JSON.parse((await cli(repo.dir, 'check', '--all', '--format', 'json')).stdout);
    const status = Object.fromEntries(json.items.map((i: { id: string; status: string }) => [i.id, i.status]));
    expect(status).toMatchObject({ 'webhooks-verified': 'off', 'templates-portable': 'off', 'public-contract': expect.not.stringMatching(/^off$/) });
    const markdown = (await cli(repo.dir, 'check', '--all', '--format', 'markdown')).stdout;
    expect(markdown).toMatch(/^## B3OS production readiness: .* · 2 items off$/m);
    expect(markdown).toContain('| ⏸️ | Webhooks are verified | turned off in the configuration |');
    const text = (await cli(repo.dir, 'check', '--all')).stdout;
    expect(text).toMatch(/^OFF +Templates are portable +turned off in the configuration$/m);
    expect(text).toMatch(/^Result: \w+ \(.*2 items off\)$/m);
  });
});
