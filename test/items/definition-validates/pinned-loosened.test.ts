import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createB3osClient } from '../../../src/adapters/b3os/client.js';
import { createPlatform } from '../../../src/adapters/b3os/platform.js';
import { runGate } from '../../../src/core/gate.js';
import { startB3osApi, type B3osApi, type Definition } from '../../support/b3os-api-server.js';
import { checkDiffTable, diffChanged } from '../../support/diff-harness.js';
import { allChanged, memorySnapshot as memorySnapshot } from '../../support/memory-snapshot.js';
import { findingsOf } from '../../support/rule-harness.js';
import { pinnedLoosened } from '../../../src/items/definition-validates/pinned-loosened.js';

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

const WF_TEXT = '{ "name": "a", "definition": { "nodes": {} } }\n';
const files = (text: string) => ({ [CATALOG_FILE]: text, 'workflows/a/workflow.json': WF_TEXT });
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

/** `SEND` with `payloadSchema` replaced. */
const sendWith = (payloadSchema: object | undefined) => ({ ...SEND, payloadSchema });
/** An object schema with the properties given, `a` required. */
const props = (properties: object, extra: object = {}) => ({ type: 'object', properties, required: ['a'], ...extra });
const str = (extra: object = {}) => ({ type: 'string', ...extra });
const OFFLINE = ', and no live catalog is configured \\(`b3os-api-url`\\) to confirm it$';
/** The error for a loosening of `send-erc20-token` whose description is `said` (a regex source). */
const loosens = (said: string) => ({ ...AT_TYPE, severity: 'error' as const, message: new RegExp(`^the pinned catalog loosens the payload schema of \`send-erc20-token\`: ${said}${OFFLINE}`) });
const TIGHTENS = { ...AT_TYPE, severity: 'notice' as const, message: /^the pinned catalog tightens the payload schema of `send-erc20-token`$/ };
/** A catalog with `entry` as the one member of `group`, the other lists absent. */
const onlyIn = (group: string, entry: object) => JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', [group]: [entry] }, null, 2);

describe(`${RULE}: every kind of loosening`, () => {
  it('fails each change that accepts more (or may), and passes a pattern or format that is new', () =>
    checkDiffTable(RULE, [
      { name: 'a property schema unchanged', base: files(catalog(sendWith(props({ a: str() })))), head: files(catalog(sendWith(props({ a: str() })), '2026-12-01T00:00:00Z')), expected: [] },
      { name: 'field removed', base: files(catalog(sendWith(props({ a: str(), b: str() })))), head: files(catalog(sendWith(props({ a: str() })))), expected: [loosens('`b`: field removed; still accepted as an additional property')] },
      { name: 'became optional', base: files(catalog(sendWith(props({ a: str() })))), head: files(catalog(sendWith({ type: 'object', properties: { a: str() } }))), expected: [loosens('`a`: required → optional')] },
      { name: 'type widened', base: files(catalog(sendWith(props({ a: { type: 'integer' } })))), head: files(catalog(sendWith(props({ a: { type: 'number' } })))), expected: [loosens('`a`: type integer → number')] },
      { name: 'type changed', base: files(catalog(sendWith(props({ a: str() })))), head: files(catalog(sendWith(props({ a: { type: 'number' } })))), expected: [loosens('`a`: type string → number')] },
      { name: 'enum removed', base: files(catalog(sendWith(props({ a: str({ enum: ['x', 'y'] }) })))), head: files(catalog(sendWith(props({ a: str() })))), expected: [loosens('`a`: no longer limited to "x", "y"')] },
      { name: 'enum value added', base: files(catalog(sendWith(props({ a: str({ enum: ['x'] }) })))), head: files(catalog(sendWith(props({ a: str({ enum: ['x', 'y'] }) })))), expected: [loosens('`a`: "y" now allowed')] },
      { name: 'pattern changed', base: files(catalog(sendWith(props({ a: str({ pattern: '^x$' }) })))), head: files(catalog(sendWith(props({ a: str({ pattern: '^y$' }) })))), expected: [loosens('`a`: pattern \\^x\\$ → \\^y\\$')] },
      { name: 'pattern added', base: files(catalog(sendWith(props({ a: str() })))), head: files(catalog(sendWith(props({ a: str({ pattern: '^y$' }) })))), expected: [TIGHTENS] },
      { name: 'format changed', base: files(catalog(sendWith(props({ a: str({ format: 'uri' }) })))), head: files(catalog(sendWith(props({ a: str({ format: 'email' }) })))), expected: [loosens('`a`: format uri → email')] },
      { name: 'format added', base: files(catalog(sendWith(props({ a: str() })))), head: files(catalog(sendWith(props({ a: str({ format: 'email' }) })))), expected: [TIGHTENS] },
      { name: 'format removed', base: files(catalog(sendWith(props({ a: str({ format: 'uri' }) })))), head: files(catalog(sendWith(props({ a: str() })))), expected: [loosens('`a`: format uri removed')] },
      { name: 'bound loosened', base: files(catalog(sendWith(props({ a: str({ maxLength: 5 }) })))), head: files(catalog(sendWith(props({ a: str({ maxLength: 9 }) })))), expected: [loosens('`a`: maxLength 5 → 9')] },
      {
        name: 'composition changed',
        base: files(catalog(sendWith(props({ a: { anyOf: [str()] } })))),
        head: files(catalog(sendWith(props({ a: { anyOf: [str(), { type: 'number' }] } })))),
        expected: [loosens('`a`: anyOf/oneOf/allOf/not/if/\\$ref/\\$defs changed and cannot be compared member by member')],
      },
      { name: 'constraint changed', base: files(catalog(sendWith(props({ a: { type: 'number', multipleOf: 2 } })))), head: files(catalog(sendWith(props({ a: { type: 'number', multipleOf: 3 } })))), expected: [loosens('`a`: multipleOf 2 → 3')] },
      { name: 'constraint removed', base: files(catalog(sendWith(props({ a: { type: 'number', multipleOf: 2 } })))), head: files(catalog(sendWith(props({ a: { type: 'number' } })))), expected: [loosens('`a`: multipleOf 2 → none')] },
      { name: 'a keyword not compared', base: files(catalog(sendWith(props({ a: str({ foo: 1 }) })))), head: files(catalog(sendWith(props({ a: str({ foo: 2 }) })))), expected: [loosens('`a`: keyword foo 1 → 2')] },
      { name: 'a nested pattern removed', base: files(catalog(sendWith(props({ a: props({ b: str({ pattern: '^x$' }) }) })))), head: files(catalog(sendWith(props({ a: props({ b: str() }) })))), expected: [loosens('`a\\.b`: pattern \\^x\\$ removed')] },
      {
        name: 'two loosenings',
        base: files(catalog(sendWith(props({ a: str({ format: 'uri' }), b: str() })))),
        head: files(catalog(sendWith(props({ a: str() })))),
        expected: [loosens('`b`: field removed; still accepted as an additional property; `a`: format uri removed')],
      },
      {
        name: 'three loosenings: all told',
        base: files(catalog(sendWith(props({ a: str({ format: 'uri' }), b: str(), c: str() })))),
        head: files(catalog(sendWith(props({ a: str() })))),
        expected: [loosens('`b`: field removed; still accepted as an additional property; `c`: field removed; still accepted as an additional property; `a`: format uri removed')],
      },
      {
        name: 'four loosenings: three told, and how many more',
        base: files(catalog(sendWith(props({ a: str({ format: 'uri' }), b: str(), c: str(), d: str() })))),
        head: files(catalog(sendWith(props({ a: str() })))),
        expected: [loosens('`b`: field removed; still accepted as an additional property; `c`: field removed; still accepted as an additional property; `d`: field removed; still accepted as an additional property \\(and 1 more\\)')],
      },
      { name: 'an entry without a payload schema renamed', base: files(catalog(sendWith(undefined))), head: files(catalog({ ...sendWith(undefined), name: 'Send a token' })), expected: [] },
      {
        name: 'a loosened trigger, at its entry',
        base: files(onlyIn('triggers', { ...SEND, type: 'acme-hook' })),
        head: files(onlyIn('triggers', { ...withRecipient({ type: 'string' }), type: 'acme-hook' })),
        expected: [{ file: CATALOG_FILE, line: 6, column: 15, severity: 'error', message: /^the pinned catalog loosens the payload schema of `acme-hook`: `recipientAddress`: pattern/ }],
      },
      {
        name: 'a loosened logic action, at its entry',
        base: files(onlyIn('logicActions', { ...SEND, type: 'acme-if' })),
        head: files(onlyIn('logicActions', { ...withRecipient({ type: 'string' }), type: 'acme-if' })),
        expected: [{ file: CATALOG_FILE, line: 6, column: 15, severity: 'error', message: /^the pinned catalog loosens the payload schema of `acme-if`: `recipientAddress`: pattern/ }],
      },
      { name: 'a catalog new in this change', base: { 'workflows/a/workflow.json': WF_TEXT }, head: files(catalog(SEND)), expected: [] },
      { name: 'a catalog that did not parse before', base: files('{ "actions": [\n'), head: files(catalog(SEND)), expected: [] },
      { name: 'a catalog that does not parse now', base: files(catalog(SEND)), head: files('{ "actions": [\n'), expected: [] },
    ]));

  it('compares nothing when the run checks the whole tree, with a base or without', async () => {
    const [base, head] = [files(catalog(SEND)), files(catalog(withRecipient({ type: 'string' })))];
    for (const withBase of [true, false]) {
      const report = await runGate({ head: memorySnapshot(head), base: withBase ? memorySnapshot(base, 'BASE') : undefined, changes: allChanged(head), today: '2026-11-25' });
      expect(findingsOf(report, RULE), `with a base: ${withBase}`).toEqual([]);
    }
  });

  it('says what it checks in its one-line description', () =>
    expect(pinnedLoosened.meta).toEqual({ id: RULE, description: 'a change to the pinned catalog loosens the payload schema of a platform type, and the live catalog does not confirm it', severity: 'error' }));
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

  it('a live catalog that fails to answer about a dropped type confirms nothing: an error', async () => {
    api.catalog.actions = [];
    for (let i = 0; i < 10; i++) api.inject('GET /v1/actions/{type}', 500);
    const platform = createPlatform(createB3osClient({ baseUrl: api.url, retryBaseMs: 1, timeoutMs: 1000 }), { hasKey: false });
    const [base, head] = [files(catalog(SEND)), files(emptyCatalog('2026-12-01T00:00:00Z'))];
    const report = await runGate({ head: memorySnapshot(head), base: memorySnapshot(base, 'BASE'), changes: diffChanged(base, head), platform, today: '2026-11-25' });
    const found = findingsOf(report, RULE).map((f) => ({ severity: f.severity, line: f.location?.line, message: f.message, hint: f.hint }));
    expect(found).toEqual([
      {
        severity: 'error',
        line: 4,
        message: expect.stringMatching(/^the pinned catalog drops `send-erc20-token`: its nodes fall back to the catalog shipped with the gate, whose schema may be looser, and the live catalog could not confirm it: .*500/),
        hint: expect.stringMatching(/^pull the catalog again with `b3os-readiness catalog pull`/),
      },
    ]);
  });
});
