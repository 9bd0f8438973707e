import { describe, expect, it } from 'vitest';
import { pinnedEntries } from '../../src/catalog/pinned.js';

const FILE = '.b3os/catalog.json';

const sendErc20 = {
  type: 'send-erc20-token',
  name: 'Send ERC20 Token',
  category: 'evm-onchain',
  connector: { type: 'wallet' },
  requiresGas: true,
  fundsMovement: { sent: [{ tokenField: 'tokenAddress', amountField: 'amount', chainField: 'chainId' }] },
  payloadSchema: { type: 'object', required: ['tokenAddress'], properties: { tokenAddress: { type: 'string' } } },
  resultSchema: { type: 'object', properties: { status: { type: 'string' } } },
  exampleOutput: { status: 'success' },
  documentationUrl: 'https://docs.b3os.org/actions/reference/generated/send-erc20-token',
};

function catalog(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source: 'https://api.b3os.org',
    fetchedAt: '2026-11-20T09:00:00Z',
    actions: [sendErc20, { type: 'get-balance', name: 'Get Token Balance' }],
    logicActions: [{ type: 'if', payloadSchema: { type: 'object' } }],
    triggers: [{ type: 'cronjob', payloadSchema: { type: 'object' }, connector: null }],
    ...overrides,
  };
}

describe('pinnedEntries', () => {
  it('reads a valid file into entries', () => {
    const { entries, problems } = pinnedEntries(catalog(), FILE);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.type, e.kind, e.schemaCompleteness])).toEqual([
      ['send-erc20-token', 'action', 'complete'],
      ['get-balance', 'action', 'name-only'],
      ['if', 'logic', 'complete'],
      ['cronjob', 'trigger', 'complete'],
    ]);
    expect(entries[0]).toEqual({
      ...sendErc20,
      kind: 'action',
      source: 'pinned',
      origin: FILE,
      schemaCompleteness: 'complete',
      notes: ['pinned from https://api.b3os.org at 2026-11-20T09:00:00Z'],
    });
    expect(entries[3]).not.toHaveProperty('connector');
  });

  it.each([
    {
      name: 'type with an upper-case letter',
      actions: [{ type: 'Send-Token' }, sendErc20],
      problem: { pointer: '/actions/0/type', message: '`type` must match ^[a-z0-9][a-z0-9-]*$' },
    },
    {
      name: 'missing type',
      actions: [sendErc20, { name: 'no type' }],
      problem: { pointer: '/actions/1', message: 'the entry is missing the required property `type`' },
    },
    {
      name: 'payload schema that is a string',
      actions: [{ type: 'bad-schema', payloadSchema: 'object' }, sendErc20],
      problem: { pointer: '/actions/0/payloadSchema', message: '`payloadSchema` must be object or null' },
    },
    {
      name: 'entry that is not an object',
      actions: [42, sendErc20],
      problem: { pointer: '/actions/0', message: 'the entry must be object' },
    },
  ])('reports a bad entry ($name) at its pointer and still loads the rest', ({ actions, problem }) => {
    const { entries, problems } = pinnedEntries(catalog({ actions }), FILE);
    expect(problems).toEqual([problem]);
    expect(entries.map((e) => e.type)).toEqual(['send-erc20-token', 'if', 'cronjob']);
  });

  it('gives one problem per bad entry even when it breaks several rules', () => {
    const { problems } = pinnedEntries(catalog({ triggers: [{ type: 'X', name: 3, payloadSchema: [] }] }), FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0].pointer).toMatch(/^\/triggers\/0/);
  });

  it('reports a repeated type and keeps the first', () => {
    const { entries, problems } = pinnedEntries(catalog({ logicActions: [{ type: 'send-erc20-token' }] }), FILE);
    expect(problems).toEqual([
      { pointer: '/logicActions/0/type', message: 'type `send-erc20-token` is already defined at /actions/0' },
    ]);
    expect(entries.find((e) => e.type === 'send-erc20-token')?.kind).toBe('action');
  });

  it('reports file-level problems and still loads the sections that are arrays', () => {
    const value = catalog({ fetchedAt: 'yesterday', triggers: { type: 'cronjob' } });
    const { entries, problems } = pinnedEntries(value, FILE);
    expect(problems).toEqual([
      { pointer: '/fetchedAt', message: '`fetchedAt` must be a date-time string' },
      { pointer: '/triggers', message: '`triggers` must be array' },
    ]);
    expect(entries.map((e) => e.type)).toEqual(['send-erc20-token', 'get-balance', 'if']);
  });

  it('reads nothing from a file that is not an object', () => {
    expect(pinnedEntries([], FILE)).toEqual({
      entries: [],
      problems: [{ pointer: '', message: 'the catalog file must be object' }],
    });
  });
});
