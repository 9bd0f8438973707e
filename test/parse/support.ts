import { parseDocument, type ParseLimits, type ParsedDocument, type ParseProblem, type Span } from '../../src/parse/document.js';

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Raw bytes from numbers and latin-1 strings, for byte-exact fixtures. */
export function bytesOf(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const ch of part) out.push(ch.charCodeAt(0));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

/** Parses text as a file of the given extension. */
export function parseText(path: string, text: string, limits?: Partial<ParseLimits>): ParsedDocument {
  return parseDocument(path, utf8(text), limits);
}

/** The fields every failing case asserts: code, fatal flag, start line and column. */
export interface ProblemAt {
  readonly code: ParseProblem['code'];
  readonly fatal: boolean;
  readonly line: number;
  readonly column: number;
}

/** A problem reduced to what tables compare. */
export function problemAt(problem: ParseProblem): ProblemAt {
  return { code: problem.code, fatal: problem.fatal, line: problem.span.line, column: problem.span.column };
}

/** All problems of a document, reduced. */
export function problemsAt(doc: ParsedDocument): ProblemAt[] {
  return doc.problems.map(problemAt);
}

/** A span written compactly: [line, column, endLine, endColumn]. */
export function spanOf([line, column, endLine, endColumn]: readonly [number, number, number, number]): Span {
  return { line, column, endLine, endColumn };
}

/** Milliseconds one call takes. */
export function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

/** Deterministic pseudo-random numbers (mulberry32), so fuzz failures reproduce. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The billion-laughs document: 9 levels of 9 aliases each (~600 bytes). */
export function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const name = names[i];
    lines.push(`${name}: &${name} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}
