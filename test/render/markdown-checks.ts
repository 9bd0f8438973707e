/**
 * Checks on rendered Markdown shared by the renderer tests: per-item details counts, table
 * integrity and the absence of injected HTML, mentions and markers.
 */
import { expect } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';

/** One `<details>` block: item title, findings listed, and N of its "…and N more findings". */
export interface DetailsCount {
  readonly title: string;
  readonly shown: number;
  readonly more: number;
}

/** Reads every details block of a rendered report. */
export function detailsOf(markdown: string): DetailsCount[] {
  const blocks = markdown.split('<details><summary>').slice(1);
  return blocks.map((block) => {
    const title = /^\S+ (.*?): /.exec(block)?.[1] ?? '';
    const body = block.slice(0, block.indexOf('</details>'));
    const shown = body.split('\n').filter((line) => line.startsWith('- ') && !line.startsWith('- …and ')).length;
    const more = Number(/- …and (\d+) more findings? /.exec(body)?.[1] ?? 0);
    return { title, shown, more };
  });
}

// A GFM row splits on every `|` not preceded by a backslash (cmark-gfm's table_cell scanner).
const CELL_SEPARATOR = /(?<!\\)\|/g;

/** Every table row has exactly as many cells as its header. */
export function expectIntactTables(markdown: string): void {
  const lines = markdown.split('\n');
  let columns = 0;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const separators = line.match(CELL_SEPARATOR)?.length ?? 0;
    if (columns === 0) columns = separators;
    expect(separators, line).toBe(columns);
  }
}

/** No raw HTML tag, no live `@everyone`, no comment open/close beyond our own marker. */
export function expectNoInjection(markdown: string, options: { marker: boolean }): void {
  expect(markdown).not.toContain('<img');
  expect(markdown).not.toMatch(/@everyone/);
  expect(markdown).not.toMatch(/@org/);
  const rest = options.marker ? markdown.slice(COMMENT_MARKER.length) : markdown;
  if (options.marker) expect(markdown.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
  expect(rest).not.toContain('<!--');
  expect(rest).not.toContain('-->');
  expect(rest).not.toContain('](https://evil.example');
  expect(rest).not.toMatch(/<(?!details>|\/details>|summary>|\/summary>)[a-z!/]/i);
}
