/**
 * A cheap, conservative test of whether YAML text is plain enough that `js-yaml` and the `yaml`
 * library must read it alike: no anchors, aliases, tags, directives, explicit keys, merge keys or
 * extra document markers; no tabs or unusual control characters; quoted scalars and flow
 * collections that end on the line they start on; no line long enough to hit the 1024-character
 * implicit-key limit. Anything it cannot rule out makes it say no (the positioned parse then runs).
 */

const UNUSUAL_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;
const MAX_LINE = 1000;
/** Indicators that start an anchor, alias, tag, directive, reserved or explicit-key token. */
const REFUSED_INDICATORS = new Set(['&', '*', '!', '%', '@', '`', '?']);
/** What may come right before a token: start of line, a space, a flow indicator or a colon. */
const BEFORE_TOKEN = new Set([' ', '[', '{', ',', ':']);
/** What may come (spaces aside) right before a quoted scalar that YAML reads as one. */
const BEFORE_QUOTE = new Set(['', ':', '-', '[', '{', ',']);

export function isPlainYaml(text: string): boolean {
  if (text.length === 0 || UNUSUAL_CHARACTERS.test(text) || text.includes('<<')) return false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (line.length > MAX_LINE || !isPlainLine(line, i === 0)) return false;
  }
  return true;
}

function isPlainLine(line: string, first: boolean): boolean {
  if (/^(---|\.\.\.)(\s|$)/.test(line)) return first && /^---\s*(#.*)?$/.test(line);
  let open = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    const atToken = i === 0 || BEFORE_TOKEN.has(line[i - 1]);
    if ((ch === '"' || ch === "'") && BEFORE_QUOTE.has(line.slice(0, i).trimEnd().at(-1) ?? '')) {
      i = quoteEnd(line, i);
      if (i < 0) return false;
    } else if (atToken && ch === '#') break;
    else if (atToken && REFUSED_INDICATORS.has(ch)) return false;
    else if (ch === '[' || ch === '{') open++;
    else if (ch === ']' || ch === '}') open--;
  }
  return open === 0;
}

/** Offset of the quote that closes the one at `start` on this line, or -1. */
function quoteEnd(line: string, start: number): number {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
