/** Every secret in a text: our own detectors (`own-scan.ts`) and secretlint's preset. */
import { decodedStrings } from './escapes.js';
import type { SecretHit } from './kinds.js';
import { findOwn, isNoPlaceholder, placedOnRaw, withoutOverlaps } from './own-scan.js';
import { findWithSecretlint, SECRETLINT_HINTS } from './secretlint.js';

/** Every secret in a text: our detectors, then secretlint's preset when a cheap prefilter says it may find something. Sorted by offset. */
export async function scanText(text: string): Promise<SecretHit[]> {
  const raw = await scanRaw(text);
  // Escaped strings (`"sk\u005flive_…"`) are scanned decoded too; their hits are placed on the raw string.
  const decoded = decodedStrings(text);
  const escaped = decoded ? (await scanRaw(decoded.text)).map((hit) => placedOnRaw(hit, decoded.rawOffsets)) : [];
  return withoutOverlaps([...raw, ...escaped]);
}

async function scanRaw(text: string): Promise<SecretHit[]> {
  const own = findOwn(text);
  const more = SECRETLINT_HINTS.test(text) ? await findWithSecretlint(text) : [];
  return [...own, ...more].filter(isNoPlaceholder);
}

