import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
import { parseText, problemsAt, spanOf, timed } from './support.js';

const WORKFLOW = readFileSync(new URL('./fixtures/workflow.json', import.meta.url));
const workflow = parseDocument('workflows/payout/workflow.json', WORKFLOW);

describe('JSON locate', () => {
  it.each([
    ['/definition/nodes/pay_vendor/payload/amount', [35, 21, 35, 32]],
    ['/definition/nodes/enough/children/1', [26, 36, 26, 56]],
    ['/definition/nodes/enough/payload/condition/$and/0/{{$nodes.check_balance.result.balance}}/$gte', [25, 101, 25, 110]],
    ['/definition/triggerNodeIds/0', [7, 24, 7, 30]],
    ['/definition/triggerNodeIds/5', [7, 23, 7, 31]],
    ['/definition/nodes/pay_vendor/payload/nope', [32, 20, 37, 10]],
    ['/definition/nodes/missing/payload', [8, 14, 50, 6]],
    ['/definition', [6, 17, 51, 4]],
    ['', [1, 1, 52, 2]],
    ['definition/nodes', [1, 1, 52, 2]],
  ] as const)('locate(%j) → %j', (pointer, span) => {
    expect(workflow.locate(pointer)).toEqual(spanOf(span));
  });

  it.each([
    ['/definition/nodes/pay_vendor/payload/amount', [35, 11, 35, 19]],
    ['/definition/nodes/pay_vendor', [28, 7, 28, 19]],
    ['/definition/nodes/pay_vendor/nope', [28, 7, 28, 19]],
    ['/definition/nodes/enough/payload/condition/$and/0/{{$nodes.check_balance.result.balance}}/$gte', [25, 93, 25, 99]],
    ['/definition/triggerNodeIds/0', [7, 24, 7, 30]],
    ['', [1, 1, 52, 2]],
  ] as const)('locateKey(%j) → %j', (pointer, span) => {
    expect(workflow.locateKey(pointer)).toEqual(spanOf(span));
  });

  const escaped = parseText('x.json', '{\n  "a/b": {\n    "c~d": [10, {"e": "x"}]\n  },\n  "~1": true,\n  "": 0\n}\n');
  it.each([
    ['/a~1b/c~0d/1/e', [3, 23, 3, 26], [3, 18, 3, 21]],
    ['/a~1b/c~0d/0', [3, 13, 3, 15], [3, 13, 3, 15]],
    ['/a~1b', [2, 10, 4, 4], [2, 3, 2, 8]],
    ['/~01', [5, 9, 5, 13], [5, 3, 5, 7]],
    ['/', [6, 7, 6, 8], [6, 3, 6, 5]],
    ['/a/b', [1, 1, 7, 2], [1, 1, 7, 2]],
  ] as const)('escaped pointer %j → value %j, key %j', (pointer, value, key) => {
    expect(escaped.problems).toEqual([]);
    expect(escaped.locate(pointer)).toEqual(spanOf(value));
    expect(escaped.locateKey(pointer)).toEqual(spanOf(key));
  });

  it('returns 1:1 when nothing parsed', () => {
    const doc = parseText('x.json', '['.repeat(100));
    expect(doc.locate('/0/0')).toEqual(spanOf([1, 1, 1, 1]));
    expect(doc.locateKey('/0')).toEqual(spanOf([1, 1, 1, 1]));
  });
});

describe('JSON syntax errors: one fatal problem at the first error, in words', () => {
  it.each([
    ['{"a": 1 "b": 2}', 1, 9, 'expected a comma or closing brace'],
    ['[1 2]', 1, 4, 'expected a comma or closing bracket'],
    ['{"a": 1,}', 1, 8, 'trailing comma is not allowed in JSON'],
    ['[1,\n  2,\n]', 2, 4, 'trailing comma is not allowed in JSON'],
    ['{"a": 1\n', 2, 1, 'unexpected end of file'],
    ['', 1, 1, 'unexpected end of file'],
    ['[1, 2', 1, 6, 'unexpected end of file'],
    ['// note\n{}', 1, 1, 'comments are not allowed in JSON'],
    ['{"a": /* c */ 1}', 1, 7, 'comments are not allowed in JSON'],
    ['{"a": "x\ty"}', 1, 9, 'unescaped control character in string'],
    ['{"a": "x\\qy"}', 1, 9, 'invalid escape sequence in string'],
    ['{"a": "\\u12G4"}', 1, 8, 'invalid \\u escape in string'],
    ['{"a": "abc', 1, 7, 'unterminated string'],
    ['{a: 1}', 1, 2, 'expected a property name in double quotes'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes'],
    ['{"a" 1}', 1, 6, 'expected a colon after the property name'],
    ['{"a": }', 1, 7, 'expected a value'],
    ['{"a": undefined}', 1, 7, 'unexpected `undefined`'],
    ['{"a": NaN}', 1, 7, 'unexpected `NaN`'],
    ['{"a": 1.}', 1, 7, 'incomplete number'],
    ['{"a": 1}}', 1, 9, 'unexpected content after the end of the JSON value'],
    ['{"a": 1} x', 1, 10, 'unexpected content after the end of the JSON value'],
    ['{\u00a0"a": 1}', 1, 2, 'unexpected character U+00A0'],
  ])('%j → %i:%i %s', (text, line, column, message) => {
    const doc = parseText('x.json', text);
    expect(problemsAt(doc)).toEqual([{ code: 'syntax', fatal: true, line, column }]);
    expect(doc.problems[0].message).toBe(message);
    expect(doc.value).toBeUndefined();
  });
});

describe('JSON hostile inputs (threats.md (b))', () => {
  it.each([
    ['[[[…', '['.repeat(100_000) + ']'.repeat(100_000), 65],
    ['{"a":{"a":…', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 321],
  ])('100,000-deep %s → one too-deep problem at line 1, no RangeError, < 200 ms', (_name, text, column) => {
    const { result: doc, ms } = timed(() => parseText('x.json', text));
    expect(problemsAt(doc)).toEqual([{ code: 'too-deep', fatal: true, line: 1, column }]);
    expect(doc.problems[0].message).toBe('nesting deeper than 64 levels');
    expect(ms).toBeLessThan(200);
  });

  it('allows exactly maxDepth levels and counts brackets inside strings as text', () => {
    const ok = parseText('x.json', `${'['.repeat(64)}"[[[{{{"${']'.repeat(64)}`);
    expect(ok.problems).toEqual([]);
    const deep = parseText('x.json', `{"k": "\\"[",\n "v": ${'['.repeat(65)}${']'.repeat(65)}}`, { maxDepth: 64 });
    expect(problemsAt(deep)).toEqual([{ code: 'too-deep', fatal: true, line: 2, column: 70 }]);
  });

  it('reports a duplicate key at its second occurrence, naming the first line', () => {
    const doc = parseText('x.json', '{\n  "amount": "1",\n  "to": "0x2",\n  "amount": "1000000"\n}');
    expect(problemsAt(doc)).toEqual([{ code: 'duplicate-key', fatal: true, line: 4, column: 3 }]);
    expect(doc.problems[0].message).toBe('duplicate key `amount` (first at line 2)');
    expect(doc.value).toBeUndefined();
  });

  it('compares keys after unescaping', () => {
    const doc = parseText('x.json', '{"a": 1, "\\u0061": 2}');
    expect(problemsAt(doc)).toEqual([{ code: 'duplicate-key', fatal: true, line: 1, column: 10 }]);
  });

  it('reports integers beyond 2^53 - 1 without rejecting the value', () => {
    const doc = parseText('x.json', '{"ok": 9007199254740991, "amount": 1000000000000000000001,\n "neg": -9007199254740992, "float": 1e21}');
    expect(problemsAt(doc)).toEqual([
      { code: 'unsafe-integer', fatal: false, line: 1, column: 36 },
      { code: 'unsafe-integer', fatal: false, line: 2, column: 9 },
    ]);
    expect(doc.problems[0].message).toBe('integer 1000000000000000000001 loses precision; write it as a decimal string');
    expect(doc.value).toEqual({ ok: 9007199254740991, amount: 1e21, neg: -9007199254740992, float: 1e21 });
  });

  it('rejects numbers that overflow to infinity', () => {
    const doc = parseText('x.json', '{"a": 1e400}');
    expect(problemsAt(doc)).toEqual([{ code: 'syntax', fatal: true, line: 1, column: 7 }]);
  });

  it('counts values and stops past maxNodes', () => {
    const doc = parseText('x.json', '[1, 2, [3, 4]]', { maxNodes: 4 });
    expect(problemsAt(doc)).toEqual([{ code: 'too-many-nodes', fatal: true, line: 1, column: 9 }]);
    expect(doc.problems[0].message).toBe('more than 4 values');
    expect(parseText('x.json', '[1, 2, []]', { maxNodes: 4 }).problems).toEqual([]);
  });
});
