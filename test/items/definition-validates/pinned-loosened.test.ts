import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';

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
const AT_TYPE = { file: CATALOG_FILE, line: 6, column: 15 };

describe(RULE, () => {
  it('fails a loosened payload schema whatever fetchedAt says, passes tightenings and additions', () =>
    checkDiffTable(RULE, [
      { name: 'unchanged', base: files(catalog(SEND)), head: files(catalog(SEND, '2026-12-01T00:00:00Z')), expected: [] },
      { name: 'pattern tightened', base: files(catalog(withRecipient({ type: 'string' }))), head: files(catalog(SEND)), expected: [] },
      { name: 'an action added', base: files(catalog(SEND)), head: files(catalog(SEND, undefined, [{ ...SEND, type: 'acme-pay' }])), expected: [] },
      {
        name: 'recipient pattern dropped, fetchedAt bumped',
        base: files(catalog(SEND)),
        head: files(catalog(withRecipient({ type: 'string' }), '2026-12-01T00:00:00Z')),
        expected: [{ ...AT_TYPE, severity: 'error', message: /^the pinned catalog loosens the payload schema of `send-erc20-token`: `recipientAddress`: / }],
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
        expected: [{ ...AT_TYPE, severity: 'error', message: /the payload: the payload schema is gone$/ }],
      },
    ]));
});
