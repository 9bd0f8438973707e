import { describe, expect, it } from 'vitest';
import { propertyNamesOf, schemaAtPath, typesOf } from '../../src/b3os/schema-path.js';

const RESULT = {
  type: 'object',
  additionalProperties: false,
  properties: {
    balance: { type: 'string' },
    decimals: { type: 'integer' },
    holders: { type: 'array', items: { type: 'object', properties: { address: { type: 'string' } }, additionalProperties: false } },
    pair: { type: 'array', items: [{ type: 'string' }, { type: 'number' }] },
    meta: { type: 'object', additionalProperties: { type: 'string' } },
    raw: { type: 'object' },
    loose: { type: 'object', properties: { a: { type: 'string' } } },
    price: { oneOf: [{ type: 'object', properties: { usd: { type: 'number' } }, additionalProperties: false }, { type: 'null' }] },
    linked: { $ref: '#/$defs/x' },
  },
};

describe('schemaAtPath', () => {
  it.each<[string[], string]>([
    [['balance'], 'found'],
    [['holders', '0', 'address'], 'found'],
    [['pair', '1'], 'found'],
    [['meta', 'anything'], 'found'],
    [['raw', 'x', 'y'], 'open'],
    [['price', 'usd'], 'found'],
    [['linked', 'x'], 'open'],
    [[], 'found'],
  ])('%j is %s', (path, status) => expect(schemaAtPath(RESULT, path).status).toBe(status));

  it.each<[string[], number, boolean]>([
    [['balanse'], 0, true],
    [['holders', '0', 'adress'], 2, true],
    [['holders', 'first'], 1, false],
    [['pair', '2'], 1, false],
    [['loose', 'b'], 1, false],
    [['balance', 'length'], 1, false],
    [['price', 'eur'], 1, false],
  ])('%j is missing at %i (strict: %s)', (path, index, strict) => expect(schemaAtPath(RESULT, path)).toEqual({ status: 'missing', index, strict }));

  it('allows anything below a missing or non-object schema', () => {
    expect(schemaAtPath(undefined, ['a'])).toEqual({ status: 'open' });
    expect(schemaAtPath(true, ['a'])).toEqual({ status: 'open' });
  });
});

describe('typesOf and propertyNamesOf', () => {
  it('unions the types of all branches, integer as number', () => {
    const found = schemaAtPath(RESULT, ['price']);
    expect(found.status === 'found' && typesOf(found.schemas)).toEqual(new Set(['object', 'null']));
    expect(typesOf([{ type: ['integer', 'string'] }])).toEqual(new Set(['number', 'string']));
    expect(typesOf([{ description: 'no type' }])).toBeUndefined();
  });

  it('lists declared member names, sorted', () => {
    expect(propertyNamesOf([RESULT])).toEqual(['balance', 'decimals', 'holders', 'linked', 'loose', 'meta', 'pair', 'price', 'raw']);
  });
});
