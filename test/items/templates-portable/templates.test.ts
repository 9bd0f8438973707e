import { describe, expect, it } from 'vitest';
import { literalSites, literalText, locationInSite } from '../../../src/items/templates-portable/templates.js';
import type { JsonValue } from '../../../src/parse/document.js';
import { parseDocumentWithPositions } from '../../../src/parse/document.js';

describe('literalText', () => {
  it.each([
    ['no expression', 'Balance low', 'Balance low'],
    ['an expression without literals: blanked to its length', 'a {{x}} b', 'a       b'],
    ['a double-quoted fallback: kept', '{{ x || "see wal" }}', '         see wal    '],
    ['a single-quoted fallback after a quoted path segment: the segment blanked, the fallback kept', "{{ $nodes.a.result['k'] || 'see wal' }}", '                            see wal    '],
    ['a quoted path segment with spaces inside its brackets: blanked', "{{ $nodes.a.result[ 'run_id' ] }}", '                                 '],
    ['an escaped quote inside a literal: the literal runs on to the closing quote', "{{ 'it\\'s wal' }}", "    it\\'s wal    "],
    ['an empty literal', "{{ '' }}", '        '],
    ['a quote never closed inside the expression: blanked, the text after it kept', "{{ 'abc }} x", '           x'],
    ['a quote that closes only after the expression: blanked inside, kept outside', "{{ 'abc }}'", "          '"],
  ])('%s', (_name, text, literal) => {
    expect(literalText(text)).toBe(literal);
  });
});

describe('locationInSite', () => {
  /** The place of `length` characters at `offset` of the string value at `pointer` of a file. */
  function placeIn(path: string, text: string, pointer: string, offset: number, length: number) {
    const doc = parseDocumentWithPositions(path, new TextEncoder().encode(text));
    const site = [...literalSites(doc.value as Record<string, JsonValue>)].find((s) => s.pointer === pointer && !s.isKey);
    if (!site) throw new Error(`no string at ${pointer}`);
    return locationInSite(doc, site, offset, length);
  }
  const at = (file: string, line: number, column: number, endColumn: number) => ({ file, line, column, endLine: line, endColumn });

  it.each([
    ['a JSON string on the only line, without a line break at the end', 'a.json', '{"a": "x", "b": "see org_1"}', at('a.json', 1, 22, 27)],
    ['a JSON string after a line break', 'a.json', '{"a": "x",\n"b": "see org_1"}', at('a.json', 2, 11, 16)],
    ['a JSON string after a CRLF', 'a.json', '{"a": "x",\r\n"b": "see org_1"}', at('a.json', 2, 11, 16)],
    ['a JSON string after two CRLFs', 'a.json', '{"a": "x",\r\n"c": 1,\r\n"b": "see org_1"}', at('a.json', 3, 11, 16)],
    ['a JSON string after a lone CR', 'a.json', '{"a": "x",\r"b": "see org_1"}', at('a.json', 2, 11, 16)],
    ['a JSON string after an empty line', 'a.json', '{"a": "x",\n\r\n"b": "see org_1"}', at('a.json', 3, 11, 16)],
    ['a plain YAML scalar: from its first character', 'a.yaml', 'a: x\nb: see org_1 here\n', at('a.yaml', 2, 8, 13)],
    ['a single-quoted YAML string after a CRLF', 'a.yaml', "a: x\r\nb: 'see org_1'\r\n", at('a.yaml', 2, 9, 14)],
    ['a single-quoted YAML string with an escaped quote before the text: the whole string', 'a.yaml', "a: x\nb: 'it''s org_1'\n", at('a.yaml', 2, 4, 17), 5],
  ])('%s: `org_1` of the string at /b', (_name, path, text, expected, offset = 4) => {
    expect(placeIn(path, text, '/b', offset, 'org_1'.length)).toEqual(expected);
  });
});
