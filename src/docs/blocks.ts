import type { Nodes, Root, Table, TableRow } from 'mdast';
import type { EmbeddedOrigin, PagePosition } from './embedded.js';

/** A heading of a page; `text` is its plain text, trimmed. */
export interface PageHeading extends PagePosition {
  readonly depth: number;
  readonly text: string;
}

/** A table cell: its plain text (inline code unwrapped, trimmed) and where its content starts. */
export interface PageCell extends PagePosition {
  readonly text: string;
}

/** A table row; its position is the row's start. */
export interface PageRow extends PagePosition {
  readonly cells: readonly PageCell[];
}

/** A GFM table: the header row and the body rows. */
export interface PageTable extends PagePosition {
  readonly header: PageRow;
  readonly rows: readonly PageRow[];
}

/** A code block; `origin` places its value's lines in the page. Its position is the fence line. */
export interface PageCode extends PagePosition {
  readonly lang?: string;
  readonly value: string;
  readonly origin: EmbeddedOrigin;
}

/** The plain text of a paragraph, a blockquote or an HTML/JSX block (raw), for prose checks. */
export interface PageText extends PagePosition {
  readonly kind: 'paragraph' | 'blockquote' | 'html';
  readonly text: string;
}

/** Everything a rule reads from the Markdown body, in document order. */
export interface PageBlocks {
  readonly headings: PageHeading[];
  readonly tables: PageTable[];
  readonly code: PageCode[];
  readonly texts: PageText[];
}

/** Collects headings, tables, code blocks and prose from an mdast tree (lists and quotes included). */
export function collectBlocks(tree: Root, source: string): PageBlocks {
  const blocks: PageBlocks = { headings: [], tables: [], code: [], texts: [] };
  const visit = (node: Nodes): void => {
    const at = startOf(node);
    switch (node.type) {
      case 'heading':
        blocks.headings.push({ ...at, depth: node.depth, text: plainText(node).trim() });
        return;
      case 'table':
        blocks.tables.push(tableOf(node));
        return;
      case 'code':
        blocks.code.push({ ...at, ...(node.lang ? { lang: node.lang.toLowerCase() } : {}), value: node.value, origin: codeOrigin(node, source) });
        return;
      case 'paragraph':
        blocks.texts.push({ ...at, kind: 'paragraph', text: plainText(node) });
        return;
      case 'html':
        blocks.texts.push({ ...at, kind: 'html', text: node.value });
        return;
      case 'blockquote':
        blocks.texts.push({ ...at, kind: 'blockquote', text: plainText(node) });
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return blocks;
}

function tableOf(node: Table): PageTable {
  const [header, ...rows] = node.children.map(rowOf);
  return { ...startOf(node), header: header ?? { ...startOf(node), cells: [] }, rows };
}

function rowOf(row: TableRow): PageRow {
  const cells = row.children.map((cell) => ({ ...startOf(cell.children[0] ?? cell), text: plainText(cell).trim() }));
  return { ...startOf(row), cells };
}

function codeOrigin(node: Nodes, source: string): EmbeddedOrigin {
  const start = node.position?.start;
  if (!start) return { line: 1, indent: 0 };
  const fenced = /^[ \t]*(```|~~~)/.test(source.slice(start.offset ?? 0, (start.offset ?? 0) + 16 + start.column));
  return { line: fenced ? start.line + 1 : start.line, indent: start.column - 1 };
}

function startOf(node: Nodes): PagePosition {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** The text of a node: text, inline code and raw inline HTML values joined; breaks become spaces. */
export function plainText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(plainText);
  const isBlockContainer = node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem';
  return parts.join(isBlockContainer ? '\n' : '');
}
