import { describe, expect, it } from 'vitest';
import { expressionsIn, validatePayload } from '../../src/b3os/payload.js';
import { compileUntrusted } from '../../src/schema/untrusted.js';

const SEND = {
  type: 'object',
  required: ['tokenAddress', 'recipientAddress', 'amount', 'chainId'],
  properties: {
    tokenAddress: { type: 'string', pattern: '^0x[a-fA-F0-9]{40}$' },
    recipientAddress: { type: 'string', format: 'evm-address' },
    amount: { type: 'string', format: 'token-amount', maxLength: 78 },
    chainId: { type: 'number', enum: [1, 8453] },
    memo: { type: 'string', minLength: 3, maxLength: 5 },
    options: { type: 'object', properties: { slippageBps: { type: 'integer', maximum: 5000 } }, additionalProperties: false },
  },
  additionalProperties: false,
};

function check(schema: object, payload: unknown): Array<[string, string]> {
  const compiled = compileUntrusted(schema, 'test');
  if (!compiled.ok) throw new Error(compiled.reason);
  return validatePayload(compiled, payload).map((v) => [v.pointer, v.keyword]);
}

const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const VENDOR = '0x2222222222222222222222222222222222222222';
const GOOD = { tokenAddress: USDC, recipientAddress: VENDOR, amount: '250000000', chainId: 8453 };

describe('validatePayload', () => {
  it.each<[string, unknown, Array<[string, string]>]>([
    ['a valid payload', GOOD, []],
    ['a number where a token amount goes', { ...GOOD, amount: 250000000 }, [['/amount', 'type']]],
    ['a missing field and an unknown one', { ...GOOD, amount: undefined, amout: '1' }, [['', 'required'], ['', 'additionalProperties']]],
    ['a whole expression of any type stands for any value', { ...GOOD, amount: '{{$nodes.quote.result.amount}}', chainId: '{{ $trigger.chainId }}', options: '{{root.result.options}}' }, []],
    ['a whole expression under an object that forbids unknown keys is still an unknown key', { ...GOOD, options: { slippage: '{{x}}' } }, [['/options', 'additionalProperties']]],
    ['an embedded expression is a string of unknown content', { ...GOOD, recipientAddress: '0x{{$nodes.lookup.result.hex}}', memo: 'pay {{x}} now please' }, []],
    ['an embedded expression keeps the type check', { ...GOOD, chainId: 'chain {{x}}' }, [['/chainId', 'type']]],
    ['wrong values without expressions are reported', { ...GOOD, tokenAddress: '0x12', recipientAddress: 'vendor', chainId: 10, memo: 'x' }, [['/tokenAddress', 'pattern'], ['/recipientAddress', 'format'], ['/chainId', 'enum'], ['/memo', 'minLength']]],
    ['a whole-expression payload', '{{$trigger.body}}', []],
  ])('%s', (_name, payload, expected) => {
    expect(check(SEND, payload)).toEqual(expected);
  });

  describe('anyOf / oneOf', () => {
    const CHAIN = { type: 'object', properties: { chainId: { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+$' }] } } };
    const ONE_OF_KEYS = { type: 'object', properties: { amount: { type: 'string' }, rawAmount: { type: 'string' } }, anyOf: [{ required: ['amount'] }, { required: ['rawAmount'] }] };

    it.each<[string, object, unknown, Array<[string, string]>]>([
      ['a failing anyOf is reported once, without its branch errors', CHAIN, { chainId: true }, [['/chainId', 'anyOf']]],
      ['an embedded expression may satisfy the pattern branch', CHAIN, { chainId: '{{x}}0' }, []],
      ['an expression that no branch can take is still reported', { type: 'object', properties: { n: { anyOf: [{ type: 'integer' }, { type: 'boolean' }] } } }, { n: 'n{{x}}' }, [['/n', 'anyOf']]],
      ['an anyOf of required lists, none present', ONE_OF_KEYS, {}, [['', 'anyOf']]],
      ['an anyOf of required lists, one given as an expression', ONE_OF_KEYS, { rawAmount: '{{x}}' }, []],
      ['a oneOf matched twice stays', { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 9 }] }, 'abc', [['', 'oneOf']]],
      ['a not over an expression is dropped', { not: { type: 'string', const: 'x' } }, '{{x}}', []],
      ['a nested anyOf that an expression may satisfy', { anyOf: [{ type: 'object', properties: { a: { anyOf: [{ type: 'integer' }, { type: 'boolean' }] } }, required: ['a'] }, { type: 'string' }] }, { a: '{{x}}' }, []],
    ])('%s', (_name, schema, payload, expected) => {
      expect(check(schema, payload)).toEqual(expected);
    });
  });

  it('keeps the ajv details the messages need', () => {
    const compiled = compileUntrusted(SEND, 'test');
    if (!compiled.ok) throw new Error(compiled.reason);
    const [violation] = validatePayload(compiled, { ...GOOD, amount: 1 });
    expect(violation).toMatchObject({ pointer: '/amount', keyword: 'type', data: 1, parentSchema: { format: 'token-amount' } });
  });
});

describe('expressionsIn', () => {
  it('finds whole and embedded expressions, with escaped pointers', () => {
    const found = expressionsIn({ 'a/b': '{{x}}', list: ['plain', 'n={{y}}'], deep: { 'c~d': { e: '{{ $nodes.n.result }}' } } });
    expect([...found].sort()).toEqual([
      ['/a~1b', 'whole'],
      ['/deep/c~0d/e', 'whole'],
      ['/list/1', 'embedded'],
    ]);
  });

  it('walks a deep payload without recursion', () => {
    let value: unknown = '{{x}}';
    for (let i = 0; i < 20_000; i++) value = [value];
    expect(expressionsIn(value).size).toBe(1);
  });
});
