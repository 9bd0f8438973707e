import type { SecretHit } from './kinds.js';

/**
 * The public prefixes of token formats (`ghp_`, `b3sk_`, `sk-ant-api03-`): they name the format,
 * are printed in docs and links ("github"), and carry nothing secret.
 */
const PUBLIC_PREFIX = /^(?:github_pat_|gh[pousr]_|glpat-|gl(?:c|sa)_|xox[abposr]-|xapp-|sk-ant-api\d\d-|sk-proj-|sk-|[sr]k_(?:live|test)_|whsec_|b3sk_|npm_|AKIA|ASIA|AIza|hf_|gsk_|lin_api_|ntn_|SG\.|shp(?:pa|ca|at|ss)_|dckr_pat_|hv[sbr]\.|figd_|tskey-[a-z]+-)/;

/** The part of a found value that is secret: the value without the public prefix of its format. */
export function secretPartOf(value: string): string {
  return value.replace(PUBLIC_PREFIX, '');
}

/** A public prefix and a random-looking tail: a token of any format the scan knows by prefix, secretlint's included. */
const PREFIXED = /(?<![A-Za-z0-9_])(?:github_pat_|gh[pousr]_|glpat-|gl(?:c|sa)_|xox[abposr]-|xapp-|sk-ant-api\d\d-|sk-proj-|sk-|[sr]k_(?:live|test)_|whsec_|b3sk_|npm_|hf_|gsk_|lin_api_|ntn_|SG\.|shp(?:pa|ca|at|ss)_|dckr_pat_|hv[sbr]\.|figd_|tskey-[a-z]+-)([A-Za-z0-9_-]{16,256}(?:\.[A-Za-z0-9_-]{16,256})?)/g;

/** Tokens with a public prefix and a tail of 16 or more characters holding a digit and a letter (for the redactor: it masks, it does not report). */
export function findPrefixedTokens(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const match of text.matchAll(PREFIXED)) {
    const tail = match[1];
    if (!looksRandom(tail)) continue;
    hits.push({ kind: 'service-api-key', start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  return hits;
}

/**
 * A tail a generator made rather than a person: letters and digits, or (about 1 in 280 random
 * 32-character tails has no digit) a long run of mixed-case letters with many distinct characters.
 */
function looksRandom(tail: string): boolean {
  if (!/[A-Za-z]/.test(tail)) return false;
  if (/[0-9]/.test(tail)) return new Set(tail).size >= 8;
  return tail.length >= 24 && /[A-Z]/.test(tail) && /[a-z]/.test(tail) && new Set(tail).size >= 14;
}
