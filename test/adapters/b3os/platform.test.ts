import { afterEach, describe, expect, it } from 'vitest';
import { createB3osClient } from '../../../src/adapters/b3os/client.js';
import { createPlatform, platformFor } from '../../../src/adapters/b3os/platform.js';
import { runGate } from '../../../src/core/gate.js';
import type { PlatformPort } from '../../../src/core/platform.js';
import { envelope, startB3osApi, TEST_API_KEY, type B3osApi, type B3osApiOptions } from '../../support/b3os-api-server.js';
import { allChanged, memorySnapshot } from '../../support/memory-snapshot.js';
import { findingsOf } from '../../support/rule-harness.js';

let api: B3osApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function setup(options: B3osApiOptions = {}, hasKey = false): Promise<{ api: B3osApi; platform: PlatformPort }> {
  api = await startB3osApi(options);
  const client = createB3osClient({ baseUrl: api.url, apiKey: hasKey ? TEST_API_KEY : undefined, retryBaseMs: 1, timeoutMs: 1000 });
  return { api, platform: createPlatform(client, { hasKey }) };
}

const lookups = (target: B3osApi) => target.calls.map((c) => `${c.path} ${c.status}`).sort();

describe('lookupTypes', () => {
  it('tries the action, then the trigger, and maps each definition to a live entry', async () => {
    const { api, platform } = await setup();
    const live = await platform.lookupTypes(['send-erc20-token', 'cronjob', 'no-such-type']);
    expect(live.failures).toEqual([]);
    expect(live.entries).toEqual([
      {
        type: 'send-erc20-token',
        kind: 'action',
        name: 'Send ERC20 Token',
        category: 'evm-onchain',
        source: 'live',
        origin: `${api.url}/v1/actions/send-erc20-token`,
        payloadSchema: api.catalog.actions[1].payloadSchema,
        resultSchema: api.catalog.actions[1].resultSchema,
        schemaCompleteness: 'complete',
        connector: { type: 'wallet' },
        requiresGas: true,
        fundsMovement: { sent: [{ tokenField: 'tokenAddress', amountField: 'amount', chainField: 'chainId' }] },
        documentationUrl: 'https://docs.b3os.org/actions/reference/generated/send-erc20-token',
        tags: ['evm', 'transfer'],
      },
      expect.objectContaining({ type: 'cronjob', kind: 'trigger', source: 'live', origin: `${api.url}/v1/triggers/cronjob`, schemaCompleteness: 'complete' }),
    ]);
    expect(lookups(api)).toEqual([
      '/v1/actions/cronjob 404',
      '/v1/actions/no-such-type 404',
      '/v1/actions/send-erc20-token 200',
      '/v1/triggers/cronjob 200',
      '/v1/triggers/no-such-type 404',
    ]);
    expect(api.problems).toEqual([]);
  });

  it('tells a logic action (category logic) from an action', async () => {
    const { platform } = await setup();
    expect((await platform.lookupTypes(['if', 'get-balance'])).entries.map((e) => [e.type, e.kind])).toEqual([['if', 'logic'], ['get-balance', 'action']]);
  });

  it('asks for each type once per run', async () => {
    const { api, platform } = await setup();
    await platform.lookupTypes(['get-balance', 'get-balance']);
    await platform.lookupTypes(['get-balance']);
    expect(lookups(api)).toEqual(['/v1/actions/get-balance 200']);
  });

  it('reports an API failure and a definition of the wrong shape as failures with the reason', async () => {
    const wrongShape = () => envelope({ type: 'get-balance', name: 7, payloadSchema: { type: 'object' } });
    const { api, platform } = await setup({ faults: { 'GET /v1/triggers/{type}': [503, 503, 503, 503] }, handlers: { 'GET /v1/actions/{type}': (request, { fallback }) => (request.params.type === 'get-balance' ? wrongShape() : fallback()) } });
    const live = await platform.lookupTypes(['cronjob', 'get-balance']);
    expect(live.entries).toEqual([]);
    expect(live.failures).toEqual([
      { type: 'cronjob', reason: 'B3OS API GET /v1/triggers/cronjob failed with 503 after 4 attempts: Service Unavailable' },
      { type: 'get-balance', reason: `${api.url}/v1/actions/get-balance returned an invalid definition: \`name\` must be string or null at /name` },
    ]);
  });

  it('offers validateWorkflow only with an API key', async () => {
    expect((await setup({}, false)).platform.validateWorkflow).toBeUndefined();
    await api?.close();
    expect((await setup({}, true)).platform.validateWorkflow).toBeTypeOf('function');
    expect(platformFor(undefined, 'b3sk_x')).toBeUndefined();
    expect(platformFor('https://api.b3os.org', undefined)?.validateWorkflow).toBeUndefined();
  });
});

describe('the live catalog in a full gate run', () => {
  const WF = 'workflows/markets/workflow.json';
  const workflow = (payload: string) => `{
  "name": "New markets",
  "description": "Posts new Polymarket markets to Slack.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "polymarket-new-market", "payload": ${payload}, "children": ["notify"] },
      "notify": { "type": "slack-send-message", "connector": { "type": "slack", "id": "conn_ops" }, "payload": { "conversation": "C01", "text": "{{$trigger.marketId}}" } }
    }
  }
}
`;
  const run = (text: string, platform?: PlatformPort) => runGate({ head: memorySnapshot({ [WF]: text }), changes: allChanged({ [WF]: text }), platform, today: '2026-11-25' });
  const places = (report: Awaited<ReturnType<typeof run>>, rule: string) => findingsOf(report, `definition-validates/${rule}`).map((f) => [f.location?.line, f.location?.column]);

  it('offline, the trigger and the action the shipped catalog knows only by name are unverified', async () => {
    const report = await run(workflow('{ "tag": "elections" }'));
    expect(places(report, 'schema-unknown')).toEqual([[7, 25], [8, 27]]);
    expect(places(report, 'unknown-node-type')).toEqual([]);
  });

  it('online, both validate against the live schemas: a good payload passes, a bad one fails at its field', async () => {
    const { api, platform } = await setup();
    const good = await run(workflow('{ "tag": "elections" }'), platform);
    expect(places(good, 'schema-unknown')).toEqual([]);
    expect(places(good, 'unknown-node-type')).toEqual([]);
    expect(places(good, 'payload-schema')).toEqual([]);
    const bad = await run(workflow('{ "tag": 2026 }'), platform);
    expect(findingsOf(bad, 'definition-validates/payload-schema').map((f) => [f.location?.line, f.location?.column, f.message])).toEqual([
      [7, 70, expect.stringContaining('payload.tag')],
    ]);
    expect(api.problems).toEqual([]);
    expect(api.calls.every((c) => c.method === 'GET' && !c.authorization)).toBe(true);
  });
});
