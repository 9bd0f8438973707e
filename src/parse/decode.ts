import { lineTableOf } from './lines.js';
import { fileStartSpan, formatByteSize, groupDigits, type ParseProblem } from './problem.js';

/** Decoded text, or the one fatal problem that stopped decoding. */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: ParseProblem };

const BINARY_SNIFF_BYTES = 8192;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** One decoder for every file: a non-streaming `decode` keeps no state between calls. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes to text, in this order: size cap (before looking at any byte), UTF-16/32 byte-order marks,
 * NUL in the first 8 KB (binary), one leading UTF-8 BOM stripped, strict UTF-8. Never throws.
 */
export function decodeText(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) return failed(tooLarge(bytes.length, maxBytes));
  const foreign = foreignEncodingOf(bytes);
  if (foreign) return failed({ code: 'encoding', fatal: true, message: `unsupported encoding ${foreign}`, hint: 'save the file as UTF-8', span: fileStartSpan() });
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0) return failed(binary(nul));
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? UTF8_BOM.length : 0;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: STRICT_UTF8.decode(body) };
  } catch {
    return failed(invalidUtf8(bytes, start, firstInvalidUtf8(bytes, start)));
  }
}

function failed(problem: ParseProblem): Decoded {
  return { ok: false, problem };
}

/** The problem of a file over the size cap; it is never read or decoded. */
export function tooLarge(size: number, maxBytes: number): ParseProblem {
  return {
    code: 'too-large',
    fatal: true,
    message: `file is ${groupDigits(size)} bytes, over the ${formatByteSize(maxBytes)} limit; not validated`,
    hint: 'split the file or move large data out of it',
    span: fileStartSpan(),
  };
}

function binary(offset: number): ParseProblem {
  return {
    code: 'binary',
    fatal: true,
    message: `binary content (NUL byte at byte offset ${offset}); not validated`,
    hint: 'commit this file as UTF-8 text',
    span: fileStartSpan(),
  };
}

/** UTF-32 first: its little-endian mark starts with the UTF-16 one. */
function foreignEncodingOf(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32LE';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  return undefined;
}

function invalidUtf8(bytes: Uint8Array, textStart: number, offset: number): ParseProblem {
  const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(textStart, offset));
  const { line, column } = lineTableOf(prefix).position(prefix.length);
  return {
    code: 'encoding',
    fatal: true,
    message: `invalid UTF-8 at byte offset ${offset} (line ${line}, column ${column})`,
    hint: 'save the file as UTF-8',
    span: { line, column, endLine: line, endColumn: column + 1 },
  };
}

/**
 * Offset of the lead byte of the first ill-formed sequence (Unicode table 3-7: no overlongs, no
 * surrogates, nothing above U+10FFFF), or `bytes.length` when every sequence is well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const length = sequenceLengthAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed sequence starting at `i`, or 0. */
function sequenceLengthAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  if (lead < 0xc2 || lead > 0xf4) return 0;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  const [low, high] = secondByteRange(lead);
  if (!(bytes[i + 1] >= low && bytes[i + 1] <= high)) return 0;
  for (let k = 2; k < length; k++) if (!(bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf)) return 0;
  return length;
}

function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}
