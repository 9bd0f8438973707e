/**
 * A cheap, conservative test of whether YAML text is plain enough that `js-yaml` and the `yaml`
 * library must read it alike: no anchors, aliases, tags, directives, explicit or empty keys, merge
 * keys, block scalars, `---` or `...` but a leading `---` line; no tabs or unusual control
 * characters; quoted scalars and flow collections that end on the line they start on; no line long
 * enough to hit the 1024-character implicit-key limit. Anything it cannot rule out makes it say no
 * (the positioned parse then runs). Found by comparing both libraries on random token soups.
 */

const UNUSUAL_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;
const MAX_LINE = 1000;
/**
 * Indicators that start an anchor, alias, tag, directive, reserved, explicit-key or block-scalar
 * token (the two libraries keep different whitespace in some block scalars).
 */
const REFUSED_INDICATORS = new Set(['&', '*', '!', '%', '@', '`', '?', '|', '>']);
/** What may come right before a token: start of line, a space, a flow indicator or a colon. */
const BEFORE_TOKEN = new Set([' ', '[', '{', ',', ':']);
/** What may follow a quoted scalar: one library reads text glued to it as more of the same node. */
const AFTER_QUOTE = new Set(['', ' ', ':', ',', ']', '}']);
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
  if (first && /^---\s*(#.*)?$/.test(line)) return true;
  // A marker anywhere else (even indented, where one library reads a scalar and the other a marker).
  if (line.includes('---') || line.includes('...')) return false;
  let open = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    const atToken = i === 0 || BEFORE_TOKEN.has(line[i - 1]);
    if ((ch === '"' || ch === "'") && BEFORE_QUOTE.has(line.slice(0, i).trimEnd().at(-1) ?? '')) {
      i = quoteEnd(line, i);
      if (i < 0 || !AFTER_QUOTE.has(line[i + 1] ?? '')) return false;
    } else if (atToken && ch === '#') break;
    else if (atToken && REFUSED_INDICATORS.has(ch)) return false;
    else if (atToken && ch === ':' && (i + 1 === line.length || line[i + 1] === ' ')) return false; // an empty key
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
