import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { collectBlocks, type PageBlocks, type PageCode, type PageHeading, type PageTable, type PageText } from './blocks.js';
import type { EmbeddedProblem } from './embedded.js';
import { frontmatterOf, type Frontmatter } from './frontmatter.js';
import { markdownRisk, UNUSED_CONSTRUCTS } from './markdown-guard.js';

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
 * of the page text.
 */
export interface DocsPage extends PageBlocks {
  readonly path: string;
  readonly frontmatter?: Frontmatter;
  /** The first level-1 heading. */
  readonly title?: PageHeading;
  /** Problems of the frontmatter (bad YAML, not a mapping). */
  readonly problems: readonly EmbeddedProblem[];
  /** Set when the page was not parsed (too large, nested too deeply, or the parser failed); the page is then empty. */
  readonly unparsed?: EmbeddedProblem;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(withoutUnusedConstructs);
const MEMO_SIZE = 128;
const memo = new Map<string, { text: string; page: DocsPage }>();

/**
 * Parses a docs page with remark (GFM tables, YAML frontmatter). `.mdx` is read the same way:
 * import/export lines become paragraphs and JSX becomes HTML nodes, which the rules ignore.
 * Emphasis, links, footnotes and autolinks are not parsed (their markup stays in the text), and
 * risky pages are not parsed at all (`markdown-guard.ts`). Never throws; memoised per path and text.
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
  const risk = markdownRisk(text);
  if (risk) return emptyPage(path, { line: risk.line, column: 1, message: risk.message });
  try {
    const tree = processor.parse(text);
    const blocks = collectBlocks(tree, text);
    const frontmatter = frontmatterOf(tree);
    return {
      path,
      ...blocks,
      ...(frontmatter ? { frontmatter } : {}),
      ...titleOf(blocks.headings),
      problems: frontmatter?.problems ?? [],
    };
  } catch {
    return emptyPage(path, { line: 1, column: 1, message: 'the Markdown parser failed on this page' });
  }
}

/** A page with no content, for a page that is not parsed or cannot be read. */
export function emptyPage(path: string, unparsed?: EmbeddedProblem): DocsPage {
  return { path, headings: [], tables: [], code: [], texts: [], problems: [], ...(unparsed ? { unparsed } : {}) };
}

function withoutUnusedConstructs(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: UNUSED_CONSTRUCTS } });
}

function titleOf(headings: readonly PageHeading[]): { title?: PageHeading } {
  const title = headings.find((h) => h.depth === 1);
  return title ? { title } : {};
}

/** The section under a heading; linear in the size of the page. */
function sectionOf(page: DocsPage, index: number): PageSection {
  const heading = page.headings[index];
  let next: PageHeading | undefined;
  for (let i = index + 1; i < page.headings.length && !next; i++) if (page.headings[i].depth <= heading.depth) next = page.headings[i];
  const inside = (b: { line: number }) => b.line > heading.line && (next === undefined || b.line < next.line);
  return { heading, tables: page.tables.filter(inside), code: page.code.filter(inside), texts: page.texts.filter(inside) };
}

/**
 * The section of the first heading whose text equals `name` (or one of the names), ignoring case,
 * marks and surrounding space.
 */
export function findSection(page: DocsPage, name: string | readonly string[]): PageSection | undefined {
  const wanted = new Set((typeof name === 'string' ? [name] : name).map(normalizeHeading));
  const index = page.headings.findIndex((h) => wanted.has(normalizeHeading(h.text)));
  return index < 0 ? undefined : sectionOf(page, index);
}

/** The nearest heading above a line (binary search: headings are in page order). */
export function headingBefore(page: DocsPage, line: number): PageHeading | undefined {
  let low = 0;
  let high = page.headings.length - 1;
  let found: PageHeading | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (page.headings[middle].line < line) (found = page.headings[middle]), (low = middle + 1);
    else high = middle - 1;
  }
  return found;
}

/** Heading text as compared: emphasis and code marks removed, lowercase, trimmed, inner space collapsed. */
export function normalizeHeading(text: string): string {
  return text.replace(/[*_`]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Where to point for a page as a whole: its H1, else line 1. */
export function pageAnchor(page: DocsPage): { file: string; line: number; column: number } {
  return { file: page.path, line: page.title?.line ?? 1, column: page.title?.column ?? 1 };
}

/** True for a code block tagged `json` (`jsonc` and `json5` may hold comments and are not checked). */
export function isJsonCode(code: PageCode): boolean {
  return code.lang === 'json';
}
