import { findNamedSecrets } from './assignments.js';
import { findEvmKeys } from './evm-key.js';
import type { SecretHit } from './kinds.js';
import { findMnemonics } from './mnemonic.js';
import { findPemKeys } from './pem.js';
import { findWithSecretlint, SECRETLINT_HINTS } from './secretlint.js';
import { findSolanaKeys } from './solana.js';
import { findTokens } from './tokens.js';

/**
 * Our own detectors, most specific first: where two find the same text, the first one's kind is
 * kept (a 64-hex value under `webhookSecret` is a signing secret, not an EVM key).
 */
const OWN_DETECTORS: ReadonlyArray<(text: string) => SecretHit[]> = [findPemKeys, findTokens, findSolanaKeys, findNamedSecrets, findEvmKeys, findMnemonics];

/** Every secret in a text: our detectors, then secretlint's preset when a cheap prefilter says it may find something. Sorted by offset. */
export async function scanText(text: string): Promise<SecretHit[]> {
  const own = OWN_DETECTORS.flatMap((detect) => detect(text));
  const more = SECRETLINT_HINTS.test(text) ? await findWithSecretlint(text) : [];
  return withoutOverlaps([...own, ...more]);
}

/** Our detectors alone (synchronous): for the redactor, which also knows every value the scan found. */
export function scanTextWithOwnDetectors(text: string): SecretHit[] {
  return withoutOverlaps(OWN_DETECTORS.flatMap((detect) => detect(text)));
}

/** Keeps the first of any hits that overlap, in the order given; returns them by offset. */
function withoutOverlaps(hits: readonly SecretHit[]): SecretHit[] {
  // One mark per character: linear in the text, however many hits a hostile file holds.
  const taken = new Uint8Array(Math.max(0, ...hits.map((h) => h.end)));
  const kept = hits.filter((hit) => {
    if (taken.subarray(hit.start, hit.end).includes(1)) return false;
    taken.fill(1, hit.start, hit.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
