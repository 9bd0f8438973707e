import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createB3osClient } from '../../../src/adapters/b3os/client.js';
import { createPlatform } from '../../../src/adapters/b3os/platform.js';
import { runGate } from '../../../src/core/gate.js';
import type { PlatformPort } from '../../../src/core/platform.js';
import type { Report } from '../../../src/core/types.js';
import { startB3osApi, TEST_API_KEY, type B3osApi, type ValidationResult } from '../../support/b3os-api-server.js';
import { allChanged, memorySnapshot, type MemoryFiles } from '../../support/memory-snapshot.js';
import { findingsOf } from '../../support/rule-harness.js';
import { platformValidation } from '../../../src/items/definition-validates/platform-validation.js';

const RULE = 'definition-validates/platform-validation';
const WF = 'workflows/payout/workflow.json';
const WF_YAML = 'workflows/alert/workflow.yaml';

const PAYOUT = `{
  "name": "Payout",
  "description": "Pays the vendor when run by hand.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["pay"] },
      "pay": {
        "type": "send-erc20-token",
        "connector": { "type": "wallet", "id": "wal_treasury" },
        "payload": {
          "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913",
          "recipientAddress": "0x1111111111111111111111111111111111111111",
          "amount": "1000000",
          "chainId": 8453
        }
      }
    }
  }
}
`;

const ALERT = `name: Alert
description: Posts to Slack when run by hand.
definition:
  triggerNodeIds: [root]
  nodes:
    root:
      type: manual
      payload: {}
      children: [notify]
    notify:
      type: slack-send-message
      connector: { type: slack, id: conn_ops_slack }
      payload:
        conversation: C01
        text: hello
`;

/** A payout whose node has an empty key, a payload with a `payload` field of its own, and eleven recipients. */
const ODD = `{
  "name": "Payout",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["pay"] },
      "pay": {
        "": "an empty key",
        "type": "http-request",
        "connector": { "type": "wallet", "id": "wal_treasury" },
        "payload": {
          "": "an empty key",
          "amount": "1000000",
          "payload": { "amount": "1" },
          "recipients": [
${Array.from({ length: 11 }, (_, i) => `            { "address": "0x${String(i).padStart(40, '0')}" }`).join(',\n')}
          ]
        }
      }
    }
  }
}
`;
const LONG = 'x'.repeat(300);

let api: B3osApi;
let answer: ValidationResult;

beforeAll(async () => {
  api = await startB3osApi({ validate: () => answer });
});
afterAll(() => api.close());
beforeEach(() => {
  answer = { valid: true, errors: [] };
  api.calls.length = 0;
});

function platform(withKey = true): PlatformPort {
  const apiKey = withKey ? TEST_API_KEY : undefined;
  return createPlatform(createB3osClient({ baseUrl: api.url, apiKey, retryBaseMs: 1, timeoutMs: 1000 }), { hasKey: apiKey !== undefined });
}

/** Runs the whole gate in `all` mode; `port` defaults to the API with the key, 'offline' means none. */
async function audit(files: MemoryFiles, port: PlatformPort | 'offline' = platform()): Promise<Report> {
  return runGate({ head: memorySnapshot(files), changes: allChanged(files), platform: port === 'offline' ? undefined : port, today: '2026-11-25' });
}

const placesOf = (report: Report) => findingsOf(report, RULE).map((f) => [f.location?.file, f.location?.line, f.location?.column, f.message]);

describe(RULE, () => {
  it.each<{ name: string; files?: MemoryFiles; result: ValidationResult; expected: Array<[string, number, number, string]> }>([
    { name: 'a valid workflow', result: { valid: true, errors: [] }, expected: [] },
    {
      name: 'a payload field',
      result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'amount', message: 'Amount must be a positive integer string.', code: 'invalid_amount' }] },
      expected: [[WF, 14, 21, 'node `pay`: amount must be a positive integer string [invalid_amount]']],
    },
    {
      name: 'a dotted payload field',
      result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'payload.chainId', message: 'unsupported chain' }] },
      expected: [[WF, 15, 22, 'node `pay`: unsupported chain']],
    },
    {
      name: 'a field of the node itself',
      result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'connector', message: 'Wallet wal_treasury not found', code: 'connector_not_found' }] },
      expected: [[WF, 10, 22, 'node `pay`: wallet wal_treasury not found [connector_not_found]']],
    },
    {
      name: 'a missing field falls back to the node',
      result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'gasLimit', message: 'Missing required field "gasLimit"', code: 'missing_required_field' }] },
      expected: [[WF, 8, 7, 'node `pay`: missing required field "gasLimit" [missing_required_field]']],
    },
    {
      name: 'a node without a field',
      result: { valid: false, errors: [{ type: 'connectivity', nodeId: 'root', message: 'Trigger has no reachable action' }] },
      expected: [[WF, 7, 7, 'node `root`: trigger has no reachable action']],
    },
    {
      name: 'a node the file does not have falls back to the definition',
      result: { valid: false, errors: [{ type: 'nodes', nodeId: 'ghost', message: 'node not found' }] },
      expected: [[WF, 4, 3, 'node `ghost`: node not found']],
    },
    {
      name: 'the name',
      result: { valid: false, errors: [{ type: 'name', message: 'Name is taken by another workflow', code: 'duplicate_name' }] },
      expected: [[WF, 2, 11, 'the B3OS API reports: name is taken by another workflow [duplicate_name]']],
    },
    {
      name: 'the whole definition, and several errors in order',
      result: { valid: false, errors: [{ type: 'pattern', message: 'EVM actions need a wallet' }, { type: 'nodes', nodeId: 'pay', field: 'amount', message: 'too large' }] },
      expected: [[WF, 4, 3, 'the B3OS API reports: EVM actions need a wallet'], [WF, 14, 21, 'node `pay`: too large']],
    },
    { name: 'invalid without details', result: { valid: false, errors: [] }, expected: [[WF, 4, 3, 'the B3OS API reports: the workflow is invalid (no details given)']] },
    {
      name: 'a YAML workflow',
      files: { [WF_YAML]: ALERT },
      result: { valid: false, errors: [{ type: 'nodes', nodeId: 'notify', field: 'conversation', message: 'channel not found' }] },
      expected: [[WF_YAML, 14, 23, 'node `notify`: channel not found']],
    },
    { name: 'a node with an empty key, without a field', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', message: 'bad' }] }, expected: [[WF, 7, 7, 'node `pay`: bad']] },
    { name: 'the payload as the field', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'payload', message: 'bad' }] }, expected: [[WF, 11, 20, 'node `pay`: bad']] },
    { name: 'a payload field named like the payload', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'payload.amount', message: 'bad' }] }, expected: [[WF, 13, 21, 'node `pay`: bad']] },
    { name: 'an item of a list past the ninth', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'recipients[10].address', message: 'bad' }] }, expected: [[WF, 26, 26, 'node `pay`: bad']] },
    { name: 'an item past the end of a list falls back to the node', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'recipients[11].address', message: 'bad' }] }, expected: [[WF, 7, 7, 'node `pay`: bad']] },
    { name: 'a nested field of the node itself', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'connector.id', message: 'bad' }] }, expected: [[WF, 10, 48, 'node `pay`: bad']] },
    { name: 'a field with an empty segment', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'amount.', message: 'bad' }] }, expected: [[WF, 13, 21, 'node `pay`: bad']] },
    { name: 'a field inside a string falls back to the node', files: { [WF]: ODD }, result: { valid: false, errors: [{ type: 'nodes', nodeId: 'pay', field: 'amount.0', message: 'bad' }] }, expected: [[WF, 7, 7, 'node `pay`: bad']] },
    {
      name: 'the name of a file without one falls back to the definition',
      files: { [WF]: PAYOUT.replace('"name": "Payout",', '') },
      result: { valid: false, errors: [{ type: 'name', message: 'name required' }] },
      expected: [[WF, 4, 3, 'the B3OS API reports: name required']],
    },
    { name: 'a message with trailing periods', result: { valid: false, errors: [{ type: 'pattern', message: 'Amount too large.. ' }] }, expected: [[WF, 4, 3, 'the B3OS API reports: amount too large']] },
    { name: 'a message with leading blanks', result: { valid: false, errors: [{ type: 'pattern', message: '  Amount too large' }] }, expected: [[WF, 4, 3, 'the B3OS API reports: amount too large']] },
    { name: 'a message starting with an acronym', result: { valid: false, errors: [{ type: 'pattern', message: 'EVM actions need a Wallet connector' }] }, expected: [[WF, 4, 3, 'the B3OS API reports: EVM actions need a Wallet connector']] },
    { name: 'a message over several lines', result: { valid: false, errors: [{ type: 'pattern', message: 'Amount must be\n    a positive  integer' }] }, expected: [[WF, 4, 3, 'the B3OS API reports: amount must be a positive integer']] },
    { name: 'a message of 300 characters, kept whole', result: { valid: false, errors: [{ type: 'pattern', message: LONG }] }, expected: [[WF, 4, 3, `the B3OS API reports: ${LONG}`]] },
    { name: 'a message of 301 characters, clipped', result: { valid: false, errors: [{ type: 'pattern', message: `${LONG}y` }] }, expected: [[WF, 4, 3, `the B3OS API reports: ${'x'.repeat(299)}…`]] },
  ])('maps $name to its place', async ({ files, result, expected }) => {
    answer = result;
    const report = await audit(files ?? { [WF]: PAYOUT });
    expect(placesOf(report)).toEqual(expected);
    if (expected.length > 0) expect(report.items.find((i) => i.id === 'definition-validates')?.status).toBe('fail');
    expect(api.problems).toEqual([]);
  });

  it('sends { name, definition } of each workflow with the key; the name falls back to the workflow id', async () => {
    const unnamed = PAYOUT.replace('"name": "Payout",', '');
    await audit({ [WF]: unnamed, [WF_YAML]: ALERT });
    const calls = api.callsTo('POST /v1/workflows/validate');
    expect(calls.map((c) => [c.authorization, (c.body as { name: string }).name])).toEqual([[true, 'Alert'], [true, 'payout']]);
    expect((calls[1].body as { definition: unknown }).definition).toEqual((JSON.parse(unnamed) as { definition: unknown }).definition);
  });

  it('names a node, its field or the workflow in its hints', async () => {
    answer = {
      valid: false,
      errors: [
        { type: 'pattern', message: 'EVM actions need a wallet' },
        { type: 'nodes', nodeId: 'root', message: 'unreachable' },
        { type: 'nodes', nodeId: 'pay', field: 'amount', message: 'too large' },
      ],
    };
    const report = await audit({ [WF]: PAYOUT });
    expect(findingsOf(report, RULE).map((f) => f.hint)).toEqual([
      "fix the workflow as the platform's validation says, then push again",
      "fix the node `root` as the platform's validation says, then push again",
      "fix the node `pay` (`amount`) as the platform's validation says, then push again",
    ]);
  });

  it('sends the workflow id for a blank name, and leaves out files without a definition object, legacy files and symlinks', async () => {
    await audit({ [WF]: PAYOUT.replace('"name": "Payout"', '"name": "   "') });
    const skipped = await audit({ [WF]: '{ "name": "Payout", "definition": [] }\n', 'workflows/old/workflow.json': PAYOUT.replace('"connector": { "type": "wallet", "id": "wal_treasury" }', '"connector": "wal_treasury"'), 'workflows/linked/workflow.json': { symlink: '../payout/workflow.json' } });
    expect(placesOf(skipped)).toEqual([]);
    expect(api.callsTo('POST /v1/workflows/validate').map((c) => (c.body as { name: string }).name)).toEqual(['payout']);
  });

  it('does nothing offline or without a key', async () => {
    answer = { valid: false, errors: [{ type: 'root', message: 'never seen' }] };
    expect(placesOf(await audit({ [WF]: PAYOUT }, 'offline'))).toEqual([]);
    expect(placesOf(await audit({ [WF]: PAYOUT }, platform(false)))).toEqual([]);
    expect(api.callsTo('POST /v1/workflows/validate')).toEqual([]);
  });

  it('makes the item incomplete when the API fails, and stops sending after an outage', async () => {
    api.inject('POST /v1/workflows/validate', 503, 503, 503, 503);
    const report = await audit({ [WF]: PAYOUT, [WF_YAML]: ALERT });
    const reason = 'online validation failed: B3OS API POST /v1/workflows/validate failed with 503 after 4 attempts: Service Unavailable';
    expect(placesOf(report)).toEqual([[WF_YAML, 3, 1, reason], [WF, 4, 3, reason]]);
    expect(findingsOf(report, RULE).every((f) => f.unverified === true)).toBe(true);
    expect(findingsOf(report, RULE)[0].hint).toBe('run the check again once the B3OS API answers; if it keeps failing, check `b3os-api-url` and the `b3os-api-key` secret');
    expect(report.items.find((i) => i.id === 'definition-validates')?.status).toBe('incomplete');
    expect(report.result).toBe('fail');
    expect(api.callsTo('POST /v1/workflows/validate')).toHaveLength(4);
  });

  it('keeps sending after a 400 about one workflow', async () => {
    api.inject('POST /v1/workflows/validate', 400);
    const report = await audit({ [WF]: PAYOUT, [WF_YAML]: ALERT });
    expect(placesOf(report)).toEqual([[WF_YAML, 3, 1, 'online validation failed: B3OS API POST /v1/workflows/validate failed with 400: Bad Request']]);
    expect(api.callsTo('POST /v1/workflows/validate').map((c) => c.status)).toEqual([400, 200]);
  });
});

describe(`${RULE}: meta`, () => {
  it('says what it checks in its one-line description', () =>
    expect(platformValidation.meta.description).toBe('the B3OS API validates every affected workflow (online, with b3os-api-url and b3os-api-key)'));
});
