import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinnedEntries } from '../../src/catalog/pinned.js';
import { runCli } from '../../src/run/cli-main.js';
import { startB3osApi, TEST_API_KEY, type B3osApi, type B3osApiOptions } from '../support/b3os-api-server.js';

const NOW = new Date('2026-11-20T09:00:00.123Z');
let api: B3osApi | undefined;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b3os-catalog-pull-'));
});
afterEach(async () => {
  await api?.close();
  api = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], extra: { b3osApiKey?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io = { cwd: dir, stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), color: false, today: '2026-11-25', now: () => NOW, ...extra };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

async function start(options: B3osApiOptions = {}): Promise<B3osApi> {
  api = await startB3osApi(options);
  return api;
}

describe('catalog pull', () => {
  it('writes .b3os/catalog.json under --repo in the pinned format, the same bytes on a second pull', async () => {
    const server = await start();
    await mkdir(join(dir, 'repo'));
    const first = await cli(['catalog', 'pull', '--api-url', server.url, '--repo', 'repo']);
    expect(first).toEqual({ code: 0, stderr: '', stdout: `wrote .b3os/catalog.json: 3 actions, 2 logic actions, 3 triggers from ${server.url}\n` });
    const path = join(dir, 'repo/.b3os/catalog.json');
    const text = await readFile(path, 'utf8');
    const file = JSON.parse(text) as Record<string, Array<Record<string, unknown>>>;
    expect(Object.keys(file)).toEqual(['source', 'fetchedAt', 'actions', 'logicActions', 'triggers']);
    expect(file).toMatchObject({ source: server.url, fetchedAt: '2026-11-20T09:00:00Z' });
    expect(file.actions.map((a) => a.type)).toEqual(['get-balance', 'send-erc20-token', 'slack-send-message']);
    expect(file.logicActions.map((a) => a.type)).toEqual(['delay', 'if']);
    expect(file.triggers.map((a) => a.type)).toEqual(['cronjob', 'manual', 'polymarket-new-market']);
    expect(Object.keys(file.actions[1])).toEqual(Object.keys(server.catalog.actions[1]));
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(pinnedEntries(file, '.b3os/catalog.json')).toMatchObject({ problems: [] });
    expect(pinnedEntries(file, '.b3os/catalog.json').entries).toHaveLength(8);

    expect((await cli(['catalog', 'pull', '--api-url', server.url, '--repo', 'repo'])).code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readdir(join(dir, 'repo/.b3os'))).toEqual(['catalog.json']);
    expect(server.calls.map((c) => [c.operation, c.authorization])).toEqual(
      Array(2).fill([['GET /v1/actions', false], ['GET /v1/logic-actions', false], ['GET /v1/triggers', false]]).flat(),
    );
    expect(server.problems).toEqual([]);
  });

  it('writes to --output relative to the working directory', async () => {
    const server = await start();
    const result = await cli(['catalog', 'pull', '--api-url', server.url, '--output', 'pins/platform.json']);
    expect(result.stdout).toBe(`wrote pins/platform.json: 3 actions, 2 logic actions, 3 triggers from ${server.url}\n`);
    expect(pinnedEntries(JSON.parse(await readFile(join(dir, 'pins/platform.json'), 'utf8')), 'x').problems).toEqual([]);
  });

  it.each<{ name: string; options: B3osApiOptions; problems: string }>([
    {
      name: 'a type the platform rule forbids',
      options: { catalog: { triggers: [{ type: 'Cron Job', payloadSchema: { type: 'object' } }] } },
      problems: '  /triggers/0/type: `type` must match ^[a-z0-9][a-z0-9-]*$',
    },
    {
      name: 'a type listed twice',
      options: { catalog: { logicActions: [{ type: 'get-balance' }] } },
      problems: '  /logicActions/0/type: type `get-balance` is already defined at /actions/0',
    },
  ])('refuses $name with exit 2 and leaves the old file alone', async ({ options, problems }) => {
    const server = await start(options);
    await mkdir(join(dir, '.b3os'));
    await writeFile(join(dir, '.b3os/catalog.json'), 'old\n');
    const result = await cli(['catalog', 'pull', '--api-url', server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`b3os-readiness: the catalog from ${server.url} has 1 problem; .b3os/catalog.json was not written:\n${problems}\n`);
    expect(await readFile(join(dir, '.b3os/catalog.json'), 'utf8')).toBe('old\n');
  });

  it('fails with exit 3 and writes nothing when the API fails', async () => {
    const server = await start({ faults: { 'GET /v1/triggers': [404] } });
    const result = await cli(['catalog', 'pull', '--api-url', server.url]);
    expect(result).toEqual({ code: 3, stdout: '', stderr: 'b3os-readiness: catalog pull failed, nothing was written: B3OS API GET /v1/triggers failed with 404: Not Found\n' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects a bad --api-url and an unknown option with exit 2', async () => {
    expect(await cli(['catalog', 'pull', '--api-url', 'api.b3os.org'])).toMatchObject({ code: 2, stderr: 'b3os-readiness: the B3OS API URL "api.b3os.org" is not a URL\n' });
    expect((await cli(['catalog', 'pull', '--force'])).code).toBe(2);
  });
});

describe('check --api-url', () => {
  const WORKFLOW = `{
  "name": "Balance",
  "description": "Reads a balance by hand.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["read"] },
      "read": { "type": "get-balance", "payload": { "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "accountAddress": "0x1111111111111111111111111111111111111111" } }
    }
  }
}
`;

  it('looks types up live and, with B3OS_API_KEY, validates online through the API', async () => {
    const server = await start();
    await mkdir(join(dir, 'workflows/balance'), { recursive: true });
    await writeFile(join(dir, 'workflows/balance/workflow.json'), WORKFLOW);
    const result = await cli(['check', '--all', '--api-url', server.url, '--format', 'json'], { b3osApiKey: TEST_API_KEY });
    const report = JSON.parse(result.stdout) as { items: Array<{ findings: Array<{ ruleId: string; message: string; line: number; column: number }> }> };
    const online = report.items.flatMap((i) => i.findings).filter((f) => f.ruleId === 'definition-validates/platform-validation');
    expect(online.map((f) => [f.line, f.column, f.message])).toEqual([[8, 7, 'node `read`: missing required field "chainId" [missing_required_field]']]);
    expect(server.callsTo('POST /v1/workflows/validate').map((c) => c.authorization)).toEqual([true]);
    expect(server.callsTo('GET /v1/actions/{type}').map((c) => c.path).sort()).toEqual(['/v1/actions/get-balance', '/v1/actions/manual']);
    expect(result.stdout + result.stderr).not.toContain(TEST_API_KEY);
    expect(server.problems).toEqual([]);
  });
});
