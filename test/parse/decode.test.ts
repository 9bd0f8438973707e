import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/parse/decode.js';
import { parseDocument } from '../../src/parse/document.js';
import { bytesOf, problemsAt, seededRandom, utf8 } from './support.js';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

describe('decodeText: fatal problems with exact positions', () => {
  it.each([
    ['\\xC3\\x28 (bad continuation)', bytesOf('{"a": "', [0xc3, 0x28], '"}'), 7, 1, 8],
    ['overlong \\xC0\\xAF on line 2', bytesOf('{\n  "a": "', [0xc0, 0xaf], '"\n}'), 10, 2, 9],
    ['lone surrogate \\xED\\xA0\\x80', bytesOf('a: ', [0xed, 0xa0, 0x80], '\n'), 3, 1, 4],
    ['truncated sequence at end', bytesOf('a: ', [0xe2, 0x82]), 3, 1, 4],
    ['above U+10FFFF', bytesOf('x\r\nyz', [0xf4, 0x90, 0x80, 0x80]), 5, 2, 3],
    ['after a BOM, columns do not count it', bytesOf([0xef, 0xbb, 0xbf], 'ab', [0xff]), 5, 1, 3],
    ['after multi-byte characters, columns count UTF-16 units', bytesOf([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80], [0x80]), 6, 1, 4],
  ])('%s → encoding at byte %i, line %i, column %i', (_name, bytes, offset, line, column) => {
    const decoded = decodeText(bytes, 1024);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem).toMatchObject({ code: 'encoding', fatal: true, span: { line, column, endLine: line, endColumn: column + 1 } });
    expect(decoded.problem.message).toBe(`invalid UTF-8 at byte offset ${offset} (line ${line}, column ${column})`);
  });

  it.each([
    ['UTF-16LE', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]],
    ['UTF-16BE', [0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]],
    ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00]],
    ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x7b]],
  ])('a %s byte-order mark → unsupported encoding at 1:1', (name, bytes) => {
    const decoded = decodeText(Uint8Array.from(bytes), 1024);
    expect(decoded).toMatchObject({ ok: false, problem: { code: 'encoding', fatal: true, message: `unsupported encoding ${name}`, span: { line: 1, column: 1 } } });
  });

  it('reports a PNG header as binary', () => {
    const decoded = decodeText(Uint8Array.from(PNG_HEADER), 1024);
    expect(decoded).toMatchObject({ ok: false, problem: { code: 'binary', fatal: true, message: 'binary content (NUL byte at byte offset 8); not validated', span: { line: 1, column: 1 } } });
  });

  it('looks for NUL bytes only in the first 8 KB', () => {
    const bytes = new Uint8Array(9000).fill(0x20);
    bytes[8500] = 0;
    expect(decodeText(bytes, 10_000).ok).toBe(true);
    bytes[8191] = 0;
    expect(decodeText(bytes, 10_000)).toMatchObject({ ok: false, problem: { code: 'binary' } });
  });

  it('checks the size before looking at any byte: 1 MiB + 1 byte of NULs is too large, not binary', () => {
    const doc = parseDocument('workflow.json', new Uint8Array(1024 * 1024 + 1));
    expect(problemsAt(doc)).toEqual([{ code: 'too-large', fatal: true, line: 1, column: 1 }]);
    expect(doc.problems[0].message).toBe('file is 1,048,577 bytes, over the 1 MiB limit; not validated');
    expect(doc.text).toBe('');
    expect(doc.value).toBeUndefined();
  });

  it('accepts exactly the size limit', () => {
    expect(decodeText(utf8('1234567890'), 10)).toEqual({ ok: true, text: '1234567890' });
    expect(decodeText(utf8('12345678901'), 10)).toMatchObject({ ok: false, problem: { code: 'too-large', message: 'file is 11 bytes, over the 10 bytes limit; not validated' } });
  });

  it('strips exactly one leading UTF-8 BOM', () => {
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf], 'a: 1'), 100)).toEqual({ ok: true, text: 'a: 1' });
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'a'), 100)).toEqual({ ok: true, text: '\ufeffa' });
  });
});

describe('firstInvalidUtf8 agrees with TextDecoder', () => {
  it('on 3,000 random byte strings biased towards UTF-8 lead and continuation bytes', () => {
    const random = seededRandom(42);
    const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90];
    for (let round = 0; round < 3000; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 8) }, () => interesting[Math.floor(random() * interesting.length)]);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      const bad = firstInvalidUtf8(bytes);
      expect(bad === bytes.length, `bytes ${Array.from(bytes, (b) => b.toString(16)).join(' ')}`).toBe(valid);
      if (!valid) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bad))).not.toThrow();
    }
  });
});
