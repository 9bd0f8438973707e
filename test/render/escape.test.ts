import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeHtmlText,
  escapeMarkdownText,
  escapeTableCell,
  neutraliseMentions,
  toOneLine,
} from '../../src/render/escape.js';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { code, inlineToMarkdown, inlineToPlain, parseInline, plain } from '../../src/render/inline.js';

const ZWSP = '\u200b';

describe('toOneLine', () => {
  it.each([
    { name: 'line breaks and tabs', input: 'a\r\nb\nc\td\u2028e', expected: 'a b c d e' },
    { name: 'ANSI escape', input: '\u001b[31mred', expected: '\ufffd[31mred' },
    { name: 'bidi override', input: 'abc\u202edcba.md', expected: 'abc[U+202E]dcba.md' },
    { name: 'Arabic letter mark, as four hex digits', input: 'a\u061cb', expected: 'a[U+061C]b' },
    { name: 'vertical tab and form feed, a capital V kept', input: 'Vector\vx\fy', expected: 'Vector x y' },
    { name: 'cap at 300 with ellipsis', input: 'x'.repeat(400), expected: `${'x'.repeat(299)}…` },
    { name: 'cap never splits a surrogate pair', input: '😀'.repeat(200), expected: `${'😀'.repeat(149)}…` },
  ])('$name', ({ input, expected }) => {
    expect(toOneLine(input)).toBe(expected);
  });

  it('honours a custom cap', () => {
    expect(toOneLine('abcdef', 4)).toBe('abc…');
    expect(toOneLine('abcd', 4)).toBe('abcd');
    expect(toOneLine('abcde', 4)).toBe('abc…');
  });

  it.each([
    { name: 'a high surrogate at the cut (U+10FFFF) is left out with its pair', input: 'abc\u{10ffff}xyz', expected: 'abc…' },
    { name: 'the first high surrogate at the cut (U+10000) is left out with its pair', input: 'abc\u{10000}xyz', expected: 'abc…' },
    { name: 'a character above the surrogates at the cut is kept', input: '\uff41'.repeat(10), expected: `${'\uff41'.repeat(4)}…` },
    { name: 'a low surrogate at the cut ends a pair: the pair is kept', input: `${'😀'.repeat(2)}xyz`, expected: '😀😀…' },
  ])('cuts at 5: $name', ({ input, expected }) => {
    expect(toOneLine(input, 5)).toBe(expected);
  });
});

describe('escapeMarkdownText', () => {
  it.each([
    { input: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert\\(1\\)&gt;' },
    { input: '<!-- b3os-readiness:checklist v1 -->', expected: '&lt;\\!-- b3os-readiness:checklist v1 --&gt;' },
    { input: 'hi @everyone and @org/team', expected: `hi @${ZWSP}everyone and @${ZWSP}org/team` },
    { input: '[a](https://x.example) ![i](y)', expected: '\\[a\\]\\(https\\://x.example\\) \\!\\[i\\]\\(y\\)' },
    { input: '*b* _i_ ~s~ $m$ a\\b `c`', expected: '\\*b\\* \\_i\\_ \\~s\\~ \\$m\\$ a\\\\b \\`c\\`' },
    { input: 'see www.evil.example', expected: 'see www\\.evil.example' },
    { input: 'fixes #12', expected: `fixes \\#${ZWSP}12` },
    { input: 'A & B', expected: 'A &amp; B' },
    { input: 'a|b', expected: 'a|b' },
  ])('$input', ({ input, expected }) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});

describe('escapeHtmlText', () => {
  it('escapes markup, quotes and mentions on one line', () => {
    expect(escapeHtmlText(`<b title="x">'&'</b>\n@team`)).toBe(
      `&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt; @${ZWSP}team`,
    );
  });
});

describe('codeSpan', () => {
  it.each([
    { input: 'a', expected: '`a`' },
    { input: 'a`b', expected: '``a`b``' },
    { input: '`a', expected: '`` `a ``' },
    { input: 'x```y', expected: '````x```y````' },
    { input: '', expected: '` `' },
    { input: ' a ', expected: '`  a  `' },
    { input: ' a', expected: '` a`' },
    { input: 'a ', expected: '`a `' },
    { input: 'a`', expected: '`` a` ``' },
    { input: '<img>', expected: `\`<${ZWSP}img${ZWSP}>\`` },
    { input: '<!-- x -->', expected: `\`<${ZWSP}!-- x --${ZWSP}>\`` },
    { input: '@everyone', expected: `\`@${ZWSP}everyone\`` },
    { input: 'a\nb', expected: '`a b`' },
  ])('$input', ({ input, expected }) => {
    expect(codeSpan(input)).toBe(expected);
  });
});

describe('escapeTableCell', () => {
  it('escapes every pipe, inside code too, and removes line breaks', () => {
    expect(escapeTableCell('`a|b` | c\nd')).toBe('`a\\|b` \\| c d');
    expect(escapeTableCell('a\r\n\nb')).toBe('a b');
  });

  it.each([
    ['a backslash before a pipe', 'workflow `a\\|b c\\|d` fails'],
    ['two backslashes before a pipe', 'x \\\\| y'],
    ['pipes and backslashes in and out of code', '`\\|` \\| \\\\ `|\\`'],
  ])('keeps %s inside one cell, as GFM parses it', (_name, text) => {
    const table = `| a | b | c |\n|---|---|---|\n| 1 | ${escapeTableCell(text)} | 3 |\n`;
    const tree = unified().use(remarkParse).use(remarkGfm).parse(table) as unknown as { children: Array<{ children: Array<{ children: unknown[] }> }> };
    const row = tree.children[0].children[1];
    expect(row.children).toHaveLength(3);
  });

  it('shows a backslash before a pipe once, as written', () => {
    const cell = escapeTableCell(inlineToMarkdown(parseInline('path a\\|b')));
    const table = `| a |\n|---|\n| ${cell} |\n`;
    const tree = unified().use(remarkParse).use(remarkGfm).parse(table) as unknown as { children: Array<{ children: Array<{ children: Array<{ children: Array<{ value?: string }> }> }> }> };
    const shown = tree.children[0].children[1].children[0].children.map((node) => node.value ?? '').join('');
    expect(shown).toBe('path a\\|b');
  });
});

describe('neutraliseMentions', () => {
  it('breaks every @', () => {
    expect(neutraliseMentions('a@b @c')).toBe(`a@${ZWSP}b @${ZWSP}c`);
  });
});

describe('parseInline', () => {
  it.each([
    { input: 'node `a` is `b`', expected: [plain('node '), code('a'), plain(' is '), code('b')] },
    { input: 'odd `x', expected: [plain('odd `x')] },
    { input: '``', expected: [plain('``')] },
    { input: 'documented as `` `string` `` here', expected: [plain('documented as '), code('`string`'), plain(' here')] },
    { input: '`a` and ``b`c``', expected: [code('a'), plain(' and '), code('b`c')] },
    { input: 'plain', expected: [plain('plain')] },
    { input: 'a ` b` c', expected: [plain('a '), code(' b'), plain(' c')] },
    { input: 'a `b ` c', expected: [plain('a '), code('b '), plain(' c')] },
    { input: 'a ` b ` c', expected: [plain('a '), code('b'), plain(' c')] },
    { input: 'blank `   ` code', expected: [plain('blank '), code('   '), plain(' code')] },
  ])('$input', ({ input, expected }) => {
    expect(parseInline(input)).toEqual(expected);
  });
});

describe('inlineToMarkdown', () => {
  it('merges touching code parts so their fences cannot fuse', () => {
    expect(inlineToMarkdown([code('a'), code('[x](https://e.example)')])).toBe('`a[x](https://e.example)`');
    expect(inlineToMarkdown([code('a'), plain(''), code('b')])).toBe('`ab`');
    expect(inlineToMarkdown([plain('x '), code(''), plain(''), code('b')])).toBe('x `b`');
  });

  it('escapes plain parts and fences code parts', () => {
    expect(inlineToMarkdown(parseInline('set `a*b` to *c*'))).toBe('set `a*b` to \\*c\\*');
  });

  it('renders plain text with code in backticks and no control characters', () => {
    expect(inlineToPlain(parseInline('set `a\u001b` to c\nd'))).toBe('set `a\ufffd` to c d');
  });
});
