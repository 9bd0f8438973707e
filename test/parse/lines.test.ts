import { describe, expect, it } from 'vitest';
import { lineTableOf } from '../../src/parse/lines.js';

describe('lineTableOf', () => {
  const text = 'ab\ncd\r\nef\rgh\n';
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [6, 2, 4],
    [7, 3, 1],
    [10, 4, 1],
    [12, 4, 3],
    [13, 5, 1],
  ])('offset %i is line %i column %i (\\n, \\r\\n and lone \\r break lines)', (offset, line, column) => {
    expect(lineTableOf(text).position(offset)).toEqual({ line, column });
  });

  it('clamps offsets outside the text', () => {
    const table = lineTableOf('ab\ncd');
    expect(table.position(-5)).toEqual({ line: 1, column: 1 });
    expect(table.position(99)).toEqual({ line: 2, column: 3 });
  });

  it('gives an exclusive-end span and never ends before it starts', () => {
    const table = lineTableOf('one\ntwo three\n');
    expect(table.span(8, 13)).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 10 });
    expect(table.span(8, 2)).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 5 });
  });

  it('finds lines by binary search in a large text', () => {
    const big = 'x\n'.repeat(100_000);
    const table = lineTableOf(big);
    expect(table.position(2 * 76_543 + 1)).toEqual({ line: 76_544, column: 2 });
  });

  it('counts columns in UTF-16 code units', () => {
    expect(lineTableOf('😀x').position(2)).toEqual({ line: 1, column: 3 });
  });
});
