import { describe, expect, it } from 'vitest';
import { diffSchemas, MAX_PATH_DEPTH, MAX_SCHEMA_NODES, pathText, type Direction } from '../../src/contract/schema-diff.js';

const obj = (properties: Record<string, unknown>, required: string[] = [], extra: Record<string, unknown> = {}) => ({ type: 'object', properties, required, ...extra });
const closed = (properties: Record<string, unknown>, required: string[] = []) => obj(properties, required, { additionalProperties: false });
const S = { type: 'string' };
const N = { type: 'number' };

/** before, after, direction, expected `path kind breaking` lines. */
const CASES: ReadonlyArray<readonly [string, unknown, unknown, Direction, readonly string[]]> = [
  ['identical', closed({ a: S }, ['a']), closed({ a: S }, ['a']), 'input', []],
  ['key order does not matter', { enum: [{ a: 1, b: 2 }] }, { enum: [{ b: 2, a: 1 }] }, 'input', []],
  // input: accepting less breaks
  ['input new required field', obj({ a: S }), obj({ a: S, b: S }, ['b']), 'input', ['b field-added-required true']],
  ['input new optional field', obj({ a: S }), obj({ a: S, b: S }), 'input', ['b field-added-optional false']],
  ['input required without a property', obj({}), obj({}, ['b']), 'input', ['b field-added-required true']],
  ['input became required', obj({ a: S }), obj({ a: S }, ['a']), 'input', ['a became-required true']],
  ['input became optional', obj({ a: S }, ['a']), obj({ a: S }), 'input', ['a became-optional false']],
  ['input removed under additionalProperties false', closed({ a: S, b: S }), closed({ a: S }), 'input', ['b field-removed true']],
  ['input removed from an open schema', obj({ a: S, b: S }), obj({ a: S }), 'input', ['b field-removed false']],
  ['input closed', obj({ a: S }), closed({ a: S }), 'input', [' additional-properties-closed true']],
  ['input opened', closed({ a: S }), obj({ a: S }), 'input', [' additional-properties-opened false']],
  ['input narrowed type', obj({ a: { type: ['string', 'number'] } }), obj({ a: S }), 'input', ['a type-narrowed true']],
  ['input number to integer narrows', obj({ a: N }), obj({ a: { type: 'integer' } }), 'input', ['a type-narrowed true']],
  ['input untyped to string narrows', obj({ a: {} }), obj({ a: S }), 'input', ['a type-narrowed true']],
  ['input widened type', obj({ a: S }), obj({ a: { type: ['string', 'number'] } }), 'input', ['a type-widened false']],
  ['input changed type', obj({ a: S }), obj({ a: N }), 'input', ['a type-changed true']],
  ['input enum value removed', obj({ a: { enum: ['x', 'y'] } }), obj({ a: { enum: ['x'] } }), 'input', ['a enum-value-removed true']],
  ['input enum value added', obj({ a: { enum: ['x'] } }), obj({ a: { enum: ['x', 'y'] } }), 'input', ['a enum-value-added false']],
  ['input enum added', obj({ a: S }), obj({ a: { type: 'string', enum: ['x'] } }), 'input', ['a enum-added true']],
  ['input const is a one-value enum', obj({ a: { enum: ['x', 'y'] } }), obj({ a: { const: 'x' } }), 'input', ['a enum-value-removed true']],
  ['input enum dropped', obj({ a: { type: 'string', enum: ['x'] } }), obj({ a: S }), 'input', ['a enum-removed false']],
  ['input pattern added', obj({ a: S }), obj({ a: { type: 'string', pattern: '^0x' } }), 'input', ['a pattern-changed true']],
  ['input pattern changed, even if wider', obj({ a: { type: 'string', pattern: '^0x[0-9a-f]{40}$' } }), obj({ a: { type: 'string', pattern: '^0x' } }), 'input', ['a pattern-changed true']],
  ['input pattern removed', obj({ a: { type: 'string', pattern: '^0x' } }), obj({ a: S }), 'input', ['a pattern-removed false']],
  ['input format added', obj({ a: S }), obj({ a: { type: 'string', format: 'token-amount' } }), 'input', ['a format-changed true']],
  ['input minimum raised', obj({ a: { type: 'number', minimum: 0 } }), obj({ a: { type: 'number', minimum: 1 } }), 'input', ['a bound-tightened true']],
  ['input maximum added', obj({ a: N }), obj({ a: { type: 'number', maximum: 10 } }), 'input', ['a bound-tightened true']],
  ['input maximum raised', obj({ a: { type: 'number', maximum: 10 } }), obj({ a: { type: 'number', maximum: 20 } }), 'input', ['a bound-loosened false']],
  ['input minLength removed', obj({ a: { type: 'string', minLength: 3 } }), obj({ a: S }), 'input', ['a bound-loosened false']],
  ['input maxLength lowered', obj({ a: { type: 'string', maxLength: 10 } }), obj({ a: { type: 'string', maxLength: 5 } }), 'input', ['a bound-tightened true']],
  ['input composition changed', obj({ a: { oneOf: [S, N] } }), obj({ a: { oneOf: [S] } }), 'input', ['a composition-changed true']],
  // keywords compared by presence only, or not at all: never silent
  ['input multipleOf added', obj({ a: N }), obj({ a: { type: 'number', multipleOf: 5 } }), 'input', ['a constraint-added true']],
  ['input multipleOf changed', obj({ a: { type: 'number', multipleOf: 5 } }), obj({ a: { type: 'number', multipleOf: 2 } }), 'input', ['a constraint-changed true']],
  ['input multipleOf removed', obj({ a: { type: 'number', multipleOf: 5 } }), obj({ a: N }), 'input', ['a constraint-removed false']],
  ['input uniqueItems set', obj({ a: { type: 'array' } }), obj({ a: { type: 'array', uniqueItems: true } }), 'input', ['a constraint-added true']],
  ['input uniqueItems false is no constraint', obj({ a: { type: 'array' } }), obj({ a: { type: 'array', uniqueItems: false } }), 'input', []],
  ['input minProperties is a bound', obj({ a: { type: 'object' } }), obj({ a: { type: 'object', minProperties: 1 } }), 'input', ['a bound-tightened true']],
  ['input maxProperties raised', obj({ a: { type: 'object', maxProperties: 2 } }), obj({ a: { type: 'object', maxProperties: 3 } }), 'input', ['a bound-loosened false']],
  ['input minContains and maxContains are bounds', obj({ a: { contains: S } }), obj({ a: { contains: S, minContains: 2, maxContains: 3 } }), 'input', ['a bound-tightened true', 'a bound-tightened true']],
  ['input dependentRequired added', obj({ a: S, b: S }), obj({ a: S, b: S }, [], { dependentRequired: { a: ['b'] } }), 'input', [' constraint-added true']],
  ['input dependentSchemas changed', obj({ a: S }, [], { dependentSchemas: { a: obj({}, ['b']) } }), obj({ a: S }, [], { dependentSchemas: { a: obj({}, ['c']) } }), 'input', [' constraint-changed true']],
  ['input contains added', obj({ a: { type: 'array' } }), obj({ a: { type: 'array', contains: S } }), 'input', ['a constraint-added true']],
  ['input propertyNames added', obj({}), obj({}, [], { propertyNames: { pattern: '^[a-z]+$' } }), 'input', [' constraint-added true']],
  ['input if/then/else and not are composition', obj({ a: S }), obj({ a: S }, [], { if: obj({ a: { const: 'x' } }), then: obj({}, ['b']), not: obj({}, ['c']) }), 'input', [' composition-changed true']],
  ['input $defs behind an unchanged $ref', { $ref: '#/$defs/p', $defs: { p: obj({ a: S }) } }, { $ref: '#/$defs/p', $defs: { p: obj({ a: S }, ['a']) } }, 'input', [' composition-changed true']],
  ['input patternProperties changed', obj({}, [], { patternProperties: { '^x-': S } }), obj({}, [], { patternProperties: { '^x-': N } }), 'input', [' not-compared true']],
  ['output patternProperties changed', obj({}, [], { patternProperties: { '^x-': S } }), obj({}, [], { patternProperties: { '^x-': N } }), 'output', [' not-compared true']],
  ['input additionalProperties schema changed', obj({}, [], { additionalProperties: S }), obj({}, [], { additionalProperties: N }), 'input', [' not-compared true']],
  ['input unknown keyword', obj({ a: S }), obj({ a: { type: 'string', maxDecimals: 6 } }), 'input', ['a not-compared true']],
  ['x- vendor annotations and enumNames are annotations', obj({ a: S }), obj({ a: { type: 'string', 'x-widget': 'textarea', enumNames: ['A'] } }), 'input', []],
  ['annotations are not contract changes', obj({ a: { type: 'string', description: 'x', title: 'A', examples: ['1'], default: '1' } }), obj({ a: { type: 'string', description: 'y', deprecated: true } }), 'input', []],
  ['output multipleOf added', obj({ a: N }), obj({ a: { type: 'number', multipleOf: 5 } }), 'output', ['a constraint-added false']],
  // output: getting less, or something else, breaks
  ['output removed field', obj({ gwei: S, wei: S }, ['gwei']), obj({ wei: S }), 'output', ['gwei field-removed true']],
  ['output renamed field', obj({ gwei: S }, ['gwei']), obj({ priceGwei: S }, ['priceGwei']), 'output', ['gwei field-removed true', 'priceGwei field-added-required false']],
  ['output became optional', obj({ a: S }, ['a']), obj({ a: S }), 'output', ['a became-optional true']],
  ['output became required', obj({ a: S }), obj({ a: S }, ['a']), 'output', ['a became-required false']],
  ['output new field', obj({ a: S }), obj({ a: S, b: S }, ['b']), 'output', ['b field-added-required false']],
  ['output changed type', obj({ a: S }), obj({ a: N }), 'output', ['a type-changed true']],
  ['output widened type', obj({ a: S }), obj({ a: { type: ['string', 'null'] } }), 'output', ['a type-widened true']],
  ['output narrowed type', obj({ a: { type: ['string', 'null'] } }), obj({ a: S }), 'output', ['a type-narrowed false']],
  ['output enum value added', obj({ a: { enum: ['x'] } }), obj({ a: { enum: ['x', 'y'] } }), 'output', ['a enum-value-added false']],
  ['output pattern changed', obj({ a: S }), obj({ a: { type: 'string', pattern: '^x' } }), 'output', ['a pattern-changed false']],
  ['output closed', obj({ a: S }), closed({ a: S }), 'output', [' additional-properties-closed false']],
  // nesting
  ['nested object property', obj({ tx: obj({ hash: S, fee: S }, ['hash']) }), obj({ tx: obj({ fee: S }) }), 'output', ['tx.hash field-removed true']],
  ['array items', obj({ list: { type: 'array', items: obj({ id: S }, ['id']) } }), obj({ list: { type: 'array', items: obj({ id: N }, ['id']) } }), 'output', ['list[].id type-changed true']],
  ['tuple items are not walked but not silent', obj({ t: { type: 'array', items: [S] } }), obj({ t: { type: 'array', items: [N] } }), 'output', ['t not-compared true']],
  ['fields of a node first, then its children breadth first by name', obj({ b: obj({ x: S }), a: S }), obj({ b: obj({ x: N }), a: N, c: S }), 'output', ['c field-added-optional false', 'a type-changed true', 'b.x type-changed true']],
  // untrusted shapes
  ['non-object schemas read as anything', 'nonsense', 42, 'input', []],
  ['boolean false property', obj({ a: true }), obj({ a: false }), 'input', ['a type-narrowed true']],
  ['malformed facets are ignored', obj({ a: { type: 7, enum: 'x', minimum: 'NaN', pattern: 3 } }), obj({ a: {} }), 'input', []],
  ['proto keys are plain fields', obj({ ['__proto__']: S }), obj({}), 'output', ['__proto__ field-removed true']],
];

function lines(before: unknown, after: unknown, direction: Direction): string[] {
  return diffSchemas(before, after, direction).map((c) => `${pathText(c.path)} ${c.kind} ${c.breaking}`);
}

describe('diffSchemas', () => {
  it.each(CASES)('%s', (_name, before, after, direction, expected) => {
    expect(lines(before, after, direction)).toEqual(expected);
  });

  it('describes each change with its before and after values', () => {
    expect(diffSchemas(obj({ a: { type: ['string', 'number'], minimum: 0 } }), obj({ a: { type: 'string', minimum: 2 } }), 'input').map((c) => c.detail)).toEqual([
      'type number | string → string',
      'minimum 0 → 2',
    ]);
    expect(diffSchemas(obj({ a: {} }), obj({ a: { type: 'string', enum: ['x', 'y'] } }), 'input').map((c) => c.detail)).toEqual(['type any → string', 'now limited to "x", "y"']);
    expect(diffSchemas(closed({ a: S }), closed({}), 'input')[0].detail).toBe('field removed and additionalProperties is false');
  });

  it('compares a subtree deeper than the cap as a whole', () => {
    let deepBefore: unknown = S;
    let deepAfter: unknown = N;
    for (let i = 0; i < MAX_PATH_DEPTH + 5; i += 1) {
      deepBefore = obj({ n: deepBefore });
      deepAfter = obj({ n: deepAfter });
    }
    const changes = diffSchemas(deepBefore, deepAfter, 'output');
    expect(changes.map((c) => [c.kind, c.breaking, c.path.length])).toEqual([['not-compared', true, MAX_PATH_DEPTH + 1]]);
    expect(diffSchemas(deepBefore, deepBefore, 'output')).toEqual([]);
  });

  it('stops after the node budget with one change for the rest', () => {
    const wide = (t: unknown) => obj(Object.fromEntries(Array.from({ length: MAX_SCHEMA_NODES + 10 }, (_, i) => [`f${i}`, t])));
    const changes = diffSchemas(wide(S), wide(S), 'input');
    expect(changes.map((c) => [c.kind, c.breaking])).toEqual([['not-compared', true]]);
  });

  it('survives shared subtrees (literal schemas may reuse one object)', () => {
    let shared: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 40; i += 1) shared = { enum: [shared, shared] };
    expect(diffSchemas(obj({ a: shared }), obj({ a: shared }), 'input').map((c) => c.kind)).toEqual(['enum-value-removed', 'enum-value-added']);
  });
});
