import { describe, expect, it } from 'vitest';
import { findSection, isJsonCode, pageAnchor, parseDocsPage } from '../../src/docs/page.js';

const PAGE = `---
title: Acme Ping
type: acme-ping
---

# Acme Ping

Pings a host.

> Caution: this action moves funds. Test with simulation first.

## At a Glance

| Action ID | Connector |
|---|---|
| \`acme-ping\` | none |

## Payload Schema

| Field | Type | Required | Description |
|:---|:---:|---|---|
| \`host\` | string | yes | Host to ping |
|   \`count\`   | \`integer\` | no | How often, \`1\` to \`5\` |

## Examples

### Example node

\`\`\`json
{
  "type": "acme-ping",
  "payload": { "host": "example.org" }
}
\`\`\`

### Example output

\`\`\`JSON
{ "latencyMs": 12 }
\`\`\`

- a list item with code:

  \`\`\`json
  { "nested": true }
  \`\`\`
`;

describe('parseDocsPage', () => {
  const page = parseDocsPage('docs/a.md', PAGE);

  it('reads the frontmatter with its position and the position of a key', () => {
    expect(page.frontmatter).toMatchObject({ line: 1, column: 1, data: { title: 'Acme Ping', type: 'acme-ping' }, problems: [] });
    expect(page.frontmatter?.locate('/type')).toEqual({ line: 3, column: 7 });
    expect(page.problems).toEqual([]);
  });

  it('finds the H1 and the sections, case-insensitively, each up to the next heading of its level', () => {
    expect(page.title).toEqual({ line: 6, column: 1, depth: 1, text: 'Acme Ping' });
    expect(pageAnchor(page)).toEqual({ file: 'docs/a.md', line: 6, column: 1 });
    expect(findSection(page, '  payload schema ')?.heading.line).toBe(18);
    expect(findSection(page, 'Result Schema')).toBeUndefined();
    const examples = findSection(page, 'Examples');
    expect(examples?.code.map((c) => c.line)).toEqual([29, 38, 44]);
    expect(findSection(page, 'Example node')?.code.map((c) => c.line)).toEqual([29]);
  });

  it('reads GFM tables: header and rows with the position of each row and cell content', () => {
    const table = findSection(page, 'Payload Schema')!.tables[0];
    expect(table.header.cells.map((c) => c.text)).toEqual(['Field', 'Type', 'Required', 'Description']);
    expect(table.rows.map((r) => r.line)).toEqual([22, 23]);
    expect(table.rows[0].cells[0]).toEqual({ line: 22, column: 3, text: 'host' });
    expect(table.rows[1].cells.slice(0, 2)).toEqual([
      { line: 23, column: 5, text: 'count' },
      { line: 23, column: 17, text: 'integer' },
    ]);
    expect(table.rows[1].cells[3].text).toBe('How often, 1 to 5');
  });

  it('reads fenced code blocks with language, value and where the value starts', () => {
    expect(page.code.map((c) => [c.lang, c.line, c.column, c.origin])).toEqual([
      ['json', 29, 1, { line: 30, indent: 0 }],
      ['json', 38, 1, { line: 39, indent: 0 }],
      ['json', 44, 3, { line: 45, indent: 2 }],
    ]);
    expect(page.code[0].value).toBe('{\n  "type": "acme-ping",\n  "payload": { "host": "example.org" }\n}');
    expect(isJsonCode(page.code[1])).toBe(true);
  });

  it('keeps the text of paragraphs and blockquotes for prose checks', () => {
    const quote = page.texts.find((t) => t.kind === 'blockquote');
    expect(quote).toMatchObject({ line: 10, column: 1, text: 'Caution: this action moves funds. Test with simulation first.' });
    expect(page.texts.filter((t) => t.kind === 'paragraph').map((t) => t.line)).toEqual([8, 10, 42]);
  });

  it('reads MDX with import lines and JSX components like Markdown', () => {
    const mdx = [
      '---',
      'type: acme-ping',
      '---',
      "import { Badge } from '@/components/badge';",
      '',
      '# Acme Ping',
      '',
      '<Badge color="orange">Gas</Badge>',
      '',
      '<Warning>',
      'Caution: this action moves funds.',
      '</Warning>',
      '',
      '## Payload Schema',
      '',
      '| Field | Type | Required |',
      '|---|---|---|',
      '| `host` | string | yes |',
      '',
    ].join('\n');
    const parsed = parseDocsPage('docs/a.mdx', mdx);
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontmatter?.data).toEqual({ type: 'acme-ping' });
    expect(parsed.title?.line).toBe(6);
    expect(findSection(parsed, 'Payload Schema')?.tables[0].rows[0]).toMatchObject({ line: 18, column: 1 });
    expect(parsed.texts.some((t) => t.text.includes('Caution: this action moves funds.'))).toBe(true);
  });

  it.each([
    ['bad YAML', '---\ntype: [a\n---\n# T\n', { line: 2, message: /the frontmatter is not valid YAML/ }],
    ['a list instead of a mapping', '---\n- a\n- b\n---\n# T\n', { line: 2, message: /must be a YAML mapping/ }],
  ])('reports %s in the frontmatter as a problem, not an exception', (_name, text, expected) => {
    const parsed = parseDocsPage('docs/bad.md', text);
    expect(parsed.frontmatter?.data).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].line).toBe(expected.line);
    expect(parsed.problems[0].message).toMatch(expected.message);
    expect(parsed.title?.text).toBe('T');
  });

  it('treats a page without frontmatter or headings as empty, and an empty frontmatter as no keys', () => {
    expect(parseDocsPage('x.md', 'just text').frontmatter).toBeUndefined();
    expect(parseDocsPage('x.md', '').headings).toEqual([]);
    expect(parseDocsPage('x.md', '---\n---\n# T').frontmatter?.data).toEqual({});
  });

  it('returns the same parse for the same path and text', () => {
    expect(parseDocsPage('docs/a.md', PAGE)).toBe(page);
    expect(parseDocsPage('docs/a.md', `${PAGE}\n`)).not.toBe(page);
  });
});
