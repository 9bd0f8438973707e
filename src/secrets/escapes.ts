/**
 * Secrets written with escapes (`"sk\u005flive_…"`, YAML `"\x62\x33sk_…"`): the raw-text scan
 * does not see them, but a JSON or YAML reader decodes them, and a rule may quote the decoded
 * value. The double-quoted strings holding an escape are decoded into one text (each after the
 * rest of its line, so a key name before it still names it), with a map back to the raw offsets.
 */

/** A double-quoted string on one line, bounded; escapes as pairs. Linear: the alternatives are disjoint. */
const QUOTED = /"((?:[^"\\\n]|\\[^\n]){1,4096})"/g;
/** An escape that can hide a character of a secret: `\uXXXX`, `\xXX`, `\UXXXXXXXX`, `\/`. */
const HIDING = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|\/)/;
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
  for (const match of raw.matchAll(QUOTED)) {
    if (!HIDING.test(match[1])) continue;
    const open = match.index;
    // The line before the string, bounded, so the name a value is assigned to is still before it.
    const lineStart = Math.max(raw.lastIndexOf('\n', open) + 1, open - 160);
    for (let i = lineStart; i <= open; i++) add(raw[i], i);
    const body = match[1];
    const base = open + 1;
    for (let i = 0; i < body.length; ) {
      if (body[i] !== '\\') {
        add(body[i], base + i);
        i += 1;
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
