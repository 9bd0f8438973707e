import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseDocument, parseDocumentWithPositions, pointerOf, type JsonValue, type ParsedDocument } from '../../src/parse/document.js';
import { fastJsonValue, scanJson } from '../../src/parse/json-fast.js';
import { firstBracketBeyond } from '../../src/parse/json.js';
import { fastYamlValue } from '../../src/parse/yaml-fast.js';
import { seededRandom, utf8 } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((path) => pattern.test(path) && !path.includes('node_modules'))
    .map((path) => join(dir, path))
    .sort();
}

/** The value written out with what `toEqual` overlooks: key order, `-0`, prototypes. */
function exact(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map(exact).join(',')}]`;
  const prototype = Object.getPrototypeOf(value) === Object.prototype ? '' : '(other prototype)';
  const members = Object.keys(value).map((key) => `${JSON.stringify(key)}:${exact((value as Record<string, unknown>)[key])}`);
  return `${prototype}{${members.join(',')}}`;
}

/** Every pointer into the value, and one missing member below each container. */
function pointersOf(value: JsonValue | undefined, path: (string | number)[] = [], out: string[] = []): string[] {
  out.push(pointerOf(path));
  if (value !== null && typeof value === 'object' && out.length < 400) {
    out.push(pointerOf([...path, 'no such member']));
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) pointersOf(child, [...path, key], out);
  }
  return out;
}

/** Both parses agree on value, problems and every location. */
function expectSameDocument(path: string, bytes: Uint8Array): void {
  const fast = parseDocument(path, bytes);
  const positioned = parseDocumentWithPositions(path, bytes);
  expect(exact(fast.value), path).toBe(exact(positioned.value));
  expect(fast.problems, path).toEqual(positioned.problems);
  expect(fast.text).toBe(positioned.text);
  for (const pointer of pointersOf(positioned.value)) {
    expect(fast.locate(pointer), `${path} ${pointer}`).toEqual(positioned.locate(pointer));
    expect(fast.locateKey(pointer), `${path} key ${pointer}`).toEqual(positioned.locateKey(pointer));
  }
}

function expectSame(path: string, text: string): void {
  expectSameDocument(path, utf8(text));
}

const pick = <T,>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

describe('the fast parse and the positioned parse agree', () => {
  it('on every JSON and YAML file of the tests and the example, also with CRLF line ends', () => {
    const files = [...filesUnder('test', /\.(json|ya?ml)$/i), ...filesUnder('examples', /\.(json|ya?ml)$/i)];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const bytes = readFileSync(join(ROOT, file));
      expectSameDocument(file, bytes);
      expectSame(file, bytes.toString('utf8').replaceAll('\n', '\r\n'));
    }
  });

  it('on JSON that JSON.parse hides problems in', () => {
    const cases = [
      '{"a":1,"a":2}',
      '{"a":1,"\\u0061":2}',
      '{"\\"":1,"\\u0022":2}',
      '{"\\\\":1,"\\u005c":2}',
      '{"x":{"a":1,"b":{"a":1,"a":2}}}',
      '[{"a":1},{"a":1,"a":1}]',
      '{"a:b":1,"a":2}',
      '{"__proto__":{"polluted":true}}',
      '{"\\u005f_proto__":1}',
      '{"constructor":1}',
      '{"prototype":{}}',
      '{"n":9007199254740993}',
      '{"n":-9007199254740993}',
      '{"n":9007199254740991}',
      '{"n":9007199254740992}',
      '[1e400]',
      '[-1e400]',
      '[1e-400]',
      '[-0]',
      '[-0.0]',
      '[0.1e1]',
      '[123456789012345678901234567890.5]',
      '["9007199254740993"]',
      '{"9007199254740993":1}',
      '{}',
      '[]',
      '{"":1,"":2}',
      '{"a":"x:y","b":"\\"{[:"}',
      '{"\\u2028":"\\u2029"}',
      '"just a string"',
      'null',
      '0',
      '\ufeff{"a":1}',
      '{"a":1} ',
      '{"a":1,}',
      '{"a":1}{"b":2}',
      '{"a":NaN}',
      '{"a":01}',
      '{"a":"\u0001"}',
      '{"a":"\\ud800"}',
      '{"10":1,"2":2,"a":3,"1":4}',
      '\u00a0{"a":1}',
    ];
    for (const text of cases) expectSame('w.json', text);
  });

  it('on an escaped key after objects of a similar shape (V8 can misread such keys)', () => {
    const shaped = '{"a" : {"1" : true, "\\u0022" : -0, "x:y" : [9007199254740993,1.5,1E-7]}, "\\\\" : {"\\u0061" : {"01" : {"\\u0022" : -9007199254740993}, "\\u0061" : {}, "\\\\" : [{}]}, "01" : -2e3}, "\\ud83d\\ude00" : {}}';
    const escaped = '{"a" : {"\\ud83d\\ude00" : {"a" : [{"a" : 1.5, "\\u0022" : -3, "x:y" : 2},-2e3,{"b" : 1.5, "\\u0022" : "a\\nb"}]}}}';
    for (let i = 0; i < 3; i++) {
      expectSame('w.json', shaped);
      expectSame('w.json', escaped);
      expect(JSON.stringify(parseDocument('w.json', utf8(escaped)).value)).toContain('{"b":1.5,"\\"":"a\\nb"}');
    }
  });

  it('finds the same too-deep bracket as the positioned parse, in any text', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 3000; i++) {
      const soup = Array.from({ length: Math.floor(random() * 40) }, () => pick(random, ['[', '{', ']', '}', '"', '\\', 'a', ':', ',', '1'])).join('');
      const maxDepth = Math.floor(random() * 6);
      expect(scanJson(soup, maxDepth).deepAt, soup).toBe(firstBracketBeyond(soup, maxDepth));
    }
  });

  it('on 3,000 random soups of JSON tokens', () => {
    const random = seededRandom(7);
    const tokens = ['{', '}', '[', ']', '"a"', '"\\u0061"', '"\\""', '"\\\\"', ':', ',', '1', '-', '0', '01', 'e5', '.5', '9007199254740993', 'true', 'nul', ' ', '\n', '"\u2028"', '"\\x"', '\u00a0'];
    for (let i = 0; i < 3000; i++) {
      expectSame('w.json', Array.from({ length: 1 + Math.floor(random() * 16) }, () => pick(random, tokens)).join(''));
    }
  });

  it('at the nesting limit and one past it, and at the value limit', () => {
    const depth = DEFAULT_LIMITS.maxDepth;
    expectSame('w.json', `${'['.repeat(depth)}${']'.repeat(depth)}`);
    expectSame('w.json', `${'['.repeat(depth + 1)}${']'.repeat(depth + 1)}`);
    expectSame('w.json', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    expectSame('w.json', `${'{"a":'.repeat(depth + 1)}1${'}'.repeat(depth + 1)}`);
    const tight = { maxNodes: 5 };
    for (const text of ['[1,2,3,4]', '[1,2,3,4,5]', '{"a":[1,2,3]}', '{"a":[1,2,3,4]}']) {
      const bytes = utf8(text);
      expect(exact(parseDocument('w.json', bytes, tight).value)).toBe(exact(parseDocumentWithPositions('w.json', bytes, tight).value));
      expect(parseDocument('w.json', bytes, tight).problems).toEqual(parseDocumentWithPositions('w.json', bytes, tight).problems);
    }
  });

  it('on bytes that do not decode, and on a byte-order mark', () => {
    expectSameDocument('w.json', Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xc3, 0x28, 0x7d]));
    expectSameDocument('w.json', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('{"a":1}')]));
    expectSameDocument('b3os.yaml', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('a: 1\n')]));
    expectSameDocument('b3os.yaml', Uint8Array.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
  });

  it('on 3,000 generated JSON texts with escaped, repeated and forbidden keys and edge numbers', () => {
    const random = seededRandom(15);
    const keys = ['a', 'b', '\\u0061', '\\"', '\\u0022', '\\\\', 'x:y', '__proto__', 'constructor', '1', '01', '', 'é', '\\ud83d\\ude00'];
    const numbers = ['0', '-0', '1', '1.5', '-2e3', '1e400', '9007199254740991', '9007199254740993', '-9007199254740993', '1E-7', '12345678901234567890.0'];
    const gen = (depth: number): string => {
      const roll = random();
      if (depth > 4 || roll < 0.35) return pick(random, [...numbers, '"s"', '"a\\nb"', 'true', 'null', '"{\\"a\\":1}"']);
      const size = Math.floor(random() * 4);
      const items = Array.from({ length: size }, () => gen(depth + 1));
      if (roll < 0.6) return `[${items.join(',')}]`;
      return `{${items.map((item) => `"${pick(random, keys)}" : ${item}`).join(', ')}}`;
    };
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const text = gen(0);
      if (fastJsonValue(text, scanJson(text, DEFAULT_LIMITS.maxDepth), DEFAULT_LIMITS)) fast++;
      expectSame('w.json', text);
    }
    expect(fast).toBeGreaterThan(300);
  });
});

describe('the fast YAML parse and the positioned one agree', () => {
  it('on scalars both libraries could read differently', () => {
    const scalars = [
      'yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'TRUE', 'True', 'false', 'FALSE', 'tRue',
      '0o17', '017', '0x1F', '0X1F', '-0x1F', '+0x1F', '0b101', '+5', '-0', '+0', '1_000', '1:30', '1.', '.5', '-.5', '+.5',
      '1e3', '1E3', '1e+3', '1.5e-3', '.5e3', '1e400', '-1e400', '9007199254740993', '9007199254740991', '0o777777777777777777777',
      '0x20000000000001', '.inf', '-.inf', '+.Inf', '.nan', '.NaN', '~', 'null', 'Null', 'NULL', 'nULL', '',
      '2026-01-01', '2026-01-01T10:00:00Z', '12:30', '"quoted 1"', "'single'", "'it''s'", '"a\\tb"', '"\\u00e9"', '"\\x41"',
      '"\\/"', '"\\q"', 'plain # comment', 'a#b', 'a: b', '[1, 2]', '{a: 1}', '[]', '{}', '- x', 'https://x.example/a?b=c', '"@acme/x"',
    ];
    for (const scalar of scalars) {
      expectSame('b3os.yaml', `key: ${scalar}\n`);
      expectSame('b3os.yaml', `- ${scalar}\n`);
      expectSame('b3os.yaml', `${scalar}: value\n`);
      expectSame('b3os.yaml', `list: [${scalar}]\n`);
    }
  });

  it('on keys, duplicates, comments, markers and block scalars', () => {
    const cases = [
      'a: 1\na: 2\n',
      '1: a\n"1": b\n',
      '1.0: a\n1: b\n',
      'null: a\n"": b\n',
      '~: a\n',
      'true: a\n"true": b\n',
      '"quoted key": 1\n\'single key\': 2\n',
      'a:\n  b: 1\n  b: 2\n',
      '__proto__: 1\n',
      'constructor:\n  x: 1\n',
      '<<: {a: 1}\n',
      '# a comment with & and * and !\na: 1 # & here\n',
      '# only a comment\n',
      '',
      '---\na: 1\n',
      '--- # start\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n...\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '? a\n: 1\n',
      'text: |\n  line one\n  line two\n',
      'text: |-\n  kept\n\n',
      'text: |+\n  kept\n\n',
      'text: >\n  folded\n  lines\n\n  para\n',
      'text: >-\n  folded\n    more indented\n  back\n',
      'text: |2\n   indented\n',
      'text: |\n\n    late\n',
      'text: |\n  \n    leading blank\n',
      'a: plain\n  continued\n',
      'a: plain\n continued & more\n',
      'a: "multi\n  line"\n',
      "a: 'multi\n  line'\n",
      'a:\n  b: 1\n c: 2\n',
      'a:\n- 1\n- 2\n',
      'a:\n  - 1\n  -   2\n',
      '- - - x\n',
      '- a: 1\n  b: 2\n- c\n',
      'a: b: c\n',
      'a: [1,\n  2]\n',
      'a: {b: 1, c: [2, 3]}\n',
      'a: {b: 1, b: 2}\n',
      'a: [1, 2]]\n',
      'a: "x" # c\n',
      'a: "x"#c\n',
      'a: x\tb\n',
      'a:\tb\n',
      '"a":1\n',
      'a:1\n',
      'a : 1\n',
      'a:    \n',
      'a:\n',
      '- \n- ~\n',
      'key: value\r\nother: 2\r\n',
      'key: value\rother: 2\r',
      'a: "\\ud800"\n',
      'a: \u2028b\n',
      'a: b\u0085c\n',
      `long: ${'x'.repeat(1100)}\n`,
      `${'k'.repeat(1100)}: v\n`,
      'a: @x\n',
      'a: `x`\n',
      'a: 50 %\n',
      'a: x ! y\n',
      "a: it's fine\n",
      "# signer's wallet\na: 1\n",
      'a: "\\"quoted\\" & more"\n',
      "a: 'it''s & more'\n",
      'a: b\n  - c\n',
      'a:\n  b\n  c: 1\n',
      '- a\n b\n',
      'a: |\n  x\n b: 1\n',
      'a: - b\n',
      'a:\n  - b\n  c: 1\n',
      '- a: 1\n - b\n',
      'a: b\nc\n',
      '[a, b]: 1\n',
      '{a: 1}: 2\n',
    ];
    for (const text of cases) expectSame('b3os.yaml', text);
  });

  it('at the nesting limit and one past it', () => {
    const depth = DEFAULT_LIMITS.maxDepth;
    const nested = (levels: number): string => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:\n`).join('') + `${' '.repeat(levels)}v\n`;
    expectSame('b3os.yaml', nested(depth - 1));
    expectSame('b3os.yaml', nested(depth));
    expectSame('b3os.yaml', nested(depth + 1));
    expectSame('b3os.yaml', `a: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n`);
    expectSame('b3os.yaml', `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    expectSame('b3os.yaml', `${'- '.repeat(depth)}x\n`);
    expectSame('b3os.yaml', `${'- '.repeat(depth + 1)}x\n`);
  });

  it('on 2,000 generated manifests mixing plain, quoted, flow and block forms', () => {
    const random = seededRandom(1515);
    const keys = ['owner', 'onCall', 'yes', 'on', 'null', '~', '1', '"1"', '0o17', '017', "'q'", 'a b', 'nodes', 'a', 'a'];
    const scalars = ['prod', '"@acme/x"', "'it''s'", 'yes', 'off', '0o17', '017', '0x1F', '.inf', '~', '2026-01-01', '1e3', '12', '-0', '9007199254740993', 'a # c', '"x & y"', 'x & y', '"#1"', '1.50', 'true'];
    const gen = (indent: number, depth: number): string => {
      const pad = ' '.repeat(indent);
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 4);
      for (let i = 0; i < count; i++) {
        const roll = random();
        const key = pick(random, keys);
        if (depth < 4 && roll < 0.25) lines.push(`${pad}${key}:\n${gen(indent + 2, depth + 1)}`);
        else if (depth < 4 && roll < 0.4) lines.push(`${pad}${key}:\n${Array.from({ length: 2 }, () => `${pad}  - ${pick(random, scalars)}\n`).join('')}`);
        else if (roll < 0.5) lines.push(`${pad}${key}: [${pick(random, scalars)}, ${pick(random, scalars)}]\n`);
        else if (roll < 0.55) lines.push(`${pad}${key}: |\n${pad}  text ${pick(random, scalars)}\n${pad}  more\n`);
        else if (roll < 0.6) lines.push(`${pad}# note ${pick(random, scalars)}\n`);
        else lines.push(`${pad}${key}: ${pick(random, scalars)}\n`);
      }
      return lines.join('');
    };
    let fast = 0;
    for (let i = 0; i < 2000; i++) {
      const text = gen(0, 0);
      if (fastYamlValue(text, DEFAULT_LIMITS)) fast++;
      expectSame('b3os.yaml', text);
    }
    expect(fast).toBeGreaterThan(100);
  });

  it('on 3,000 random soups of YAML tokens and indentation', () => {
    const random = seededRandom(2026);
    const tokens = [
      'a', 'b', 'key', '1', '0x1F', '~', 'null', ':', ': ', '- ', '-', ' ', '  ', '\n', '\n', '\n  ', '\n    ', '\n- ', '\n  - ',
      '"q"', "'s'", '"a\\"b"', "'it''s'", '"', "'", '[', ']', '{', '}', ', ', ',', '#', ' # c', '|', '>', '|-', 'yes', '.5',
      '1e3', '-0', '+1', '---', '...', '?', '%', 'x y', 'k: v', '[a, b]', '{a: 1}', '"k": ', "'k': ", '\r\n', 'é',
    ];
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => pick(random, tokens)).join('');
      if (fastYamlValue(text, DEFAULT_LIMITS)) fast++;
      expectSame('b3os.yaml', text);
    }
    expect(fast).toBeGreaterThan(100);
  });

  it('takes the fast path for the example manifests', () => {
    for (const file of filesUnder('examples', /b3os\.yaml$/)) {
      expect(fastYamlValue(readFileSync(join(ROOT, file), 'utf8'), DEFAULT_LIMITS), file).toBeDefined();
    }
  });
});

describe('positions are built on first use', () => {
  it('locates after a fast parse exactly as the positioned parse does, call after call', () => {
    const text = '{\n  "name": "x",\n  "definition": {"nodes": {"a": {"type": "t"}}}\n}';
    const doc: ParsedDocument = parseDocument('w.json', utf8(text));
    expect(doc.locate('/definition/nodes/a/type')).toEqual({ line: 3, column: 42, endLine: 3, endColumn: 45 });
    expect(doc.locateKey('/name')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 9 });
    expect(doc.locate('/missing')).toEqual(doc.locate(''));
  });
});
