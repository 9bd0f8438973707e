/**
 * The vocabulary of the parsing layer: positions, problems and limits. `document.ts` re-exports the
 * public part; the offset-based types are internal to `src/parse/`.
 */

/**
 * A 1-based position range; `endLine`/`endColumn` are exclusive. Columns count UTF-16 code units
 * from the start of the line, as editors and the LSP do; a leading UTF-8 BOM is not counted.
 */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Every kind of problem the parser reports. */
export type ParseProblemCode =
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'syntax'
  | 'duplicate-key'
  | 'too-deep'
  | 'too-many-nodes'
  | 'alias'
  | 'multi-document'
  | 'tag'
  | 'unsafe-integer'
  | 'forbidden-key'
  | 'bidi';

/**
 * One problem in a file. `fatal` problems leave the document without a value; the others are
 * review hazards in an otherwise usable value. `message` starts lowercase and has no final period.
 */
export interface ParseProblem {
  code: ParseProblemCode;
  fatal: boolean;
  message: string;
  hint?: string;
  span: Span;
}

/** Caps applied to every file: bytes before decoding, nesting depth, values, and YAML aliases. */
export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
  maxNodes: number;
  maxAliases: number;
}

/** 1 MiB, 64 levels, 100,000 values, 20 aliases. */
export const DEFAULT_LIMITS: ParseLimits = Object.freeze({
  maxBytes: 1024 * 1024,
  maxDepth: 64,
  maxNodes: 100_000,
  maxAliases: 20,
});

/** A problem positioned by text offsets `[start, end)`; the document turns it into a span. */
export interface OffsetProblem {
  readonly code: ParseProblemCode;
  readonly fatal: boolean;
  readonly message: string;
  readonly hint?: string;
  readonly start: number;
  readonly end: number;
}

/** The span for problems about a file as a whole. */
export function fileStartSpan(): Span {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** `1,048,576`: digits grouped by thousands, independent of the process locale. */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 MiB`, `256 KiB` or `1,000 bytes`: a byte limit as people write it. */
export function formatByteSize(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib && bytes % mib === 0) return `${bytes / mib} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${groupDigits(bytes)} bytes`;
}

const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** Text with control, bidi and zero-width characters written as `\uXXXX`, cut to `maxLength`. */
export function visibleText(text: string, maxLength: number): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return cut.replace(INVISIBLE_OR_CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Untrusted text (a key, a token, a table cell) made safe to put in a message: visible, short, in
 * a code span whose fence is longer than any backtick run inside, as CommonMark reads it.
 */
export function quoteText(text: string, maxLength = 60): string {
  const visible = visibleText(text, maxLength);
  const fence = '`'.repeat(Math.max(0, ...(visible.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = visible.startsWith('`') || visible.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${visible}${pad}${fence}`;
}

/** `U+00A0`, or the character in backticks when it is printable ASCII. */
export function describeCharacter(codePoint: number | undefined): string {
  if (codePoint === undefined) return 'end of file';
  if (codePoint > 0x20 && codePoint < 0x7f) return `character \`${String.fromCharCode(codePoint)}\``;
  return `character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
