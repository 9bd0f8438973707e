import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/run/cli-main.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';
import { ACTION_PATH, actionJson, PAGE, PAGE_PATH, pageWith } from '../items/docs-updated/fixtures.js';

interface ReportItem {
  id: string;
  status: string;
  findings: Array<{ ruleId: string; file: string; line: number; column: number; message: string }>;
}

async function check(dir: string): Promise<{ code: number; docs: ReportItem; objects: unknown[] }> {
  let stdout = '';
  const io = { cwd: dir, stdout: (t: string) => (stdout += t), stderr: () => {}, color: false, today: '2026-11-25' };
  const code = await runCli(['check', '--base', 'main', '--format', 'json'], io);
  const report = JSON.parse(stdout) as { items: ReportItem[]; objects: unknown[] };
  return { code, docs: report.items.find((i) => i.id === 'docs-updated')!, objects: report.objects };
}

describe('docs-updated in a real git repository', () => {
  let repo: FixtureRepo;

  /** A branch off main that adds the action `acme-ping` with the given definition and page. */
  async function branch(name: string, definition: string, page: string): Promise<void> {
    await repo.git('checkout', '--quiet', '-b', name, 'main');
    await repo.write(ACTION_PATH, definition);
    await repo.write(PAGE_PATH, page);
    await repo.commit(`add acme-ping (${name})`);
  }

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('README.md', '# ops\n');
    await repo.commit('main');
  });
  afterAll(() => repo.cleanup());

  it('passes for a new action with a complete, matching page', async () => {
    await branch('complete', actionJson(), PAGE);
    // Only docs-updated is asserted: items whose checks are not built yet keep the whole gate failing.
    const { docs, objects } = await check(repo.dir);
    expect(docs).toMatchObject({ status: 'pass', findings: [] });
    // The contract cell belongs to public-contract; these three are docs-updated's.
    expect(objects).toEqual([
      expect.objectContaining({
        type: 'acme-ping',
        kind: 'action',
        change: 'new',
        schema: { status: 'ok' },
        docs: { status: 'ok', note: PAGE_PATH },
        examples: { status: 'ok' },
      }),
    ]);
  });

  it('fails at the Payload Schema heading when the page misses one payload field', async () => {
    await branch('missing-field', actionJson(), pageWith('| `count` | integer | no | Number of pings |\n', ''));
    const { code, docs } = await check(repo.dir);
    expect(code).toBe(1);
    expect(docs.status).toBe('fail');
    expect(docs.findings).toEqual([
      expect.objectContaining({
        ruleId: 'docs-updated/payload-table',
        file: PAGE_PATH,
        line: 16,
        column: 1,
        message: 'the Payload Schema table is missing `count`, a field of the payload schema of `acme-ping`',
      }),
    ]);
  });

  it('fails when exampleOutput violates the result schema', async () => {
    const output = { latencyMs: 'fast', reachable: true };
    const page = pageWith('{ "latencyMs": 12.5, "reachable": true }', JSON.stringify(output));
    await branch('bad-output', actionJson((d) => (d.exampleOutput = output)), page);
    const { code, docs, objects } = await check(repo.dir);
    expect(code).toBe(1);
    expect(docs.status).toBe('fail');
    expect(docs.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      ['docs-updated/reference-output', ACTION_PATH, 43, 18],
      ['docs-updated/reference-output', PAGE_PATH, 41, 14],
    ]);
    expect(docs.findings[0].message).toBe('`exampleOutput.latencyMs` must be a number, got a string (result schema of `acme-ping`)');
    expect(objects).toEqual([expect.objectContaining({ type: 'acme-ping', examples: { status: 'fail', note: docs.findings[0].message } })]);
  });
});
