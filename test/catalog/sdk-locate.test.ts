import { describe, expect, it } from 'vitest';
import { locateInSdkSchema } from '../../src/catalog/sdk-locate.js';

const SOURCE = `import type { Schema } from '@b3os/sdk';

const amount = { type: 'string', format: 'token-amount' } as const;
const chains = [1, 8453];

export const payloadSchema = {
  type: 'object',
  required: ['to', 'amount'],
  properties: {
    to: { type: 'string' },
    'amount': amount,
    chainId: { enum: chains },
    memo: { ...{ type: 'string' } },
  },
} satisfies Schema;

export default { resultSchema: { type: 'object', properties: { hash: { type: 'string' } } } };
`;

describe('locateInSdkSchema', () => {
  it.each([
    ['the schema itself', '/payloadSchema', { line: 6, column: 30 }],
    ['a property, at its key', '/payloadSchema/properties/to', { line: 10, column: 5 }],
    ['a quoted key', '/payloadSchema/properties/amount', { line: 11, column: 5 }],
    ['through a top-level const', '/payloadSchema/properties/amount/format', { line: 3, column: 34 }],
    ['an array element', '/payloadSchema/required/1', { line: 8, column: 20 }],
    ['an array element through a const', '/payloadSchema/properties/chainId/enum/1', { line: 4, column: 20 }],
    ['a schema inside the default export', '/resultSchema/properties/hash', { line: 17, column: 64 }],
    ['the nearest ancestor of a missing field', '/payloadSchema/properties/gone/type', { line: 9, column: 3 }],
    ['the nearest ancestor of a field spread in', '/payloadSchema/properties/memo/type', { line: 13, column: 5 }],
  ])('finds %s', (_name, pointer, position) => {
    expect(locateInSdkSchema(SOURCE, pointer)).toEqual(position);
  });

  it('is undefined for a file that does not parse or has no such schema', () => {
    expect(locateInSdkSchema('export const payloadSchema = {', '/payloadSchema')).toBeUndefined();
    expect(locateInSdkSchema(SOURCE, '/nothing/here')).toBeUndefined();
    expect(locateInSdkSchema(SOURCE, '')).toBeUndefined();
  });
});
