import { describe, expect, it } from 'vitest';
import { addedLines, namesWord } from '../../../src/items/public-contract/documentation.js';

describe('changelog matching', () => {
  it.each([
    ['- `acme-quote`: drops price', true],
    ['- acme-quote drops price.', true],
    ['acme-quote', true],
    ['- `acme-quote-v2`: new', false],
    ['- my-acme-quote: new', false],
    ['- acme_quote', false],
    ['- acme-quote2 then acme-quote.', true],
  ])('%s names acme-quote: %s', (line, expected) => {
    expect(namesWord(line, 'acme-quote')).toBe(expected);
  });

  it('counts only lines the change adds, as a multiset', () => {
    expect(addedLines('a\nb\nb\n', 'b\na\nc\nb\nb\n')).toEqual(['c', 'b']);
    expect(addedLines('x\r\ny\r\n', 'x\ny\n')).toEqual([]);
  });
});
