/**
 * A pull request that loosens the pinned catalog by hand, through the CLI on a real git repository
 * and a local B3OS API: refused unless the live catalog serves the same schema in that run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startB3osApi, type B3osApi, type Definition } from '../support/b3os-api-server.js';
import { cli, LOG_WORKFLOW } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const RULE = 'definition-validates/pinned-loosened';
const PATTERN = '^0x[0-9a-fA-F]{40}$';

let repo: FixtureRepo;
let api: B3osApi;
let strict: Definition;
let loose: Definition;

beforeAll(async () => {
  api = await startB3osApi();
  const send = api.catalog.actions.find((a) => a.type === 'send-erc20-token')!;
  const schema = send.payloadSchema as { properties: Record<string, object> };
  strict = { ...send, payloadSchema: { ...schema, properties: { ...schema.properties, recipientAddress: { type: 'string', pattern: PATTERN } } } };
  loose = { ...send, payloadSchema: { ...schema, properties: { ...schema.properties, recipientAddress: { type: 'string' } } } };
  api.catalog.actions = api.catalog.actions.map((a) => (a.type === 'send-erc20-token' ? strict : a));
  repo = await createRepo();
  await repo.write('workflows/hourly-log/workflow.json', LOG_WORKFLOW);
  expect((await cli(repo.dir, 'catalog', 'pull', '--api-url', api.url)).code).toBe(0);
  await repo.commit('pin the platform catalog');
});
afterAll(async () => {
  await repo.cleanup();
  await api.close();
});

/** The rule's findings of `check --base main` (with the live API when `online`), and the exit code. */
async function check(online: boolean): Promise<{ code: number; found: string[] }> {
  const run = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json', ...(online ? ['--api-url', api.url] : []));
  const report = JSON.parse(run.stdout);
  const found = report.items.flatMap((i: { findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number; message: string }> }) =>
    i.findings.filter((f) => f.ruleId === RULE).map((f) => `${f.severity} ${f.file}:${f.line}:${f.column} ${f.message}`),
  );
  return { code: run.code, found };
}

describe('a pull request that drops the recipient pattern of send-erc20-token from the pinned catalog', () => {
  it('is refused offline and when the live catalog still has the pattern, and passes with a notice once the live catalog serves it', async () => {
    await repo.git('checkout', '--quiet', '-b', 'loosen');
    const path = join(repo.dir, '.b3os/catalog.json');
    const text = await readFile(path, 'utf8');
    expect(text).toContain(JSON.stringify(PATTERN));
    const edited = JSON.parse(text);
    delete edited.actions.find((a: { type: string }) => a.type === 'send-erc20-token').payloadSchema.properties.recipientAddress.pattern;
    edited.fetchedAt = '2026-12-01T00:00:00.000Z';
    await writeFile(path, `${JSON.stringify(edited, null, 2)}\n`);
    await repo.commit('drop the recipient pattern, bump fetchedAt');

    const offline = await check(false);
    expect(offline.code).toBe(1);
    expect(offline.found).toEqual([expect.stringMatching(/^error \.b3os\/catalog\.json:\d+:\d+ the pinned catalog loosens the payload schema of `send-erc20-token`: `recipientAddress`: .*no live catalog is configured/)]);

    const unconfirmed = await check(true);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.found).toEqual([expect.stringMatching(/^error .* and the live catalog at http:\/\/127\.0\.0\.1:\d+ serves a different payload schema$/)]);

    api.catalog.actions = api.catalog.actions.map((a) => (a.type === 'send-erc20-token' ? loose : a));
    const confirmed = await check(true);
    expect(confirmed.found).toEqual([expect.stringMatching(/^notice .*`recipientAddress`: .*, as the live catalog at http:\/\/127\.0\.0\.1:\d+ does$/)]);
    expect(confirmed.code).toBe(0);
    expect(api.problems).toEqual([]);
  });
});
