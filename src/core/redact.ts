/**
 * The last line of defence at the output boundary: every string that leaves the engine passes
 * one redactor, which masks what the secret rules flag and any six characters in a row of a
 * secret value the run found. Findings of the secret rules never hold a value to begin with.
 */
import { secretPartOf } from '../secrets/prefix.js';
import { scanTextWithOwnDetectors } from '../secrets/own-scan.js';
import type { Report } from './types.js';

/** Masks secrets in a string; returns it unchanged when there is none. */
export type Redactor = (text: string) => string;

/** The shortest run of a secret that may not appear in any output. */
const WINDOW = 6;
const MASK = '[redacted]';
/** Our own fingerprint notation: a hash, not part of a secret, so never masked (it may share hex digits with one). */
const FINGERPRINT = /\(fingerprint [0-9a-f]{8}\)/g;

/** A mnemonic as the scanner records it: lower-case words joined by single spaces. */
const PHRASE = /^[a-z]+(?: [a-z]+){11,23}$/;
const WORD = /[a-z]+/g;

/**
 * A redactor that knows the secret values a run found (`secrets/files.ts`). A mnemonic is made of
 * common words ("wallet", "action"), so six characters of it are no secret and masking them would
 * mangle item ids and messages: for a phrase the unit is two consecutive words instead.
 */
export function createRedactor(found: Iterable<string>): Redactor {
  const windows = new Set<string>();
  const pairs = new Set<string>();
  for (const value of found) {
    if (PHRASE.test(value)) value.split(' ').forEach((word, i, words) => i > 0 && pairs.add(`${words[i - 1]} ${word}`));
    else {
      // A token's public prefix (`github_pat_`) is no secret, and masking it would break every github.com link.
      const secret = secretPartOf(value);
      for (let i = 0; i + WINDOW <= secret.length; i++) windows.add(secret.slice(i, i + WINDOW));
    }
  }
  const cache = new Map<string, string>();
  return (text) => {
    let done = cache.get(text);
    if (done === undefined) cache.set(text, (done = redact(text, windows, pairs)));
    return done;
  };
}

function redact(text: string, windows: ReadonlySet<string>, pairs: ReadonlySet<string>): string {
  if (text.length < WINDOW) return text;
  const masked = new Uint8Array(text.length);
  if (windows.size > 0) {
    for (let i = 0; i + WINDOW <= text.length; i++) if (windows.has(text.slice(i, i + WINDOW))) masked.fill(1, i, i + WINDOW);
  }
  if (pairs.size > 0) maskPairs(text, pairs, masked);
  for (const hit of scanTextWithOwnDetectors(text)) masked.fill(1, hit.start, hit.end);
  if (!masked.includes(1)) return text;
  for (const match of text.matchAll(FINGERPRINT)) masked.fill(0, match.index, match.index + match[0].length);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!masked[i]) out += text[i];
    else if (i === 0 || !masked[i - 1]) out += MASK;
  }
  return out;
}

/** Masks two words of a found phrase that stand next to each other (separated by blanks only). */
function maskPairs(text: string, pairs: ReadonlySet<string>, masked: Uint8Array): void {
  let previous: RegExpMatchArray | undefined;
  for (const word of text.matchAll(WORD)) {
    const adjacent = previous && /^\s+$/.test(text.slice(previous.index! + previous[0].length, word.index));
    if (adjacent && pairs.has(`${previous![0]} ${word[0]}`)) masked.fill(1, previous!.index!, word.index + word[0].length);
    previous = word;
  }
}

/** The report with every string passed through the redactor (a finding's `fingerprint` is left as it is). */
export function redactReport(report: Report, redactor: Redactor): Report {
  return redactValue(report, redactor) as Report;
}

function redactValue(value: unknown, redactor: Redactor, key?: string): unknown {
  if (typeof value === 'string') return key === 'fingerprint' ? value : redactor(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redactor));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, redactor, k)]));
}

/** The same error with its message and stack redacted (its class is kept: a `UserError` stays one). */
export function redactError(error: unknown, redactor: Redactor): unknown {
  if (typeof error === 'string') return redactor(error);
  if (!(error instanceof Error)) return error;
  error.message = redactor(error.message);
  if (error.stack) error.stack = redactor(error.stack);
  return error;
}
