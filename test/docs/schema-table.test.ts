import { describe, expect, it } from 'vitest';
import { normalizeTypes, requiredFlagOf, sameTypes, schemaFields, typeTextOf } from '../../src/docs/schema-table.js';

describe('schemaFields', () => {
  it('lists top-level properties in order with type text and required flag', () => {
    const schema = {
      type: 'object',
      required: ['a', 'c'],
      properties: { a: { type: 'string' }, b: { type: ['string', 'number'] }, c: { type: 'array', items: { type: 'string' } }, d: {} },
      anyOf: [{ required: ['b'] }, { required: ['d'] }],
    };
    expect(schemaFields(schema)).toEqual([
      { name: 'a', typeText: 'string', required: true },
      { name: 'b', typeText: 'string | number', required: 'conditional' },
      { name: 'c', typeText: 'array', required: true },
      { name: 'd', required: 'conditional' },
    ]);
  });

  it.each([
    ['an object without properties', { type: 'object' }, []],
    ['not an object', 'string', undefined],
    ['properties that are not an object', { properties: [] }, undefined],
  ])('handles %s', (_name, schema, expected) => {
    expect(schemaFields(schema)).toEqual(expected);
  });
});

describe('typeTextOf', () => {
  it.each([
    [{ type: 'integer' }, 'integer'],
    [{ enum: ['slow', 'fast'] }, 'string'],
    [{ enum: [1, 2.5] }, 'integer | number'],
    [{ const: true }, 'boolean'],
    [{ oneOf: [{ type: 'string' }, { type: 'null' }] }, 'string | null'],
    [{ anyOf: [{ type: 'string' }, {}] }, undefined],
    [{ properties: { x: {} } }, 'object'],
    [{ items: {} }, 'array'],
    [{ description: 'anything' }, undefined],
  ])('%j → %s', (property, expected) => {
    expect(typeTextOf(property)).toBe(expected);
  });
});

describe('type comparison', () => {
  it.each([
    ['string', 'string', true],
    ['string', ' `String` ', true],
    ['string | number', 'number|string', true],
    ['string | number', 'string or number', true],
    ['integer', 'number', true],
    ['number', 'integer', true],
    ['array', 'string[]', true],
    ['array', 'array<string>', true],
    ['string', 'number', false],
    ['string | null', 'string', false],
    ['object', 'json', false],
  ])('schema %s vs page %s → %s', (schema, page, expected) => {
    expect(sameTypes(schema, page)).toBe(expected);
  });

  it('normalizes to sorted, distinct names', () => {
    expect(normalizeTypes('Number | string[] | integer')).toEqual(['array', 'number']);
    expect(normalizeTypes(' ')).toEqual([]);
  });
});

describe('requiredFlagOf', () => {
  it.each([
    ['yes', true],
    ['**Yes**', true],
    ['true', true],
    ['no', false],
    ['False', false],
    ['-', undefined],
    ['maybe', undefined],
  ])('%s → %s', (cell, expected) => {
    expect(requiredFlagOf(cell)).toBe(expected);
  });
});
