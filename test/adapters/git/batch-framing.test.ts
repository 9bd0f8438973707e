import { describe, expect, it } from 'vitest';
import { BatchFrameParser, type BatchFrame } from '../../../src/adapters/git/batch-framing.js';

const OID_A = 'a'.repeat(40);
const OID_B = 'b'.repeat(40);
const STREAM = Buffer.concat([
  Buffer.from(`${OID_A} blob 11\nline1\nline2\n`),
  Buffer.from(`${OID_B} missing\n`),
  Buffer.from(`${OID_B} blob 0\n\n`),
  Buffer.from(`${OID_A} blob 3\n\0\xff\n\n`, 'latin1'),
]);
const EXPECTED: BatchFrame[] = [
  { kind: 'object', oid: OID_A, type: 'blob', content: Buffer.from('line1\nline2') },
  { kind: 'missing', name: OID_B },
  { kind: 'object', oid: OID_B, type: 'blob', content: Buffer.alloc(0) },
  { kind: 'object', oid: OID_A, type: 'blob', content: Buffer.from([0, 0xff, 0x0a]) },
];

function feed(chunkSize: number): BatchFrame[] {
  const parser = new BatchFrameParser();
  const frames: BatchFrame[] = [];
  for (let at = 0; at < STREAM.length; at += chunkSize) frames.push(...parser.push(STREAM.subarray(at, at + chunkSize)));
  return frames;
}

describe('BatchFrameParser', () => {
  it.each([1, 2, 7, 41, 1000])('frames the same stream split into %i-byte chunks', (chunkSize) => {
    expect(feed(chunkSize)).toEqual(EXPECTED);
  });

  it('holds a frame back until its content and trailing newline have arrived', () => {
    const parser = new BatchFrameParser();
    expect(parser.push(Buffer.from(`${OID_A} blob 5\nabc`))).toEqual([]);
    expect(parser.push(Buffer.from('de'))).toEqual([]);
    expect(parser.push(Buffer.from('\n'))).toEqual([{ kind: 'object', oid: OID_A, type: 'blob', content: Buffer.from('abcde') }]);
  });

  it('throws on a header it does not understand', () => {
    expect(() => new BatchFrameParser().push(Buffer.from('fatal: something\n'))).toThrow('unexpected cat-file header "fatal: something"');
  });
});
