/**
 * Folds a repository path to the form a reader would take it for: letter case, look-alike
 * characters, invisible characters, trailing dots and spaces, and the `.jsonc`/`.json5`
 * extensions. A file whose folded path matches a pattern its real path does not is a near miss.
 */

/** Letters of other scripts that render like Latin ones (the usual suspects of confusables.txt). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', κ: 'k', ι: 'i', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Armenian.
  օ: 'o', ո: 'n', ս: 'u', հ: 'h', ց: 'g', զ: 'q', Տ: 'S', Օ: 'O', Ս: 'U',
  // Latin small capitals (IPA and phonetic extensions): no NFKC form, read as lower-case letters.
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o',
  ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');
/**
 * Characters that render as nothing: every default-ignorable code point (zero-width characters,
 * joiners, bidirectional controls, the combining grapheme joiner, variation selectors, Hangul
 * fillers, tag characters…), and the line and paragraph separators, which render as a break.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u180e\u2028\u2029]/gu;
/** Characters drawn as a slash (division slash, fraction slash, big solidus, fullwidth solidus…) and the backslash. */
const SLASH_ALIKE = /[\\\u2044\u2215\u2571\u27cb\u29f5\u29f8\u29f9\u3033\ufe68\uff0f\uff3c]/gu;
const LEADING = /^[ \t\u00a0]+/u;
const TRAILING = /[. \t\u00a0]+$/u;
const LOOSE_JSON = /\.json[c5]$/i;

/** One way a path differs from the form it was folded to, in words for a finding. */
export type FoldReason = 'case' | 'look-alike' | 'invisible' | 'slash' | 'leading' | 'trailing' | 'extension';

/** The folded path (lower case) and what had to be folded to get it. */
export interface FoldedPath {
  readonly path: string;
  readonly reasons: ReadonlySet<FoldReason>;
}

/**
 * Folds every segment of `path`; `reasons` is empty when the path was already in folded form. A
 * slash look-alike becomes a real `/`, so the folded path may have more segments than `path`.
 */
export function foldPath(path: string): FoldedPath {
  const reasons = new Set<FoldReason>();
  const segments = path.split('/').flatMap((segment) => replaceNoting(segment, SLASH_ALIKE, () => '/', reasons, 'slash').split('/')).map((segment) => foldSegment(segment, reasons));
  const folded = segments.join('/');
  const lower = folded.toLowerCase();
  if (lower !== folded) reasons.add('case');
  return { path: lower, reasons };
}

function foldSegment(segment: string, reasons: Set<FoldReason>): string {
  // Invisible characters go first: NFKC maps some (U+3164 to U+1160) without making them visible.
  const visible = replaceNoting(segment, INVISIBLE, () => '', reasons, 'invisible');
  let out = visible.normalize('NFKC');
  if (out !== visible) reasons.add('look-alike');
  out = replaceNoting(out, INVISIBLE, () => '', reasons, 'invisible');
  out = replaceNoting(out, LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c, reasons, 'look-alike');
  out = replaceNoting(out, LEADING, () => '', reasons, 'leading');
  out = replaceNoting(out, TRAILING, () => '', reasons, 'trailing');
  return replaceNoting(out, LOOSE_JSON, () => '.json', reasons, 'extension');
}

function replaceNoting(text: string, pattern: RegExp, by: (match: string) => string, reasons: Set<FoldReason>, reason: FoldReason): string {
  const out = text.replace(pattern, by);
  if (out !== text) reasons.add(reason);
  return out;
}

const REASON_WORDS: Record<FoldReason, string> = {
  case: 'the letter case differs',
  'look-alike': 'it has a character that only looks Latin',
  invisible: 'it has an invisible character',
  slash: 'a name has a character that looks like a slash',
  leading: 'a name starts with a space',
  trailing: 'a name ends with a dot or a space',
  extension: 'its extension is not `.json`',
};

/** "the letter case differs; its extension is not `.json`". */
export function describeFold(reasons: ReadonlySet<FoldReason>): string {
  return [...reasons].map((reason) => REASON_WORDS[reason]).join('; ');
}

/** The first character outside printable ASCII, as `U+043E`, to show what a reader cannot see. */
export function firstUnusual(path: string): string | undefined {
  const match = /[^\x20-\x7e]/u.exec(path);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}
