/**
 * Our own secret detectors, without secretlint: what the redactor needs at every output boundary
 * (the CLI's main thread included, which loads nothing else of the engine).
 */
import { findNamedSecrets, mayHoldNamedSecret } from './assignments.js';
import { isPlaceholderToken } from './context.js';
import { findEvmKeys, mayHoldEvmKey } from './evm-key.js';
import { decodedStrings } from './escapes.js';
import type { SecretHit } from './kinds.js';
import { findMnemonics, mayHoldMnemonic } from './mnemonic.js';
import { findPemKeys, mayHoldPemKey } from './pem.js';
import { findPrefixedTokens, secretPartOf } from './prefix.js';
import { findSolanaKeys, mayHoldSolanaKey } from './solana.js';
import { findTokens } from './tokens.js';

/** A detector and its prefilter: `mayFind` is false only for a text in which `find` finds nothing. */
export interface Detector {
  readonly find: (text: string) => SecretHit[];
  readonly mayFind: (text: string) => boolean;
}

/**
 * Our own detectors, most specific first: where two find the same text, the first one's kind is
 * kept (a 64-hex value under `webhookSecret` is a signing secret, not an EVM key).
 */
export const OWN_DETECTORS: readonly Detector[] = [
  { find: findPemKeys, mayFind: mayHoldPemKey },
  // Each token shape has its own prefilter inside.
  { find: findTokens, mayFind: () => true },
  { find: findSolanaKeys, mayFind: mayHoldSolanaKey },
  { find: findNamedSecrets, mayFind: mayHoldNamedSecret },
  { find: findEvmKeys, mayFind: mayHoldEvmKey },
  { find: findMnemonics, mayFind: mayHoldMnemonic },
];

/** What our detectors find in a text, each run only when its prefilter lets the text through. */
export function findOwn(text: string): SecretHit[] {
  return OWN_DETECTORS.flatMap((detector) => (detector.mayFind(text) ? detector.find(text) : []));
}

/** Kinds recognised by their structure (a curve, a checksum, a key block), never by a placeholder word. */
const STRUCTURAL = new Set<SecretHit['kind']>(['evm-private-key', 'solana-secret-key', 'pem-private-key', 'bip39-mnemonic']);

/** False for a token a document writes in place of one (`b3sk_your_api_key_here`, `ghp_xxxx…`, `AKIAIOSFODNN7EXAMPLE`). */
export function isNoPlaceholder(hit: SecretHit): boolean {
  return STRUCTURAL.has(hit.kind) || !isPlaceholderToken(secretPartOf(hit.value));
}

/** A hit in decoded text, placed on the raw characters it was decoded from. */
export function placedOnRaw(hit: SecretHit, rawOffsets: Int32Array): SecretHit {
  return { ...hit, start: rawOffsets[hit.start], end: rawOffsets[hit.end - 1] + 1 };
}

/**
 * Our detectors (synchronous), on the text and its decoded escaped strings, plus every token with
 * the public prefix of a format only secretlint knows (Stripe, OpenAI, SendGrid): for the redactor,
 * which also knows every value the scan found.
 */
export function scanTextWithOwnDetectors(text: string): SecretHit[] {
  const decoded = decodedStrings(text);
  const own = (t: string) => [...findOwn(t), ...findPrefixedTokens(t)].filter(isNoPlaceholder);
  const escaped = decoded ? own(decoded.text).map((hit) => placedOnRaw(hit, decoded.rawOffsets)) : [];
  return withoutOverlaps([...own(text), ...escaped]);
}

/** Keeps the first of any hits that overlap, in the order given; returns them by offset. */
export function withoutOverlaps(hits: readonly SecretHit[]): SecretHit[] {
  // One mark per character: linear in the text, however many hits a hostile file holds.
  const taken = new Uint8Array(Math.max(0, ...hits.map((h) => h.end)));
  const kept = hits.filter((hit) => {
    if (taken.subarray(hit.start, hit.end).includes(1)) return false;
    taken.fill(1, hit.start, hit.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
