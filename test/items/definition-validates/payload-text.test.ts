import { describe, expect, it } from 'vitest';
import { describePayload } from '../../../src/items/definition-validates/payload-text.js';
import type { UntrustedViolation } from '../../../src/schema/untrusted.js';

/** A violation of `keyword` at `/field` of a payload, as the untrusted validator gives it. */
const violation = (keyword: string, parentSchema: Record<string, unknown> | undefined, data: unknown, params: Record<string, unknown> = {}): UntrustedViolation => ({
  pointer: '/field',
  keyword,
  params,
  message: `must match a schema in ${keyword}`,
  parentSchema,
  data,
  schemaPath: `#/properties/field/${keyword}`,
});
/** The words for one violation of node `n`. */
const words = (v: UntrustedViolation, partial = false) => describePayload('n', [v], partial);
const anyOf = (branches: unknown[], data: unknown) => words(violation('anyOf', { anyOf: branches }, data, { passingSchemas: null }));
const NONE = { pointer: '/payload/field', atKey: false, message: '`n.payload.field` matches none of the shapes its schema allows (anyOf)', hint: 'compare the value with the payload schema of the node type' };
const mustBe = (message: string) => [{ pointer: '/payload/field', atKey: false, message: `\`n.payload.field\` must be ${message}` }];

describe('describePayload: enum values it echoes', () => {
  const enumOf = (name: string, data: unknown) => describePayload('n', [{ ...violation('enum', { enum: ['a'] }, data, { allowedValues: ['a'] }), pointer: `/${name}` }], false).map((t) => t.message);

  it.each([
    ['mode', 'turbo', '"turbo"'],
    ['authMode', 3, '3'],
    ['tokenId', 'abc', '"abc"'],
    ['tokenKind', 'abcdefghijklmn', '"abcdefghijklmn"'],
    ['mode', 'a b1234567890x', '"a b1234567890x"'],
    ['mode', 'abc123456789 x', '"abc123456789 x"'],
  ])('echoes %s = %j', (name, data, shown) => expect(enumOf(name, data)).toEqual([`\`n.payload.${name}\` must be one of "a", got ${shown}`]));

  it.each([
    ['authToken', 'abc'],
    ['mode', '123456789abc'],
    ['mode', 'AKIAIOSFODNN7EXAMPLE'],
    ['apiKey', 'abc'],
  ])('does not echo %s = %j', (name, data) => expect(enumOf(name, data)).toEqual([`\`n.payload.${name}\` must be one of "a", got a string`]));
});

describe('describePayload: unknown keys of a partial schema', () => {
  it.each(['additionalProperties', 'unevaluatedProperties'])('leaves out %s violations when the schema is partial', (keyword) => {
    const v = violation(keyword, { properties: {} }, {}, { additionalProperty: 'extra', unevaluatedProperty: 'extra' });
    expect(words(v, true)).toEqual([]);
    expect(words(v, false)).toHaveLength(1);
  });
});

describe('describePayload: anyOf and oneOf', () => {
  it('words a oneOf of required lists as an anyOf', () =>
    expect(words(violation('oneOf', { oneOf: [{ required: ['amount'] }, { required: ['rawAmount', 'decimals'], description: 'raw units' }] }, {}, { passingSchemas: null }))).toEqual([
      { pointer: '/payload/field', atKey: false, message: '`n.payload.field` needs `amount`, or `rawAmount` and `decimals`', hint: 'add one of them' },
    ]));

  it('says when a oneOf value matches more than one shape', () =>
    expect(words(violation('oneOf', { oneOf: [{ type: 'string' }, { type: 'string' }] }, 'x', { passingSchemas: [0, 1] }))).toEqual([
      { pointer: '/payload/field', atKey: false, message: '`n.payload.field` matches more than one of the shapes its schema allows (oneOf)', hint: 'make the value match exactly one of them' },
    ]));

  it('words a branch with more than required (or a description) as a shape', () => {
    expect(anyOf([{ required: ['a'], properties: { a: { type: 'string' } } }, { required: ['b'] }], {})).toEqual([NONE]);
    expect(anyOf([{ required: ['a'], type: 'object' }, { required: ['b'] }], {})).toEqual([NONE]);
  });

  it('words branches without a required list as shapes', () => {
    expect(anyOf([{ required: ['a'] }, {}], {})).toEqual([NONE]);
    expect(anyOf([{ required: ['a'] }, true], {})).toEqual([NONE]);
    expect(anyOf([{ required: ['a'] }, { type: 'string' }], 5)).toEqual([NONE]);
  });

  it('words an anyOf without branches, or without its schema, as a shape', () => {
    expect(anyOf([], 5)).toEqual([NONE]);
    expect(words(violation('anyOf', undefined, 5, { passingSchemas: null }))).toEqual([NONE]);
  });

  it('names the branch types the value has none of', () => {
    expect(anyOf([{ type: 'integer' }, { type: 'string' }], null)).toEqual(mustBe('an integer or a string, got null'));
    expect(anyOf([{ type: 'integer' }, { type: 'string' }], [1])).toEqual(mustBe('an integer or a string, got an array'));
    expect(anyOf([{ type: 'array' }, { type: 'string' }], 1.5)).toEqual(mustBe('an array or a string, got a number'));
    expect(anyOf([{ type: 'array' }, { type: 'string' }], 2)).toEqual(mustBe('an array or a string, got an integer'));
    expect(anyOf([{ type: 'null' }, { type: 'string' }], true)).toEqual(mustBe('a null or a string, got a boolean'));
    expect(anyOf([{ type: 'object' }, { type: 'string' }], null)).toEqual(mustBe('an object or a string, got null'));
    expect(anyOf([{ type: 'object' }, { type: 'string' }], [])).toEqual(mustBe('an object or a string, got an array'));
    expect(anyOf([{ type: 'object' }, { type: 'integer' }], 'x')).toEqual(mustBe('an object or an integer, got a string'));
  });

  it('does not blame the type when the value has one of the branch types', () => {
    expect(anyOf([{ type: 'integer', minimum: 10 }, { type: 'string' }], 5)).toEqual([NONE]);
    expect(anyOf([{ type: 'array', minItems: 2 }, { type: 'string' }], [])).toEqual([NONE]);
    expect(anyOf([{ type: 'null' }, { type: 'string', minLength: 2 }], null)).toEqual([NONE]);
    expect(anyOf([{ type: 'object', required: ['a'] }, { type: 'string' }], {})).toEqual([NONE]);
    expect(anyOf([{ type: 'boolean' }, { type: 'string', minLength: 2 }], 'x')).toEqual([NONE]);
  });

  it('words branches that are not all typed as shapes', () => {
    expect(anyOf([{ type: 'integer' }, { minimum: 1 }], true)).toEqual([NONE]);
    expect(anyOf([{ type: ['string', 'null'] }, { type: 'integer' }], true)).toEqual([NONE]);
  });
});
