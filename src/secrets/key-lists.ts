/**
 * Values that stand under a key name a few lines or items away: the entries of a list
 * (`accounts: ["0x…", "0x…"]` in a Hardhat config, `privateKeys:` then `- 0x…` in YAML, a JSON
 * array over several lines) and a YAML block scalar (`privateKey: |` then the key on the next line).
 */
import { isKeyName, normalisedName } from './context.js';

/** A name opening a bracket list: `accounts: [`, `"privateKeys": [`, `signers = [`. */
const BRACKET_LIST = /([A-Za-z_$][\w$-]*)["'`]?[ \t]*(?::|=)[ \t]*\[/g;
/** A YAML key with nothing after it but a block-scalar indicator: its value is the block below. */
const YAML_BLOCK_KEY = /^([ \t]*)(?:- )?["']?([A-Za-z_$][\w$-]*)["']?:[ \t]*(?:[|>][-+]?[0-9]?)?[ \t]*\r?$/gm;
/** Bounds: how far a list or a block reaches. */
const MAX_LIST_CHARS = 64 * 1024;
const MAX_BLOCK_LINES = 256;

/** A list or block of values under a key name: `[start, end)` in the text. */
interface Range {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** Names under which every entry of a list is a signing key: key names, their plurals, Hardhat's `accounts`. */
function isKeyListName(name: string): boolean {
  const normalised = normalisedName(name);
  return normalised === 'accounts' || isKeyName(name) || isKeyName(name.replace(/s$/, ''));
}

/** The ranges of a text that are the values of a key-named list or block, in order of start. */
export function keyListRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(BRACKET_LIST)) {
    if (!isKeyListName(match[1])) continue;
    const start = match.index + match[0].length;
    // Searched in the bounded slice only: many unclosed lists would make a search to the end quadratic.
    const close = text.slice(start, start + MAX_LIST_CHARS).indexOf(']');
    ranges.push({ start, end: close < 0 ? Math.min(text.length, start + MAX_LIST_CHARS) : start + close, name: match[1] });
  }
  for (const match of text.matchAll(YAML_BLOCK_KEY)) {
    if (!isKeyListName(match[2])) continue;
    const indent = match[1].length;
    const start = match.index + match[0].length;
    let end = start;
    let at = start;
    for (let n = 0; n < MAX_BLOCK_LINES && at < text.length; n++) {
      const lineStart = at + 1;
      const next = text.indexOf('\n', lineStart);
      const lineEnd = next < 0 ? text.length : next;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim() !== '') {
        const lineIndent = line.length - line.trimStart().length;
        if (lineIndent < indent || (lineIndent === indent && !line.trimStart().startsWith('- '))) break;
        end = lineEnd;
      }
      at = lineEnd;
    }
    if (end > start) ranges.push({ start, end: Math.min(end, start + MAX_LIST_CHARS), name: match[2] });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The name of the key-named list or block holding `offset`, or undefined. */
export function listNameAt(ranges: readonly Range[], offset: number): string | undefined {
  // Ranges are sorted by start and at most MAX_LIST_CHARS long: only those starting less than that before the offset can hold it.
  for (let i = upperBound(ranges, offset) - 1; i >= 0 && offset - ranges[i].start <= MAX_LIST_CHARS; i--) if (offset < ranges[i].end) return ranges[i].name;
  return undefined;
}

/** The number of ranges starting at or before `offset` (binary search). */
function upperBound(ranges: readonly Range[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
