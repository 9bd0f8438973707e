import type { Span } from './problem.js';

/** A 1-based line and a 1-based column counted in UTF-16 code units. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Converts text offsets into positions. Line breaks are `\n`, `\r\n` and a lone `\r`, as editors
 * show them. The line-start table is built on first use, so clean files never pay for it.
 */
export interface LineTable {
  position(offset: number): Position;
  /** The span of `[start, end)`; offsets are clamped to the text. */
  span(start: number, end: number): Span;
}

/** A line table over `text`. */
export function lineTableOf(text: string): LineTable {
  let starts: number[] | undefined;
  const position = (offset: number): Position => {
    starts ??= lineStartsOf(text);
    const clamped = Math.min(Math.max(0, Math.trunc(offset) || 0), text.length);
    const index = lastStartAtOrBefore(starts, clamped);
    return { line: index + 1, column: clamped - starts[index] + 1 };
  };
  const span = (start: number, end: number): Span => {
    const from = position(start);
    const to = position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  return { position, span };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Binary search: the index of the last line start that is `<= offset`. */
function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
