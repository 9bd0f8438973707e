/**
 * Secrets written with escapes (`"sk\u005flive_…"`, YAML `"\x62\x33sk_…"`): the raw-text scan
 * does not see them, but a JSON or YAML reader decodes them, and a rule may quote the decoded
 * value. The double-quoted strings holding an escape are decoded into one text (each after the
 * rest of its line, so a key name before it still names it), with a map back to the raw offsets.
 */

/** The longest string decoded: a key is far shorter. */
const MAX_STRING = 4096;
/**
 * An escape that can hide a character of a secret, or the join of two of its parts: `\uXXXX`,
 * `\xXX`, `\UXXXXXXXX`, `\/`, and YAML's escaped line break (a `\` ending a line of a
 * double-quoted string joins the next line on, its leading blanks dropped).
 */
const HIDING = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|\/|\r?\n)/;
/** An escaped line break and the blanks that start the next line: all dropped when decoded. */
const ESCAPED_BREAK = /\\\r?\n[ \t]*/y;
const SIMPLE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '0': '\0', '"': '"', '\\': '\\', '/': '/', "'": "'", ' ': ' ' };

/** The decoded strings of a text, and for each character of `text` its offset in the raw text. */
export interface Decoded {
  readonly text: string;
  readonly rawOffsets: Int32Array;
}

/** The decoded text of every escaped string in `raw`, or undefined when none hides anything. */
export function decodedStrings(raw: string): Decoded | undefined {
  if (!HIDING.test(raw)) return undefined;
  let text = '';
  const offsets: number[] = [];
  const add = (chars: string, at: number) => {
    text += chars;
    for (let i = 0; i < chars.length; i++) offsets.push(at);
  };
  let copiedTo = 0;
  for (const match of quotedStrings(raw)) {
    if (!HIDING.test(match[1])) continue;
    const open = match.index;
    // The line before the string, bounded, so the name a value is assigned to is still before it.
    // Not before the end of the previous string decoded: the decoded text stays no longer than the raw one.
    // Searched in the bounded slice only: a search back through a long line for every string would be quadratic.
    const from = Math.max(open - 160, copiedTo, 0);
    const lineStart = from + raw.slice(from, open).lastIndexOf('\n') + 1;
    copiedTo = open + match[0].length;
    for (let i = lineStart; i <= open; i++) add(raw[i], i);
    const body = match[1];
    const base = open + 1;
    for (let i = 0; i < body.length; ) {
      if (body[i] !== '\\') {
        add(body[i], base + i);
        i += 1;
        continue;
      }
      ESCAPED_BREAK.lastIndex = i;
      const joined = ESCAPED_BREAK.exec(body);
      if (joined) {
        i += joined[0].length;
        continue;
      }
      const c = body[i + 1];
      const width = c === 'u' ? 4 : c === 'x' ? 2 : c === 'U' ? 8 : 0;
      const hex = body.slice(i + 2, i + 2 + width);
      if (width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
        const code = Number.parseInt(hex, 16);
        add(code <= 0x10ffff ? String.fromCodePoint(code) : '?', base + i);
        i += 2 + width;
      } else {
        add(SIMPLE[c] ?? c, base + i);
        i += 2;
      }
    }
    add('"\n', open + match[0].length - 1);
  }
  return text === '' ? undefined : { text, rawOffsets: Int32Array.from(offsets) };
}

/**
 * The double-quoted strings, each on one line but for escaped line breaks, escapes as pairs, at
 * most `MAX_STRING` long, in one pass: a search resumes after the string it found (or after the
 * line), so a text of escaped quotes costs linear time, not a rescan from every quote.
 */
function* quotedStrings(raw: string): Generator<{ index: number; 0: string; 1: string }> {
  let at = raw.indexOf('"');
  while (at >= 0) {
    let i = at + 1;
    while (i < raw.length && i - at <= MAX_STRING && raw[i] !== '"' && raw[i] !== '\n') i += raw[i] !== '\\' ? 1 : raw[i + 1] === '\r' && raw[i + 2] === '\n' ? 3 : 2;
    if (raw[i] === '"' && i > at + 1 && i - at <= MAX_STRING + 1) {
      yield { index: at, 0: raw.slice(at, i + 1), 1: raw.slice(at + 1, i) };
      at = raw.indexOf('"', i + 1);
    } else {
      // No string closes here: the next one can only start after this one's end.
      at = raw.indexOf('"', Math.max(i, at + 1));
    }
  }
}
