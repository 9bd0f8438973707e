import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, formatOf, parseDocument } from '../../src/parse/document.js';
import { bytesOf, parseText, problemsAt, seededRandom, spanOf, timed, utf8 } from './support.js';

const WORKFLOW = readFileSync(new URL('./fixtures/workflow.json', import.meta.url));

describe('a valid B3OS workflow.json', () => {
  const doc = parseDocument('workflows/payout/workflow.json', WORKFLOW);

  it('parses with no problems into the same value JSON.parse gives', () => {
    expect(doc.problems).toEqual([]);
    expect(doc.format).toBe('json');
    expect(doc.path).toBe('workflows/payout/workflow.json');
    expect(doc.text).toBe(WORKFLOW.toString('utf8'));
    expect(doc.value).toEqual(JSON.parse(WORKFLOW.toString('utf8')));
  });

  it('locates the pay_vendor amount exactly', () => {
    expect(doc.locate('/definition/nodes/pay_vendor/payload/amount')).toEqual(spanOf([35, 21, 35, 32]));
  });

  it('parses in well under 1 ms after warm-up', () => {
    for (let i = 0; i < 50; i++) parseDocument('w.json', WORKFLOW);
    const runs = Array.from({ length: 101 }, () => timed(() => parseDocument('w.json', WORKFLOW)).ms).sort((a, b) => a - b);
    expect(runs[50]).toBeLessThan(0.5);
  });
});

describe('prototype pollution', () => {
  it.each([
    ['x.json', '{"__proto__": {"polluted": true},\n "x": {"constructor": {"prototype": {"polluted": true}}}}', [[1, 2], [2, 8], [2, 24]]],
    ['x.yaml', '__proto__:\n  polluted: true\nx:\n  constructor:\n    prototype: {polluted: true}\n', [[1, 1], [4, 3], [5, 5]]],
  ])('%s: forbidden keys are reported, kept as own data properties, and pollute nothing', (path, text, positions) => {
    const doc = parseText(path, text);
    expect(problemsAt(doc)).toEqual(positions.map(([line, column]) => ({ code: 'forbidden-key', fatal: false, line, column })));
    expect(doc.problems[0].message).toBe('key `__proto__` is not allowed: it can reach object prototypes');
    const value = doc.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('hidden characters', () => {
  it.each([
    ['x.json', '{"pay\u202eee": 1}', 1, 6, 'hidden character U+202E right-to-left override'],
    ['x.yaml', 'name: "pay\u200bvendor"\n', 1, 11, 'hidden character U+200B zero-width space'],
    ['x.yaml', '# note\u2066\na: 1\n', 1, 7, 'hidden character U+2066 left-to-right isolate'],
    ['x.json', '{"a": "b\ufeff"}', 1, 9, 'hidden character U+FEFF zero-width no-break space (byte-order mark)'],
  ])('%s %j → one non-fatal bidi problem', (path, text, line, column, message) => {
    const doc = parseText(path, text);
    expect(problemsAt(doc)).toEqual([{ code: 'bidi', fatal: false, line, column }]);
    expect(doc.problems[0].message).toBe(message);
    expect(doc.value).toBeDefined();
  });

  it.each([
    ['an emoji sequence', '👩\u200d💻 and 👨\u200d👩\u200d👧'],
    ['a flag with a variation selector', '🏳️\u200d🌈'],
    ['a Persian word', 'می\u200cخواهم'],
    ['a Devanagari conjunct', 'क्\u200dष'],
    ['a right-to-left mark in Hebrew', 'שלום\u200f (hello)'],
  ])('leaves joiners and marks alone where writing needs them: %s', (_name, text) => {
    expect(parseText('x.json', JSON.stringify({ text })).problems).toEqual([]);
  });

  it('still reports a joiner or mark that stands between plain ASCII', () => {
    const doc = parseText('x.json', '{"a": "pay\u200dvendor", "b": "x\u200f1"}');
    expect(doc.problems.map((p) => p.message)).toEqual(['hidden character U+200D zero-width joiner', 'hidden character U+200F right-to-left mark']);
  });

  it('caps the reports at 10 per file', () => {
    const doc = parseText('x.yaml', `a: "${'\u202e'.repeat(15)}"\n`);
    expect(doc.problems).toHaveLength(10);
    expect(doc.problems.every((p) => p.code === 'bidi' && !p.fatal)).toBe(true);
  });

  it('reports them next to fatal problems too', () => {
    const doc = parseText('x.json', '{"a\u202e": 1,}');
    expect(problemsAt(doc)).toEqual([
      { code: 'bidi', fatal: false, line: 1, column: 4 },
      { code: 'syntax', fatal: true, line: 1, column: 9 },
    ]);
  });
});

describe('byte-order marks', () => {
  it.each([
    ['x.json', '{\n  "a": 1\n}', [2, 8, 2, 9]],
    ['x.yaml', 'x: 0\na: 1\n', [2, 4, 2, 5]],
  ] as const)('%s with a UTF-8 BOM parses with correct positions', (path, text, span) => {
    const doc = parseDocument(path, bytesOf([0xef, 0xbb, 0xbf], text));
    expect(doc.problems).toEqual([]);
    expect(doc.text).toBe(text);
    expect(doc.locate('/a')).toEqual(spanOf(span));
  });

  it('reports a UTF-16LE file as an unsupported encoding', () => {
    const doc = parseDocument('x.json', Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
    expect(problemsAt(doc)).toEqual([{ code: 'encoding', fatal: true, line: 1, column: 1 }]);
    expect(doc.problems[0].message).toBe('unsupported encoding UTF-16LE');
    expect(doc.locate('/a')).toEqual(spanOf([1, 1, 1, 1]));
  });

  it('reports invalid UTF-8 through the document', () => {
    const doc = parseDocument('x.yaml', bytesOf('a: 1\nb: "', [0xc3, 0x28], '"\n'));
    expect(problemsAt(doc)).toEqual([{ code: 'encoding', fatal: true, line: 2, column: 5 }]);
    expect(doc.problems[0].message).toBe('invalid UTF-8 at byte offset 9 (line 2, column 5)');
    expect(doc.text).toBe('');
  });

  it('reports binary content through the document', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(problemsAt(parseDocument('workflow.json', Uint8Array.from(png)))).toEqual([{ code: 'binary', fatal: true, line: 1, column: 1 }]);
  });
});

describe('formats and limits', () => {
  it.each([
    ['workflows/a/workflow.json', 'json'],
    ['workflows/a/b3os.yaml', 'yaml'],
    ['environments/prod.yml', 'yaml'],
    ['X.JSON', 'json'],
    ['README.md', undefined],
    ['json', undefined],
  ])('formatOf(%j) is %j', (path, format) => {
    expect(formatOf(path)).toBe(format);
  });

  it('reads unknown extensions as YAML', () => {
    const doc = parseText('notes.txt', 'a: 1\n');
    expect(doc.format).toBe('yaml');
    expect(doc.value).toEqual({ a: 1 });
  });

  it('has the documented defaults, and ignores invalid overrides', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: 1_048_576, maxDepth: 64, maxNodes: 100_000, maxAliases: 20 });
    const doc = parseText('x.json', '[[1]]', { maxDepth: Number.NaN, maxNodes: -1 });
    expect(doc.problems).toEqual([]);
    expect(problemsAt(parseText('x.json', '[[1]]', { maxDepth: 1 }))).toEqual([{ code: 'too-deep', fatal: true, line: 1, column: 2 }]);
  });
});

describe('totality: parseDocument never throws', () => {
  const fragments = ['{', '}', '[', ']', '"', ':', ',', '-', ' ', '\n', '&a', '*a', '!!', '<<', '---', '\t', '#', '?', 'a', '1', '1e999', '\\', "'", '|', '>', '\u202e', '\ufeff'];

  it.each(['x.json', 'x.yaml'])('on 1,500 random token soups as %s', (path) => {
    const random = seededRandom(path.length);
    for (let round = 0; round < 1500; round++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => fragments[Math.floor(random() * fragments.length)]).join('');
      const doc = parseDocument(path, utf8(text));
      expect(doc.value === undefined).toBe(doc.problems.some((p) => p.fatal));
      expect(() => [doc.locate('/a/0'), doc.locateKey('/a'), doc.locate('~')]).not.toThrow();
    }
  });

  it('turns a failure of the parser itself into a fatal problem', () => {
    const doc = parseDocument('x.json', null as unknown as Uint8Array);
    expect(problemsAt(doc)).toEqual([{ code: 'syntax', fatal: true, line: 1, column: 1 }]);
    expect(doc.problems[0].message).toBe('the parser failed on this file');
    expect(doc.locate('/a')).toEqual(spanOf([1, 1, 1, 1]));
  });

  it('on random bytes and on mutations of the workflow', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 500; round++) {
      const bytes = Uint8Array.from(WORKFLOW);
      for (let k = 0; k < 3; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const noise = Uint8Array.from({ length: 64 }, () => Math.floor(random() * 256));
      for (const input of [bytes, noise]) {
        for (const path of ['w.json', 'w.yaml']) {
          const doc = parseDocument(path, input);
          expect(doc.value === undefined).toBe(doc.problems.some((p) => p.fatal));
        }
      }
    }
  });
});
