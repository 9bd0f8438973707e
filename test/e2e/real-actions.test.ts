/** Workflows with real platform action ids the shipped catalog does not enforce, through the CLI on a real git repository. */
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixtureFiles } from '../support/fixture-files.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

interface JsonFinding { ruleId: string; severity: string; message: string; unverified?: boolean; file: string | null; line: number | null; column: number | null }
interface JsonItem { id: string; status: string; findings: JsonFinding[] }

const repos: FixtureRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.cleanup();
});

async function repoWith(extra: Record<string, string> = {}): Promise<FixtureRepo> {
  const repo = await createRepo();
  repos.push(repo);
  for (const [path, text] of Object.entries({ ...fixtureFiles('real-workflows'), ...extra })) await repo.write(path, text);
  await repo.commit('main');
  return repo;
}

async function definitionItem(repo: FixtureRepo): Promise<{ code: number; item: JsonItem; all: JsonFinding[] }> {
  const { code, stdout } = await cli(repo.dir, 'check', '--all', '--format', 'json');
  const items = JSON.parse(stdout).items as JsonItem[];
  return { code, item: items.find((i) => i.id === 'definition-validates')!, all: items.flatMap((i) => i.findings) };
}

const HINTED = /pin|catalog pull/;
const DCA = 'workflows/hyperliquid-dca/workflow.json';
const ALERT = 'workflows/eth-price-telegram/workflow.json';

describe('real platform actions the gate does not ship', () => {
  it('without a pinned catalog: unverified with the hint to pin it, never an unknown type', async () => {
    const { code, item, all } = await definitionItem(await repoWith());
    expect(item.status).toBe('incomplete');
    expect(all.filter((f) => /unknown type/.test(f.message))).toEqual([]);
    const places = item.findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.unverified === true]);
    expect(places).toEqual([
      ['definition-validates/unknown-node-type', ALERT, 12, 17, true],
      ['definition-validates/schema-unknown', ALERT, 17, 17, true],
      ['definition-validates/unknown-node-type', DCA, 8, 17, true],
      ['definition-validates/schema-unknown', DCA, 18, 17, true],
      ['definition-validates/schema-unknown', DCA, 24, 17, true],
    ]);
    for (const finding of item.findings) expect(finding.message + ' ' + JSON.stringify(finding)).toMatch(HINTED);
    expect(code).toBe(1);
  });

  it('with a pinned catalog that lacks them, an unknown type is an error', async () => {
    const trigger = (type: string) => ({ type, name: type, payloadSchema: { type: 'object' }, resultSchema: { type: 'object' } });
    const catalog = JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: [], logicActions: [], triggers: [trigger('manual'), trigger('cronjob')] });
    const { item } = await definitionItem(await repoWith({ '.b3os/catalog.json': catalog }));
    expect(item.status).toBe('fail');
    const unknown = item.findings.filter((f) => f.ruleId === 'definition-validates/unknown-node-type');
    expect(unknown.map((f) => [f.severity, f.unverified === true, f.message])).toEqual([
      ['error', false, 'node `price` has unknown type `coingecko-get-token-data`'],
      ['error', false, 'node `balance` has unknown type `evm-read`'],
    ]);
  });
});
