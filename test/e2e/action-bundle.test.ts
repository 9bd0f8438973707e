import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';
import { buildBundle, runNode } from '../support/bundle.js';
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

/** A real `pull_request.opened` payload, pointed at our temp repository's commits. */
function pullRequestPayload(base: string, head: string, changedFiles: number): unknown {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Array<Record<string, any>> }>;
  const example = structuredClone(events.find((e) => e.name === 'pull_request')!.examples.find((x) => x.action === 'opened')!);
  example.pull_request.base.sha = base;
  example.pull_request.head.sha = head;
  example.pull_request.changed_files = changedFiles;
  return example;
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function outputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const found: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) found[m[1]] = m[3];
  return found;
}

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

  async function runAction(head: string, files: Array<{ filename: string; status: 'added' | 'modified' }>, run: string) {
    api.state.files = files.map((f) => ({ ...f, additions: 1, deletions: 0, changes: 1 }));
    Object.assign(api.state.pull, { number: 2, headSha: head, baseSha: base });
    const eventPath = join(temp, `event-${run}.json`);
    await writeFile(eventPath, JSON.stringify(pullRequestPayload(base, head, files.length)));
    const outputFile = join(temp, `output-${run}`);
    const summaryFile = join(temp, `summary-${run}.md`);
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      'INPUT_GITHUB-TOKEN': 'ghs_testtoken000000000000000000000000000',
      INPUT_MODE: 'pr',
      INPUT_COMMENT: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SHA: head,
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_API_URL: api.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: temp,
    };
    const result = await runNode(join(bundle, 'index.js'), [], env, repo.dir);
    return { ...result, outputs: outputs(outputFile), summary: await readFile(summaryFile, 'utf8') };
  }

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
