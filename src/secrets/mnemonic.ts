import { wordlist } from '@scure/bip39/wordlists/english.js';
import { createHash } from 'node:crypto';
import type { SecretHit } from './kinds.js';
import { wellKnownMnemonic } from './well-known.js';

const INDEX = new Map(wordlist.map((word, i) => [word, i]));
const LETTERS = /[A-Za-z]+/g;
/**
 * Between two words of a phrase: blanks with at most one line break (a wrapped line, a folded
 * YAML scalar), optionally list punctuation: quotes and a comma (`"word", "word"`, `word, word`),
 * a YAML or Markdown item mark (`- word`), a number (`1. word`, `2) word`).
 */
const SEPARATOR = /^["'`]?[ \t]*,?[ \t]*(?:\r?\n)?[ \t]*(?:[-*+][ \t]+|\(?\d{1,2}[.):][ \t]*)?["'`]?$/;
const SEPARATOR_INLINE_NUMBER = /^["'`]?[ \t]*,?[ \t]+\(?\d{1,2}[.):][ \t]*["'`]?$/;
const LENGTHS = [24, 21, 18, 15, 12];

/**
 * The prefilter: 12 list-length lower-case words in a row, with between them only characters a
 * separator may hold (quotes, blanks, commas, item marks, numbers).
 */
const WORD_LENGTHS = wordlist.map((word) => word.length);
const WORD = `[a-z]{${Math.min(...WORD_LENGTHS)},${Math.max(...WORD_LENGTHS)}}`;
const BETWEEN = '[\\s"\'`,*+()\\-.:0-9]+';
const MAY_BE_PHRASE = new RegExp(`(?<![A-Za-z])(?:${WORD}${BETWEEN}){${Math.min(...LENGTHS) - 1}}${WORD}(?![A-Za-z])`);

/** False when the text cannot hold a mnemonic. */
export function mayHoldMnemonic(text: string): boolean {
  return MAY_BE_PHRASE.test(text);
}

interface Word {
  readonly text: string;
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/**
 * BIP-39 mnemonics: 12 to 24 words of the English list whose checksum holds (a random run of
 * list words passes with odds of 1 in 16 to 1 in 256), written as prose, a numbered or bulleted
 * list, a JSON array or a comma-separated line. Every window of a run of list words is tried,
 * longest first, and a found phrase is skipped over, so one inside a longer run is found too.
 */
export function findMnemonics(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  let run: Word[] = [];
  for (const match of text.matchAll(LETTERS)) {
    const index = INDEX.get(match[0]);
    const word = { text: match[0], index: index ?? -1, start: match.index, end: match.index + match[0].length };
    if (run.length > 0) {
      const between = text.slice(run[run.length - 1].end, word.start);
      if (!SEPARATOR.test(between) && !SEPARATOR_INLINE_NUMBER.test(between)) run = closeRun(run, hits);
    }
    if (index !== undefined) run.push(word);
    else run = closeRun(run, hits);
  }
  closeRun(run, hits);
  return hits;
}

/** Records the mnemonics of a finished run; returns a fresh run. */
function closeRun(run: Word[], hits: SecretHit[]): Word[] {
  for (let i = 0; i + 12 <= run.length; ) {
    const length = LENGTHS.find((n) => i + n <= run.length && checksumHolds(run, i, n));
    if (length === undefined) {
      i += 1;
      continue;
    }
    const phrase = run.slice(i, i + length);
    const value = phrase.map((w) => w.text).join(' ');
    const wellKnown = wellKnownMnemonic(value);
    hits.push({ kind: 'bip39-mnemonic', start: phrase[0].start, end: phrase[length - 1].end, value, ...(wellKnown ? { wellKnown } : {}) });
    i += length;
  }
  return [];
}

/** True when `n` words from `from` carry a valid BIP-39 checksum: the first bits of SHA-256 of the entropy. */
function checksumHolds(run: readonly Word[], from: number, n: number): boolean {
  const checksumBits = n / 3;
  const entropy = new Uint8Array(((n * 11 - checksumBits) / 8) | 0);
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (let k = 0; k < n; k++) {
    acc = (acc << 11) | run[from + k].index;
    bits += 11;
    while (bits >= 8 && at < entropy.length) {
      bits -= 8;
      entropy[at++] = (acc >>> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  // What is left is the checksum: `checksumBits` bits.
  const expected = createHash('sha256').update(entropy).digest()[0] >>> (8 - checksumBits);
  return acc === expected && bits === checksumBits;
}
