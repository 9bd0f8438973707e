import { describe, expect, it } from 'vitest';
import { markdownRisk, MAX_PAGE_CHARS } from '../../src/docs/markdown-guard.js';
import { parseDocsPage } from '../../src/docs/page.js';

const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n');

describe('markdownRisk', () => {
  it.each([
    ['an ordinary page', '---\ntype: x\n---\n\n# X\n\n> Caution: funds.\n\n- a\n  - b\n\n| a |\n|---|\n| b |\n'],
    ['32 quote markers', `${'>'.repeat(32)} x`],
    ['lists nested 32 deep', nested(32)],
    ['256 setext underlines', 'a\n=\n'.repeat(256)],
    ['3000 lines', 'x\n'.repeat(2999)],
    ['numbers that are not list markers', '2026. was a year\n1.5 million'],
  ])('lets %s through', (_name, text) => {
    expect(markdownRisk(text)).toBeUndefined();
  });

  it.each([
    ['too large', 'a'.repeat(MAX_PAGE_CHARS + 1), 1, /larger than 128 KB/],
    ['33 quote markers', `ok\n${'>'.repeat(33)} x`, 2, /nests block quotes or lists more than 32 levels deep/],
    ['33 ordered markers on one line', '1. '.repeat(33), 1, /more than 32 levels deep/],
    ['deep indentation', nested(66), 65, /indented more than 128 columns/],
    ['too many lines', 'x\n'.repeat(3001), 3001, /more than 3000 lines/],
    ['too many list lines', '- a\n'.repeat(1201), 1201, /more than 1200 lines open a list item or block quote/],
    ['too many setext underlines', 'a\r\n=\r\n'.repeat(257), 514, /more than 256 lines are only `=` or `-`/],
  ])('refuses %s, naming the line', (_name, text, line, message) => {
    const risk = markdownRisk(text);
    expect(risk?.line).toBe(line);
    expect(risk?.message).toMatch(message);
  });
});

describe('parseDocsPage on hostile pages', () => {
  const fill = (unit: string) => unit.repeat(Math.floor((120 * 1024) / unit.length));
  it.each([
    ['emphasis runs', fill('*a'), undefined],
    ['unclosed links', fill('[a]('), undefined],
    ['footnote calls', fill('a]('), undefined],
    ['mixed inline markup', fill('*a_b~c`d[e<f'), undefined],
    ['lazy quote continuation', `> a\n${'b\n'.repeat(2990)}`, undefined],
    ['two-level lists at the bound', `${nested(2)}\n`.repeat(600), undefined],
    ['one line of 10,000 nested quotes', `${'> '.repeat(10_000)}x`, /^a line nests block quotes or lists more than 32 levels deep/],
  ])('parses (or refuses, as said) %s without the parser failing (time figures: npm run bench)', (name, text, refused) => {
    const page = parseDocsPage(`hostile-${name}.md`, text);
    if (refused) expect(page.unparsed?.message).toMatch(refused);
    else expect([page.unparsed, page.texts.length > 0]).toEqual([undefined, true]);
  });

  it('reports a refused page as unparsed, with no content', () => {
    const page = parseDocsPage('deep.md', `# T\n\n${'>'.repeat(40)} x\n`);
    expect(page.unparsed).toEqual({ line: 3, column: 1, message: 'a line nests block quotes or lists more than 32 levels deep, so the page is not parsed' });
    expect(page.headings).toEqual([]);
  });

  it('keeps emphasis and link markup as text: the rules do not need it', () => {
    const page = parseDocsPage('marks.md', '# **Title**\n\nSee [the guide](https://x.example) and *this*.\n');
    expect(page.title?.text).toBe('**Title**');
    expect(page.texts[0].text).toBe('See [the guide](https://x.example) and *this*.');
  });
});
