import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';

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
  let base: string;
  const fixture = useActionFixture(async (repo) => {
    await repo.write('workflows/manual-log/workflow.json', WORKFLOW);
    base = await repo.commit('main');
  });
  const runAction = (head: string, files: ActionRun['files'], run: string) => runActionBundle({ ...fixture, base, head, files, run });

  it('creates one sticky comment, then updates it in place', async () => {
    await fixture.repo.git('checkout', '--quiet', '-b', 'feature');
    await fixture.repo.write('actions/acme-ping/action.json', JSON.stringify({ type: 'acme-ping', name: 'Ping', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }, null, 2));
    const head1 = await fixture.repo.commit('add acme-ping');
    const first = await runAction(head1, [{ filename: 'actions/acme-ping/action.json', status: 'added' }], '1');

    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs.result).toBe('fail');
    expect(first.outputs['failed-items']).toContain('docs-updated');
    expect(first.stdout).toMatch(/::error title=docs-updated\/action-page-missing,file=actions\/acme-ping\/action.json,line=2/);
    expect(first.summary).toMatch(/B3OS production readiness/);
    expect(JSON.parse(readFileSync(first.outputs['report-path'], 'utf8')).result).toBe('fail');
    const comments = fixture.api.state.commentsOf(2);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0].body).toContain('acme-ping');
    const firstBody = comments[0].body;
    const firstId = comments[0].id;

    await fixture.repo.write(
      'docs/actions/reference/generated/acme-ping.md',
      '---\ntitle: Ping\ntype: acme-ping\n---\n\n# Ping\n\n## At a Glance\n\nNo connector, no gas.\n\n## Payload Schema\n\nNo fields.\n\n## Result Schema\n\nNo fields.\n\n' +
        '## Examples\n\n```json\n{ "type": "acme-ping", "payload": {} }\n```\n\n### Example output\n\n```json\n{}\n```\n',
    );
    const head2 = await fixture.repo.commit('document acme-ping');
    const second = await runAction(head2, [
      { filename: 'actions/acme-ping/action.json', status: 'added' },
      { filename: 'docs/actions/reference/generated/acme-ping.md', status: 'added' },
    ], '2');

    expect(second.outputs.result, second.summary).toBe('pass');
    expect(second.code).toBe(0);
    const after = fixture.api.state.commentsOf(2);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(firstId);
    expect(after[0].body).not.toBe(firstBody);
    expect(after[0].body).toMatch(/✅ \| Docs are updated/);
    // "⏳ re-checking" first, then the verdict.
    expect(fixture.api.callsTo('issues/update-comment')).toHaveLength(2);
    expect(fixture.api.callsTo('issues/create-comment')).toHaveLength(1);
    expect(fixture.api.callsTo('pulls/list-files').length).toBeGreaterThanOrEqual(2);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);
});
