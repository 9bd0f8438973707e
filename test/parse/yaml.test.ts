import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
import { billionLaughs, parseText, problemsAt, spanOf, timed } from './support.js';

const workflow = parseDocument('workflows/payout/workflow.yaml', readFileSync(new URL('./fixtures/workflow.yaml', import.meta.url)));

describe('YAML locate', () => {
  it('parses the fixture cleanly', () => {
    expect(workflow.problems).toEqual([]);
    expect(workflow.value).toMatchObject({ definition: { nodes: { copy: { retries: 3 }, 'a/b': { 'c~d': { x: [1, 2, { y: true }] } } } } });
  });

  it.each([
    ['/definition/nodes/pay_vendor/payload/amount', [8, 17, 8, 28], [8, 9, 8, 15]],
    ['/definition/nodes/pay_vendor/children/1', [12, 11, 12, 16], [12, 11, 12, 16]],
    ['/definition/triggerNodeIds/0', [3, 20, 3, 24], [3, 20, 3, 24]],
    ['/definition/nodes/a~1b/c~0d/x/2/y', [14, 29, 14, 33], [14, 26, 14, 27]],
    ['/definition/nodes/a~1b/c~0d', [14, 14, 14, 36], [14, 7, 14, 12]],
    ['/definition/nodes/copy/retries', [16, 16, 16, 17], [16, 7, 16, 14]],
    ['/definition/nodes/copy', [17, 11, 17, 20], [17, 5, 17, 9]],
    ['/definition/nodes/pay_vendor/payload/nope', [8, 9, 9, 22], [7, 7, 7, 14]],
    ['/definition/nodes/pay_vendor/children/7', [11, 9, 12, 16], [10, 7, 10, 15]],
    ['/name', [1, 7, 1, 27], [1, 1, 1, 5]],
    ['', [1, 1, 17, 20], [1, 1, 17, 20]],
    ['name', [1, 1, 17, 20], [1, 1, 17, 20]],
  ] as const)('%j → value %j, key %j', (pointer, value, key) => {
    expect(workflow.locate(pointer)).toEqual(spanOf(value));
    expect(workflow.locateKey(pointer)).toEqual(spanOf(key));
  });

  it('matches keys as JavaScript sees them (numbers, booleans, null)', () => {
    const doc = parseText('x.yaml', '1: one\ntrue: yes\n~: nothing\n');
    expect(doc.value).toEqual({ 1: 'one', true: 'yes', '': 'nothing' });
    expect(doc.locate('/1')).toEqual(spanOf([1, 4, 1, 7]));
    expect(doc.locate('/true')).toEqual(spanOf([2, 7, 2, 10]));
    expect(doc.locate('/')).toEqual(spanOf([3, 4, 3, 11]));
  });
});

const HOSTILE: readonly (readonly [string, string, string, number, number, string])[] = [
  ['self-referencing anchor', 'a: &a [*a]\n', 'alias', 1, 8, 'cyclic alias `*a` refers to a collection that contains it'],
  ['cycle through a flow mapping', 'a: &a {b: &b [*a]}\n', 'alias', 1, 15, 'cyclic alias `*a` refers to a collection that contains it'],
  ['cycle in block style', 'x: &x\n  y: &y\n    - *x\n', 'alias', 3, 7, 'cyclic alias `*x` refers to a collection that contains it'],
  ['inner cycle', 'a: &a\n  b: &b\n    c: *b\n', 'alias', 3, 8, 'cyclic alias `*b` refers to a collection that contains it'],
  ['alias without anchor', 'a: *nowhere\n', 'alias', 1, 4, 'alias `*nowhere` has no anchor before it'],
  ['duplicate key', 'amount: "1"\nto: x\namount: "1000000"\n', 'duplicate-key', 3, 1, 'duplicate key `amount` (first at line 1)'],
  ['duplicate key in a flow mapping', 'p: {amount: 1, amount: 2}\n', 'duplicate-key', 1, 16, 'duplicate key `amount` (first at line 1)'],
  ['duplicate key differing by double quotes', 'a: 1\n"a": 2\n', 'duplicate-key', 2, 1, 'duplicate key `a` (first at line 1)'],
  ['duplicate key differing by single quotes', 'a: 1\n\'a\': 2\n', 'duplicate-key', 2, 1, 'duplicate key `a` (first at line 1)'],
  ['number and string keys that collide in JavaScript', '1: x\n"1": y\n', 'duplicate-key', 2, 1, 'duplicate key `1` (first at line 1)'],
  ['nested duplicate key', 'n:\n  k: 1\n  k: 2\n', 'duplicate-key', 3, 3, 'duplicate key `k` (first at line 2)'],
  ['merge key', 'base: &b {x: 1}\nm:\n  <<: *b\n', 'syntax', 3, 3, 'merge keys (<<) are not supported'],
  ['collection as key', '? [a]\n: 1\n', 'syntax', 1, 3, 'mapping keys must be scalars'],
  ['two documents', 'a: 1\n---\nb: 2\n', 'multi-document', 2, 1, 'more than one YAML document; exactly one expected'],
  ['an empty second document', '---\na: 1\n---\n', 'multi-document', 3, 1, 'more than one YAML document; exactly one expected'],
  ['infinite number', 'amount: .inf\n', 'syntax', 1, 9, 'number `.inf` has no JSON value'],
  ['tab indentation', 'a:\n\tb: 1\n', 'syntax', 2, 1, 'a tab indents this line: YAML indents with spaces only'],
];

describe('YAML hostile inputs (threats.md (b)): exactly one fatal problem', () => {
  it.each(HOSTILE)('%s', (_name, text, code, line, column, message) => {
    const doc = parseText('x.yaml', text);
    expect(problemsAt(doc)).toEqual([{ code, fatal: true, line, column }]);
    expect(doc.problems[0].message).toBe(message);
    expect(doc.value).toBeUndefined();
  });

  it('rejects billion laughs (9 × 9 aliases) at the 21st alias in < 100 ms', () => {
    const { result: doc, ms } = timed(() => parseText('x.yaml', billionLaughs()));
    expect(problemsAt(doc)).toEqual([{ code: 'alias', fatal: true, line: 4, column: 14 }]);
    expect(doc.problems[0].message).toBe('more than 20 aliases');
    expect(ms).toBeLessThan(100);
  });

  it('allows exactly maxAliases aliases', () => {
    const aliases = (n: number) => `a: &a 1\nb: [${Array(n).fill('*a').join(', ')}]\n`;
    expect(parseText('x.yaml', aliases(20)).problems).toEqual([]);
    expect(problemsAt(parseText('x.yaml', aliases(21)))).toEqual([{ code: 'alias', fatal: true, line: 2, column: 85 }]);
    expect(problemsAt(parseText('x.yaml', aliases(1), { maxAliases: 0 }))).toEqual([{ code: 'alias', fatal: true, line: 2, column: 5 }]);
  });

  it.each([
    ['[[[…', '['.repeat(100_000) + ']'.repeat(100_000), 1, 65],
    ['{a: {a: …', '{a: '.repeat(100_000) + '}'.repeat(100_000), 1, 257],
    ['- - - …', '- '.repeat(100_000) + 'x\n', 1, 129],
  ])('100,000-deep %s → one too-deep problem, no RangeError, < 200 ms', (_name, text, line, column) => {
    const { result: doc, ms } = timed(() => parseText('x.yaml', text));
    expect(problemsAt(doc)).toEqual([{ code: 'too-deep', fatal: true, line, column }]);
    expect(doc.problems[0].message).toBe('nesting deeper than 64 levels');
    expect(ms).toBeLessThan(200);
  });

  it('finds depth by indentation on the concrete tree', () => {
    const text = `${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    expect(problemsAt(parseText('x.yaml', text))).toEqual([{ code: 'too-deep', fatal: true, line: 65, column: 65 }]);
    const ok = `${Array.from({ length: 64 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    expect(parseText('x.yaml', ok).problems).toEqual([]);
  });

  it('finds depth that only alias expansion creates, at the anchored node', () => {
    const text = `a: &a ${'['.repeat(40)}1${']'.repeat(40)}\nb: ${'['.repeat(30)}*a${']'.repeat(30)}\n`;
    expect(problemsAt(parseText('x.yaml', text))).toEqual([{ code: 'too-deep', fatal: true, line: 1, column: 40 }]);
  });

  it('counts every value an alias expands to', () => {
    const text = `a: &a [${Array(6000).fill('1').join(',')}]\nb: [${Array(20).fill('*a').join(',')}]\n`;
    const doc = parseText('x.yaml', text);
    expect(problemsAt(doc)).toEqual([{ code: 'too-many-nodes', fatal: true, line: 1, column: 7970 }]);
    expect(doc.problems[0].message).toBe('more than 100,000 values');
  });

  it('rejects a merge of 10,000 keys through 100 aliases at the alias budget, without pollution', () => {
    const base = `a: &a {${Array.from({ length: 10_000 }, (_, i) => `k${i}: ${i}`).join(', ')}}\n`;
    const { result: doc, ms } = timed(() => parseText('x.yaml', `${base}b: {<<: [${Array(100).fill('*a').join(', ')}]}\n`));
    expect(problemsAt(doc)).toEqual([
      { code: 'syntax', fatal: true, line: 2, column: 5 },
      { code: 'alias', fatal: true, line: 2, column: 90 },
    ]);
    // The alias budget stops the merge (the `alias` problem above); the bound only catches a
    // runaway, far above a loaded two-core machine's time (speed itself is measured by the bench).
    expect(ms).toBeLessThan(10_000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects the CVE-2025-64718 merge shape, and still flags the forbidden key', () => {
    const doc = parseText('x.yaml', '<<: {__proto__: {polluted: 1}}\n');
    expect(problemsAt(doc)).toEqual([
      { code: 'syntax', fatal: true, line: 1, column: 1 },
      { code: 'forbidden-key', fatal: false, line: 1, column: 6 },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('YAML tags: unresolved or non-JSON tags are fatal and never executed', () => {
  it.each([
    ['!!js/function', '"function () { globalThis.__b3osCanary = 1 }"'],
    ['!!js/regexp', '/pwn/'],
    ['!!js/undefined', "''"],
    ['!!python/object/apply:os.system', '["id"]'],
    ['!<tag:yaml.org,2002:binary>', 'aGVsbG8='],
    ['!!binary', 'aGVsbG8='],
    ['!!timestamp', '2026-11-20'],
    ['!!set', '{a, b}'],
    ['!!omap', '[a: 1]'],
    ['!Ref', 'PayVendor'],
  ])('%s → tag at 1:4', (tag, value) => {
    const doc = parseText('x.yaml', `x: ${tag} ${value}\n`);
    expect(problemsAt(doc)).toEqual([{ code: 'tag', fatal: true, line: 1, column: 4 }]);
    expect(doc.problems[0].message).toBe(`unsupported tag \`${tag}\``);
    expect((globalThis as Record<string, unknown>).__b3osCanary).toBeUndefined();
  });

  it('keeps core tags that resolve to JSON values', () => {
    const doc = parseText('x.yaml', 'a: !!str 12\nb: !!int "7"\nc: !!map {k: v}\nd: !!seq [1]\ne: !!null ""\nf: !!bool true\n');
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ a: '12', b: 7, c: { k: 'v' }, d: [1], e: null, f: true });
  });
});

describe('YAML values', () => {
  it('reads YAML 1.1 look-alikes per the 1.2 core schema, without problems', () => {
    const doc = parseText('x.yaml', 'on: yes\noff: no\nmode: 0777\ntime: 1:20\ny: Y\n');
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ on: 'yes', off: 'no', mode: 777, time: '1:20', y: 'Y' });
  });

  it('reports integers beyond 2^53 - 1 in decimal and hex, not in quotes', () => {
    const doc = parseText('x.yaml', 'amount: 1000000000000000000001\nhex: 0x20000000000001\nok: 9007199254740991\nquoted: "1000000000000000000001"\n');
    expect(problemsAt(doc)).toEqual([
      { code: 'unsafe-integer', fatal: false, line: 1, column: 9 },
      { code: 'unsafe-integer', fatal: false, line: 2, column: 6 },
    ]);
    expect(doc.problems[1].message).toBe('integer 0x20000000000001 loses precision; write it as a decimal string');
    expect(doc.value).toMatchObject({ ok: 9007199254740991, quoted: '1000000000000000000001' });
  });

  it.each([[''], ['# only a comment\n'], ['---\n'], ['...\n']])('an empty document %j is null with no problem', (text) => {
    const doc = parseText('x.yaml', text);
    expect(doc.problems).toEqual([]);
    expect(doc.value).toBeNull();
  });

  it('locates nothing in an empty stream at 1:1', () => {
    expect(parseText('x.yaml', '# only a comment\n').locate('/a')).toEqual(spanOf([1, 1, 1, 1]));
  });

  it('shares alias targets without problems when acyclic and few', () => {
    const doc = parseText('x.yaml', 'a: &a [1]\nb: [*a, *a]\n');
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ a: [1], b: [[1], [1]] });
  });

  it('reports a library syntax error at its position', () => {
    const doc = parseText('x.yaml', 'a: [1\n');
    expect(problemsAt(doc)).toEqual([{ code: 'syntax', fatal: true, line: 2, column: 1 }]);
    expect(doc.problems[0].message).toMatch(/^flow sequence/);
  });
});
