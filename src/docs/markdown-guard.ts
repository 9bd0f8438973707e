/**
 * Bounds on what the Markdown parser is given (threats.md T6, parser DoS). micromark is linear on
 * ordinary text but super-linear on nested containers (8,000 two-level list items take 20 s, a
 * thousand nested lists 30 s, 32,000 lazy lines in a quote 14 s), on setext headings (4,000 take 3.5 s) and on some inline
 * constructs (emphasis, links, footnote calls, autolinks). The docs rules need none of those
 * inline constructs, so the parser is told to skip them (`UNUSED_CONSTRUCTS`), and a page is
 * parsed only when it passes `markdownRisk`. Measured worst case within these bounds: about 2 s.
 */

/** Pages larger than this (in UTF-16 code units) are not parsed; real reference pages are a few KB. */
export const MAX_PAGE_CHARS = 128 * 1024;
/** Block quote and list markers allowed at the start of one line. */
export const MAX_CONTAINER_MARKERS = 32;
/** Columns of leading indentation allowed (a tab counts 4). */
export const MAX_INDENT = 128;
/** Lines of a page (lazy continuation lines of a quote or list are quadratic: 32,000 take 14 s, 3,000 take 0.3 s). */
export const MAX_LINES = 3000;
/** Lines that open with a list or block quote marker (each keeps nodes in the tree: 1,200 stay under 64 MB of heap). */
export const MAX_CONTAINER_LINES = 1200;
/** Lines of only `=` or `-` (setext heading underlines and thematic breaks). */
export const MAX_UNDERLINES = 256;

/** micromark constructs the docs rules do not read, disabled for speed and safety. */
export const UNUSED_CONSTRUCTS = [
  'attention',
  'labelStartImage',
  'labelStartLink',
  'labelEnd',
  'strikethrough',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'gfmFootnoteDefinition',
  'wwwAutolink',
  'protocolAutolink',
  'emailAutolink',
];

/** Why a page is not safe to parse, and the line to point at; undefined when it is. */
export function markdownRisk(text: string): { message: string; line: number } | undefined {
  if (text.length > MAX_PAGE_CHARS) return { line: 1, message: `the page is larger than ${MAX_PAGE_CHARS / 1024} KB, so it is not parsed` };
  const counts = { containers: 0, underlines: 0 };
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    if (line > MAX_LINES) return { line, message: `the page has more than ${MAX_LINES} lines, so it is not parsed` };
    const end = nextLineEnd(text, start);
    const risk = lineRisk(text, start, end, counts);
    if (risk) return { line, message: `${risk}, so the page is not parsed` };
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return undefined;
}

function nextLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

/** Checks one line and counts it; the reason when it breaks a bound. */
function lineRisk(text: string, start: number, end: number, counts: { containers: number; underlines: number }): string | undefined {
  const { markers, indent } = openingOf(text, start, end);
  if (markers > MAX_CONTAINER_MARKERS) return `a line nests block quotes or lists more than ${MAX_CONTAINER_MARKERS} levels deep`;
  if (indent > MAX_INDENT) return `a line is indented more than ${MAX_INDENT} columns`;
  if (markers > 0 && ++counts.containers > MAX_CONTAINER_LINES) return `more than ${MAX_CONTAINER_LINES} lines open a list item or block quote`;
  if (end - start <= 64 && UNDERLINE.test(text.slice(start, end)) && ++counts.underlines > MAX_UNDERLINES) {
    return `more than ${MAX_UNDERLINES} lines are only \`=\` or \`-\``;
  }
  return undefined;
}

const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The container markers and indentation that open a line, up to its content (capped just past the bounds). */
function openingOf(text: string, start: number, end: number): { markers: number; indent: number } {
  let markers = 0;
  let indent = 0;
  for (let i = start; i < end && markers <= MAX_CONTAINER_MARKERS && indent <= MAX_INDENT; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') indent += c === '\t' ? 4 : 1;
    else if (c === '>') markers++;
    else if ((c === '-' || c === '+' || c === '*') && isSpaceOrEnd(text[i + 1], i + 1, end)) markers++;
    else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < end && j - i < 9 && text[j] >= '0' && text[j] <= '9') j++;
      if ((text[j] !== '.' && text[j] !== ')') || !isSpaceOrEnd(text[j + 1], j + 1, end)) break;
      markers++;
      i = j;
    } else break;
  }
  return { markers, indent };
}

function isSpaceOrEnd(c: string | undefined, at: number, end: number): boolean {
  return at >= end || c === ' ' || c === '\t';
}
