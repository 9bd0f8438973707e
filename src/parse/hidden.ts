import type { OffsetProblem } from './problem.js';

/**
 * Characters that change how text displays without being visible: bidi embeddings, overrides,
 * isolates and marks (Trojan Source, CVE-2021-42574) and zero-width characters.
 */
const HIDDEN_NAMES: ReadonlyMap<number, string> = new Map([
  [0x061c, 'arabic letter mark'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2060, 'word joiner'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0xfeff, 'zero-width no-break space (byte-order mark)'],
]);

const HIDDEN_PATTERN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Letters, combining marks and emoji (with their variation selector and skin tones). */
const WORD_BEFORE = /[\p{L}\p{M}\p{Extended_Pictographic}\uFE0F\u{1F3FB}-\u{1F3FF}]$/u;
const WORD_AFTER = /^[\p{L}\p{M}\p{Extended_Pictographic}]/u;
const RTL = '\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}\\p{Script=Samaritan}\\p{Script=Mandaic}';
const RTL_BEFORE = new RegExp(`[${RTL}]\\p{M}*[\\s\\p{P}]*$`, 'u');
const RTL_AFTER = new RegExp(`^[\\s\\p{P}]*[${RTL}]`, 'u');
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * True where writing needs the character: a joiner or non-joiner between two letters or emoji of a
 * script that uses them (👩‍💻, Persian می‌خواهم, Devanagari conjuncts), and a directional mark next to
 * right-to-left text. Embeddings, overrides, isolates and zero-width spaces are never writing uses.
 */
function isWritingUse(text: string, at: number, codePoint: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  const after = text.slice(at + 1, at + 5);
  if (codePoint === 0x200c || codePoint === 0x200d) {
    // Latin text never needs a joiner: one between two ASCII letters only hides something.
    return WORD_BEFORE.test(before) && WORD_AFTER.test(after) && (NON_ASCII.test(before.slice(-2)) || NON_ASCII.test(after.slice(0, 2)));
  }
  if (codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c) return RTL_BEFORE.test(before) || RTL_AFTER.test(after);
  return false;
}

/** At most this many hidden-character problems per file; one is enough to start a review. */
export const MAX_HIDDEN_REPORTS = 10;

/** `U+202E right-to-left override`. */
export function describeHidden(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${HIDDEN_NAMES.get(codePoint) ?? 'invisible character'}`;
}

/**
 * One non-fatal 'bidi' problem per hidden character in `text` that no writing system needs there,
 * up to `MAX_HIDDEN_REPORTS`. The decoder already stripped one leading byte-order mark, so every
 * U+FEFF left here is reported.
 */
export function findHiddenCharacters(text: string): OffsetProblem[] {
  const problems: OffsetProblem[] = [];
  for (const match of text.matchAll(HIDDEN_PATTERN)) {
    if (problems.length === MAX_HIDDEN_REPORTS) break;
    if (isWritingUse(text, match.index, match[0].charCodeAt(0))) continue;
    problems.push({
      code: 'bidi',
      fatal: false,
      message: `hidden character ${describeHidden(match[0].charCodeAt(0))}`,
      hint: 'remove it: it makes the text display differently from what tools read',
      start: match.index,
      end: match.index + 1,
    });
  }
  return problems;
}
