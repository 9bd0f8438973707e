import { base58 } from '@scure/base';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { SecretHit } from './kinds.js';

/** 64 bytes in base58 are 86 to 88 characters; a run of base58 characters that long. */
const BASE58_KEYPAIR = /(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{86,88}(?![1-9A-HJ-NP-Za-km-z])/g;
/** A JSON array of numbers long enough for 64 bytes (`solana-keygen`'s `id.json`), bounded. */
const BYTE_ARRAY = /\[([0-9,\s]{127,1300})\]/g;
/** The DER prefix of a PKCS#8 Ed25519 private key; the 32-byte seed follows it. */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Solana secret keys: 64 bytes, as base58 or as a JSON array of 64 numbers, whose last 32 bytes
 * are the Ed25519 public key of the first 32. That check leaves no false positives, so no key
 * name is needed.
 */
export function findSolanaKeys(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const match of text.matchAll(BASE58_KEYPAIR)) {
    const bytes = decodeBase58(match[0]);
    if (bytes && isKeypair(bytes)) hits.push(hit(match.index, match[0], match[0]));
  }
  for (const match of text.matchAll(BYTE_ARRAY)) {
    const bytes = byteArray(match[1]);
    if (bytes && isKeypair(bytes)) hits.push(hit(match.index, match[0], match[0]));
  }
  return hits;
}

function hit(start: number, source: string, value: string): SecretHit {
  return { kind: 'solana-secret-key', start, end: start + source.length, value };
}

function decodeBase58(text: string): Uint8Array | undefined {
  try {
    return base58.decode(text);
  } catch {
    return undefined;
  }
}

function byteArray(list: string): number[] | undefined {
  // A trailing comma (Prettier's `[…, 42,]`) ends the list; it adds no byte.
  const parts = list.replace(/,\s*$/, '').split(',').map((part) => part.trim());
  if (parts.length !== 64 || !parts.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

/** True when the second half of 64 bytes is the Ed25519 public key of the first half. */
export function isKeypair(bytes: ArrayLike<number>): boolean {
  if (bytes.length !== 64) return false;
  const all = Buffer.from(Array.from(bytes));
  try {
    const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, all.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
    return spki.subarray(spki.length - 32).equals(all.subarray(32));
  } catch {
    return false;
  }
}
