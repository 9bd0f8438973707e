import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { collectBlocks, type PageBlocks, type PageCode, type PageHeading, type PageTable, type PageText } from './blocks.js';
import type { EmbeddedProblem } from './embedded.js';
import { frontmatterOf, type Frontmatter } from './frontmatter.js';

export type { PageCell, PageCode, PageHeading, PageRow, PageTable, PageText } from './blocks.js';
export type { Frontmatter } from './frontmatter.js';

/** The part of a page under one heading, up to the next heading of the same or a higher level. */
export interface PageSection {
  readonly heading: PageHeading;
  readonly tables: readonly PageTable[];
  readonly code: readonly PageCode[];
  readonly texts: readonly PageText[];
}

/**
 * A docs page (Markdown or MDX) as the docs rules read it. Positions are 1-based lines and columns
 * of the page text. `problems` holds bad frontmatter and a page the parser gave up on.
 */
export interface DocsPage extends PageBlocks {
  readonly path: string;
  readonly frontmatter?: Frontmatter;
  /** The first level-1 heading. */
  readonly title?: PageHeading;
  readonly sections: readonly PageSection[];
  readonly problems: readonly EmbeddedProblem[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const MEMO_SIZE = 128;
const memo = new Map<string, { text: string; page: DocsPage }>();

/**
 * Parses a docs page with remark (GFM tables, YAML frontmatter). `.mdx` is read the same way:
 * import/export lines become paragraphs and JSX becomes HTML nodes, which the rules ignore.
 * Never throws; results are memoised per path and text.
 */
export function parseDocsPage(path: string, text: string): DocsPage {
  const hit = memo.get(path);
  if (hit && hit.text === text) return hit.page;
  const page = parseUncached(path, text);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(path, { text, page });
  return page;
}

function parseUncached(path: string, text: string): DocsPage {
  try {
    const tree = processor.parse(text);
    const blocks = collectBlocks(tree, text);
    const frontmatter = frontmatterOf(tree);
    return {
      path,
      ...blocks,
      ...(frontmatter ? { frontmatter } : {}),
      ...titleOf(blocks.headings),
      sections: blocks.headings.map((heading, index) => sectionOf(blocks, index)),
      problems: frontmatter?.problems ?? [],
    };
  } catch {
    const problem = { line: 1, column: 1, message: 'the Markdown parser failed on this page' };
    return { path, headings: [], tables: [], code: [], texts: [], sections: [], problems: [problem] };
  }
}

function titleOf(headings: readonly PageHeading[]): { title?: PageHeading } {
  const title = headings.find((h) => h.depth === 1);
  return title ? { title } : {};
}

function sectionOf(blocks: PageBlocks, index: number): PageSection {
  const heading = blocks.headings[index];
  const next = blocks.headings.slice(index + 1).find((h) => h.depth <= heading.depth);
  const inside = (b: { line: number }) => b.line > heading.line && (next === undefined || b.line < next.line);
  return { heading, tables: blocks.tables.filter(inside), code: blocks.code.filter(inside), texts: blocks.texts.filter(inside) };
}

/** The first section whose heading text equals `name`, ignoring case and surrounding space. */
export function findSection(page: DocsPage, name: string): PageSection | undefined {
  const wanted = normalizeHeading(name);
  return page.sections.find((s) => normalizeHeading(s.heading.text) === wanted);
}

/** Heading text as compared: lowercase, trimmed, inner runs of space collapsed. */
export function normalizeHeading(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Where to point for a page as a whole: its H1, else line 1. */
export function pageAnchor(page: DocsPage): { file: string; line: number; column: number } {
  return { file: page.path, line: page.title?.line ?? 1, column: page.title?.column ?? 1 };
}

/** True for a code block tagged `json` (`jsonc` and `json5` may hold comments and are not checked). */
export function isJsonCode(code: PageCode): boolean {
  return code.lang === 'json';
}
