import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createB3osClient } from '../../../src/adapters/b3os/client.js';
import { createPlatform } from '../../../src/adapters/b3os/platform.js';
import { runGate } from '../../../src/core/gate.js';
import { startB3osApi, type B3osApi, type Definition } from '../../support/b3os-api-server.js';
import { checkDiffTable, diffChanged } from '../../support/diff-harness.js';
import { memorySnapshot } from '../../support/memory-snapshot.js';
import { findingsOf } from '../../support/rule-harness.js';

const RULE = 'definition-validates/pinned-loosened';
const CATALOG_FILE = '.b3os/catalog.json';
const SEND = {
  type: 'send-erc20-token',
  name: 'Send ERC20 Token',
  connector: { type: 'wallet' },
  payloadSchema: {
    type: 'object',
    properties: { recipientAddress: { type: 'string', pattern: '^0x[0-9a-fA-F]{40}$' }, amount: { type: 'string', pattern: '^[0-9]+$' } },
    required: ['recipientAddress', 'amount'],
    additionalProperties: false,
  },
  resultSchema: { type: 'object', properties: {} },
};

/** The pinned catalog with `send` as its one action (written one member per line, `actions` first). */
function catalog(send: object, fetchedAt = '2026-11-20T09:00:00Z', extra: object[] = []): string {
  return JSON.stringify({ source: 'https://api.b3os.org', fetchedAt, actions: [send, ...extra], logicActions: [], triggers: [] }, null, 2);
}

const files = (text: string) => ({ [CATALOG_FILE]: text, 'workflows/a/workflow.json': '{ "name": "a", "definition": { "nodes": {} } }\n' });
const withRecipient = (recipient: object) => ({ ...SEND, payloadSchema: { ...SEND.payloadSchema, properties: { ...SEND.payloadSchema.properties, recipientAddress: recipient } } });
const OTHER = { ...SEND, type: 'send-native-token', name: 'Send Native Token' };
const emptyCatalog = (fetchedAt: string) => JSON.stringify({ source: 'https://api.b3os.org', fetchedAt, actions: [], logicActions: [], triggers: [] }, null, 2);
const DROPPED_OFFLINE = /^the pinned catalog drops `send-erc20-token`: its nodes fall back to the catalog shipped with the gate, whose schema may be looser, and no live catalog is configured/;
const AT_TYPE = { file: CATALOG_FILE, line: 6, column: 15 };

describe(RULE, () => {
  it('hints at an honest refresh and at a waiver', async () => {
    const [base, head] = [files(catalog(SEND)), files(catalog(withRecipient({ type: 'string' })))];
    const [finding] = findingsOf(await runGate({ head: memorySnapshot(head), base: memorySnapshot(base, 'BASE'), changes: diffChanged(base, head), today: '2026-11-25' }), RULE);
    expect(finding.hint).toMatch(/`b3os-readiness catalog pull`.*`b3os-api-url`.*a reviewer may waive this rule/);
  });

  it('fails a loosened payload schema whatever fetchedAt says, passes tightenings and additions with notices', () =>
    checkDiffTable(RULE, [
      { name: 'unchanged', base: files(catalog(SEND)), head: files(catalog(SEND, '2026-12-01T00:00:00Z')), expected: [] },
      { name: 'only the name changed', base: files(catalog(SEND)), head: files(catalog({ ...SEND, name: 'Send a token' })), expected: [] },
      {
        name: 'pattern tightened',
        base: files(catalog(withRecipient({ type: 'string' }))),
        head: files(catalog(SEND)),
        expected: [{ ...AT_TYPE, severity: 'notice', message: /^the pinned catalog tightens the payload schema of `send-erc20-token`$/ }],
      },
      {
        name: 'an action added',
        base: files(catalog(SEND)),
        head: files(catalog(SEND, undefined, [{ ...SEND, type: 'acme-pay' }])),
        expected: [{ file: CATALOG_FILE, line: 35, column: 15, severity: 'notice', message: /^the pinned catalog adds `acme-pay`$/ }],
      },
      {
        name: 'recipient pattern dropped, fetchedAt bumped',
        base: files(catalog(SEND)),
        head: files(catalog(withRecipient({ type: 'string' }), '2026-12-01T00:00:00Z')),
        expected: [
          {
            ...AT_TYPE,
            severity: 'error',
            message: /^the pinned catalog loosens the payload schema of `send-erc20-token`: `recipientAddress`: .*, and no live catalog is configured \(`b3os-api-url`\) to confirm it$/,
          },
        ],
      },
      {
        name: 'additional properties opened',
        base: files(catalog(SEND)),
        head: files(catalog({ ...SEND, payloadSchema: { ...SEND.payloadSchema, additionalProperties: true } })),
        expected: [{ ...AT_TYPE, severity: 'error', message: /^the pinned catalog loosens the payload schema of `send-erc20-token`: the payload: / }],
      },
      {
        name: 'payload schema removed',
        base: files(catalog(SEND)),
        head: files(catalog({ ...SEND, payloadSchema: undefined })),
        expected: [{ ...AT_TYPE, severity: 'error', message: /the payload: the payload schema is gone, and no live catalog/ }],
      },
      {
        name: 'the only action dropped, fetchedAt bumped: at the emptied list',
        base: files(catalog(SEND)),
        head: files(emptyCatalog('2026-12-01T00:00:00Z')),
        expected: [{ file: CATALOG_FILE, line: 4, column: 14, severity: 'error', message: DROPPED_OFFLINE }],
      },
      {
        name: 'one of two actions dropped',
        base: files(catalog(SEND, undefined, [OTHER])),
        head: files(catalog(OTHER, '2026-12-01T00:00:00Z')),
        expected: [{ file: CATALOG_FILE, line: 4, column: 14, severity: 'error', message: DROPPED_OFFLINE }],
      },
      {
        name: 'the actions list itself dropped: at the document',
        base: files(catalog(SEND)),
        head: files(JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-12-01T00:00:00Z', logicActions: [], triggers: [] }, null, 2)),
        expected: [{ file: CATALOG_FILE, line: 1, column: 1, severity: 'error', message: DROPPED_OFFLINE }],
      },
    ]));
});

describe(`${RULE} with the live catalog`, () => {
  const LOOSE = withRecipient({ type: 'string' });
  let api: B3osApi;
  beforeAll(async () => {
    api = await startB3osApi();
  });
  afterAll(() => api.close());

  /** The rule's findings for the change that drops the recipient pattern, with the API serving `live`. */
  async function loosenedAgainst(live: Definition | undefined, faults = 0) {
    api.catalog.actions = live ? [live] : [];
    for (let i = 0; i < faults; i++) api.inject('GET /v1/actions/{type}', 500);
    const platform = createPlatform(createB3osClient({ baseUrl: api.url, retryBaseMs: 1, timeoutMs: 1000 }), { hasKey: false });
    const [base, head] = [files(catalog(SEND)), files(catalog(LOOSE, '2026-12-01T00:00:00Z'))];
    const report = await runGate({ head: memorySnapshot(head), base: memorySnapshot(base, 'BASE'), changes: diffChanged(base, head), platform, today: '2026-11-25' });
    expect(api.problems).toEqual([]);
    return findingsOf(report, RULE).map((f) => ({ severity: f.severity, line: f.location?.line, column: f.location?.column, message: f.message }));
  }

  it.each([
    { name: 'confirms a loosening it serves too: a notice', live: LOOSE, severity: 'notice', says: `, as the live catalog at URL does` },
    { name: 'does not confirm a loosening it does not serve: an error', live: SEND, severity: 'error', says: ', and the live catalog at URL serves a different payload schema' },
    { name: 'does not confirm a type it does not have: an error', live: undefined, severity: 'error', says: ', and the live catalog at URL has no `send-erc20-token`' },
  ])('the live catalog $name', async ({ live, severity, says }) => {
    const found = await loosenedAgainst(live as Definition | undefined);
    expect(found).toEqual([{ severity, line: 6, column: 15, message: expect.stringContaining(says.replace('URL', api.url)) }]);
    expect(found[0].message).toMatch(/^the pinned catalog loosens the payload schema of `send-erc20-token`: `recipientAddress`: /);
  });

  it.each([
    { name: 'still has a dropped type: an error', live: SEND, severity: 'error', says: ', but the live catalog at URL still has it' },
    { name: 'no longer has a dropped type: a notice', live: undefined, severity: 'notice', says: ', as the live catalog at URL no longer has it' },
  ])('the live catalog $name', async ({ live, severity, says }) => {
    api.catalog.actions = live ? [live as Definition] : [];
    const platform = createPlatform(createB3osClient({ baseUrl: api.url, retryBaseMs: 1, timeoutMs: 1000 }), { hasKey: false });
    const [base, head] = [files(catalog(SEND)), files(emptyCatalog('2026-12-01T00:00:00Z'))];
    const report = await runGate({ head: memorySnapshot(head), base: memorySnapshot(base, 'BASE'), changes: diffChanged(base, head), platform, today: '2026-11-25' });
    expect(api.problems).toEqual([]);
    const found = findingsOf(report, RULE).map((f) => ({ severity: f.severity, line: f.location?.line, message: f.message }));
    expect(found).toEqual([{ severity, line: 4, message: expect.stringMatching(/^the pinned catalog drops `send-erc20-token`: /) }]);
    expect(found[0].message.endsWith(says.replace('URL', api.url))).toBe(true);
  });

  it('a live catalog that fails to answer confirms nothing: an error', async () => {
    const found = await loosenedAgainst(LOOSE as Definition, 10);
    expect(found).toEqual([{ severity: 'error', line: 6, column: 15, message: expect.stringMatching(/, and the live catalog could not confirm it: .*500/) }]);
  });
});
