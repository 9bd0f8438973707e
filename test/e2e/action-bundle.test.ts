import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';
import { runActionBundle, type ActionRun } from '../support/action-runner.js';
import { buildBundle } from '../support/bundle.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';
import { startGitHubApi, type GitHubApi } from '../support/github-api-server.js';

const WORKFLOW = `{
  "name": "Manual log",
  "description": "Logs when run by hand.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["say"] },
      "say": { "type": "log", "payload": { "message": "hi" } }
    }
  }
}
`;

describe('the bundled action under Node 24 against the GitHub API', () => {
  let bundle: string;
  let repo: FixtureRepo;
  let api: GitHubApi;
  let temp: string;
  let base: string;

  beforeAll(async () => {
    bundle = await buildBundle();
    temp = await mkdtemp(join(tmpdir(), 'b3os-action-'));
    repo = await createRepo();
    await repo.write('workflows/manual-log/workflow.json', WORKFLOW);
    base = await repo.commit('main');
    api = await startGitHubApi();
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await repo?.cleanup();
    for (const dir of [bundle, temp]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  const runAction = (head: string, files: ActionRun['files'], run: string) => runActionBundle({ bundle, repo, api, temp, base, head, files, run });

  it('creates one sticky comment, then updates it in place', async () => {
    await repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.write('actions/acme-ping/action.json', JSON.stringify({ type: 'acme-ping', name: 'Ping', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }, null, 2));
    const head1 = await repo.commit('add acme-ping');
    const first = await runAction(head1, [{ filename: 'actions/acme-ping/action.json', status: 'added' }], '1');

    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs.result).toBe('fail');
    expect(first.outputs['failed-items']).toContain('docs-updated');
    expect(first.stdout).toMatch(/::error title=docs-updated\/action-page-missing,file=actions\/acme-ping\/action.json,line=2/);
    expect(first.summary).toMatch(/B3OS production readiness/);
    expect(JSON.parse(readFileSync(first.outputs['report-path'], 'utf8')).result).toBe('fail');
    const comments = api.state.commentsOf(2);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0].body).toContain('acme-ping');
    const firstBody = comments[0].body;
    const firstId = comments[0].id;

    await repo.write(
      'docs/actions/reference/generated/acme-ping.md',
      '---\ntitle: Ping\ntype: acme-ping\n---\n\n# Ping\n\n## At a Glance\n\nNo connector, no gas.\n\n## Payload Schema\n\nNo fields.\n\n## Result Schema\n\nNo fields.\n\n' +
        '## Examples\n\n```json\n{ "type": "acme-ping", "payload": {} }\n```\n\n### Example output\n\n```json\n{}\n```\n',
    );
    const head2 = await repo.commit('document acme-ping');
    const second = await runAction(head2, [
      { filename: 'actions/acme-ping/action.json', status: 'added' },
      { filename: 'docs/actions/reference/generated/acme-ping.md', status: 'added' },
    ], '2');

    expect(second.outputs.result).toBeDefined();
    const after = api.state.commentsOf(2);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(firstId);
    expect(after[0].body).not.toBe(firstBody);
    expect(after[0].body).toMatch(/✅ \| Docs are updated/);
    expect(api.callsTo('issues/update-comment')).toHaveLength(1);
    expect(api.callsTo('issues/create-comment')).toHaveLength(1);
    expect(api.callsTo('pulls/list-files').length).toBeGreaterThanOrEqual(2);
    expect(api.problems).toEqual([]);
  }, 120_000);
});
