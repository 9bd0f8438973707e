import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { describe, expect, it } from 'vitest';
import { evaluateLiteral } from '../../src/catalog/literal.js';

/** The top-level consts of a module and the evaluation of the last one. */
function evaluateLast(source: string) {
  const program = parse(source, { sourceType: 'module', plugins: ['typescript'] }).program;
  const consts = new Map<string, t.Expression>();
  let last: t.Expression | undefined;
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations) {
      if (d.id.type === 'Identifier' && d.init) consts.set(d.id.name, (last = d.init));
    }
  }
  return evaluateLiteral(last!, consts);
}

const chain = (count: number, step: (previous: string) => string, first: string) =>
  [`const c0 = ${first};`, ...Array.from({ length: count }, (_, i) => `const c${i + 1} = ${step(`c${i}`)};`)].join('\n');

describe('evaluateLiteral budget', () => {
  it('refuses values that double at each const, in bounded time: arrays, strings and repeated references', () => {
    const started = Date.now();
    for (const source of [
      chain(40, (p) => `[...${p}, ...${p}]`, '[1]'),
      chain(40, (p) => `${p} + ${p}`, "'ab'"),
      chain(40, (p) => `{ a: ${p}, b: ${p} }`, '{ x: 1 }'),
    ]) {
      const result = evaluateLast(source);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(/grows past 1,000,000 elements/);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('counts what a spread of the previous object twice expands to: a few levels pass, sixty are refused at once', () => {
    expect(evaluateLast(chain(5, (p) => `{ ...${p}, ...${p} }`, '{ type: "object" }'))).toEqual({ ok: true, value: { type: 'object' } });
    const started = Date.now();
    const deep = evaluateLast(chain(60, (p) => `{ ...${p}, ...${p} }`, '{ type: "object" }'));
    expect(!deep.ok && deep.reason).toMatch(/grows past/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps a real schema that reuses a const many times', () => {
    const source = `const amount = { type: 'string', pattern: '^[0-9]+$' } as const;
const payloadSchema = { type: 'object', properties: { a: amount, b: amount, c: amount }, required: ['a'] } as const;`;
    const result = evaluateLast(source);
    expect(result.ok && (result.value as { properties: Record<string, unknown> }).properties.c).toEqual({ type: 'string', pattern: '^[0-9]+$' });
  });
});
