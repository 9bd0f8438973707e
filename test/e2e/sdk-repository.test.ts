/** The actions SDK repository (`b3-fun/b3os` style), through the CLI on real git repositories. */
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixtureFiles } from '../support/fixture-files.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const CONFIG = '.github/b3os-readiness.yml';
const OLD_SCHEMA = 'actions/random-id/schema.ts';

interface JsonFinding { ruleId: string; severity: string; message: string; file: string | null; line: number | null; column: number | null }
interface JsonItem { id: string; status: string; findings: JsonFinding[] }

const repos: FixtureRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.cleanup();
});

async function sdkRepo(change: (files: Record<string, string>) => void = () => {}): Promise<FixtureRepo> {
  const files = fixtureFiles('b3os-sdk');
  change(files);
  const repo = await createRepo();
  repos.push(repo);
  for (const [path, text] of Object.entries(files)) await repo.write(path, text);
  await repo.commit('main');
  return repo;
}

interface JsonObjectRow { type: string; docs: { status: string } }

async function check(repo: FixtureRepo, ...args: string[]): Promise<{ code: number; items: Record<string, JsonItem>; summary: { affected: Record<string, number> }; objects: JsonObjectRow[] }> {
  const { code, stdout } = await cli(repo.dir, 'check', ...args, '--format', 'json');
  const report = JSON.parse(stdout);
  return { code, items: Object.fromEntries(report.items.map((i: JsonItem) => [i.id, i])), summary: report.summary, objects: report.objects };
}

const placeOf = (f: JsonFinding) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, column: f.column });

describe('the b3os-sdk preset', () => {
  it('passes well-formed action folders in both layouts, with no docs pages', async () => {
    const { code, items, summary, objects } = await check(await sdkRepo(), '--all');
    expect(summary.affected.action).toBe(2);
    expect(items['definition-validates'].findings).toEqual([]);
    expect(items['definition-validates'].status).toBe('pass');
    expect(items['docs-updated'].findings).toEqual([]);
    expect(objects.map((o) => [o.type, o.docs.status])).toEqual([['echo-text', 'n/a'], ['random-id', 'n/a']]);
    expect(code).toBe(0);
  });

  it('fails an action folder missing its test file, and one whose index.ts does not re-export it', async () => {
    const repo = await sdkRepo((files) => {
      delete files['packages/sdk/actions/echo-text/echo-text.test.ts'];
      files['actions/random-id/index.ts'] = 'export type { RandomIdAction } from "./execute";\n';
    });
    const { code, items } = await check(repo, '--all');
    expect(items['definition-validates'].status).toBe('fail');
    expect(items['definition-validates'].findings.map(placeOf)).toEqual([
      { ruleId: 'definition-validates/sdk-action-exported', severity: 'error', file: 'actions/random-id/index.ts', line: 1, column: 1 },
      { ruleId: 'definition-validates/sdk-action-files', severity: 'error', file: 'packages/sdk/actions/echo-text/schema.ts', line: 1, column: 1 },
    ]);
    expect(items['definition-validates'].findings[1].message).toBe('action `echo-text` has no test file in `packages/sdk/actions/echo-text`');
    expect(code).toBe(1);
  });

  it('checks a changed schema.ts of the older root layout against its public contract', async () => {
    const repo = await sdkRepo();
    await repo.git('checkout', '--quiet', '-b', 'change');
    const schema = fixtureFiles('b3os-sdk')[OLD_SCHEMA];
    await repo.write(OLD_SCHEMA, schema.replace('required: [],', 'required: ["prefix"],'));
    await repo.commit('require a prefix');
    const { code, items, summary } = await check(repo, '--base', 'main');
    expect(summary.affected.action).toBe(1);
    expect(items['definition-validates'].status).toBe('pass');
    expect(items['public-contract'].status).toBe('fail');
    expect(items['public-contract'].findings.map(placeOf)[0]).toMatchObject({ file: OLD_SCHEMA });
    expect(code).toBe(1);
  });
});

describe('a change that selects the preset', () => {
  it('is noted for reviewers: it applies after the merge and requires no docs pages', async () => {
    const repo = await sdkRepo((files) => {
      files[CONFIG] = 'version: 1\n';
    });
    await repo.git('checkout', '--quiet', '-b', 'change');
    await repo.write(CONFIG, 'version: 1\npreset: b3os-sdk\ndocs:\n  layout: docs-site\n');
    await repo.commit('the SDK preset');
    const { stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(JSON.parse(stdout).notices).toContainEqual(expect.stringMatching(/its new version is valid\. It changes where `sdkActions`, `actionDocs`, `logicDocs`, `triggerDocs` are looked for; sets preset to b3os-sdk \(no docs pages required\); sets docs\.layout to docs-site\./));
  });
});

describe('the older root layout without the preset', () => {
  it('is read as an SDK action, never silently not affected', async () => {
    const repo = await sdkRepo((files) => {
      files[CONFIG] = 'version: 1\n';
    });
    await repo.git('checkout', '--quiet', '-b', 'change');
    await repo.write(OLD_SCHEMA, 'export const payloadSchema = { type: ;\n');
    await repo.commit('break the schema');
    const { items, summary } = await check(repo, '--base', 'main');
    expect(summary.affected.action).toBe(1);
    expect(items['definition-validates'].status).toBe('fail');
    expect(items['definition-validates'].findings.map(placeOf)).toEqual([
      { ruleId: 'definition-validates/type-definition', severity: 'error', file: OLD_SCHEMA, line: 1, column: 38 },
    ]);
  });
});
