import { validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import type { SecretHit } from './kinds.js';
import { wellKnownMnemonic } from './well-known.js';

const WORDS = new Set(wordlist);
const LETTERS = /[A-Za-z]+/g;
/** Between two words of a phrase: blanks, with at most one line break (a wrapped line, a folded YAML scalar). */
const SEPARATOR = /^[ \t]*(?:\r?\n)?[ \t]*$/;
const LENGTHS = [24, 21, 18, 15, 12];

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * BIP-39 mnemonics: 12 to 24 words of the English list whose checksum holds (a random run of
 * list words passes with odds of 1 in 16 to 1 in 256). Only the phrases at either end of a run of
 * list words are tried, so prose that happens to use list words rarely forms one.
 */
export function findMnemonics(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  let run: Word[] = [];
  for (const match of text.matchAll(LETTERS)) {
    const word = { text: match[0], start: match.index, end: match.index + match[0].length };
    const joins = run.length > 0 && SEPARATOR.test(text.slice(run[run.length - 1].end, word.start));
    if (!joins) run = closeRun(run, hits);
    if (WORDS.has(word.text)) run.push(word);
    else run = closeRun(run, hits);
  }
  closeRun(run, hits);
  return hits;
}

/** Records the mnemonic of a finished run, if it holds one; returns a fresh run. */
function closeRun(run: Word[], hits: SecretHit[]): Word[] {
  if (run.length >= 12) {
    const phrase = phraseIn(run);
    if (phrase) {
      const value = phrase.map((w) => w.text).join(' ');
      const wellKnown = wellKnownMnemonic(value);
      hits.push({ kind: 'bip39-mnemonic', start: phrase[0].start, end: phrase[phrase.length - 1].end, value, ...(wellKnown ? { wellKnown } : {}) });
    }
  }
  return [];
}

/** The longest valid phrase that starts or ends the run. */
function phraseIn(run: Word[]): Word[] | undefined {
  for (const length of LENGTHS) {
    if (length > run.length) continue;
    for (const candidate of [run.slice(0, length), run.slice(run.length - length)]) {
      if (validateMnemonic(candidate.map((w) => w.text).join(' '), wordlist)) return candidate;
    }
  }
  return undefined;
}
