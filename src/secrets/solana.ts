import { base58 } from '@scure/base';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { SecretHit } from './kinds.js';
import { charClass, hasRun } from './prefilter.js';

const BASE58 = /[1-9A-HJ-NP-Za-km-z]/;
const BYTE_LIST = /[0-9,\s]/;
const [SHORTEST_BASE58, SHORTEST_LIST] = [86, 127];
/** 64 bytes in base58 are 86 to 88 characters; a run of base58 characters that long. */
const BASE58_KEYPAIR = new RegExp(`(?<!${BASE58.source})${BASE58.source}{${SHORTEST_BASE58},88}(?!${BASE58.source})`, 'g');
/** A JSON array of numbers long enough for 64 bytes (`solana-keygen`'s `id.json`), bounded. */
const BYTE_ARRAY = new RegExp(`\\[(${BYTE_LIST.source}{${SHORTEST_LIST},1300})\\]`, 'g');
const [BASE58_CLASS, BYTE_LIST_CLASS] = [charClass(BASE58), charClass(BYTE_LIST)];

/** False when the text cannot hold a Solana key: no run of base58 or of a byte list long enough (the prefilter). */
export function mayHoldSolanaKey(text: string): boolean {
  return hasRun(text, BASE58_CLASS, SHORTEST_BASE58) || hasRun(text, BYTE_LIST_CLASS, SHORTEST_LIST);
}
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

/** How many Ed25519 derivations this process ran (the costly step: about 70 µs each); for the cost tests. */
let derivations = 0;
export function derivationCount(): number {
  return derivations;
}

/** True when the second half of 64 bytes is the Ed25519 public key of the first half. */
export function isKeypair(bytes: ArrayLike<number>): boolean {
  if (bytes.length !== 64) return false;
  const all = Buffer.from(Array.from(bytes));
  // Cheap prefilter: half of all 32-byte values are no point of the curve, so no public key.
  if (!isCurvePoint(all.subarray(32))) return false;
  derivations += 1;
  try {
    const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, all.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
    return spki.subarray(spki.length - 32).equals(all.subarray(32));
  } catch {
    return false;
  }
}

/** The field prime of Curve25519 and the Edwards constant d = -121665/121666. */
const P = 2n ** 255n - 19n;
const D = (P - 121665n) * modPow(121666n, P - 2n) % P;

/**
 * True when 32 bytes encode a point of Ed25519 (RFC 8032 §5.1.3): y below p and x² = (y² − 1) /
 * (d·y² + 1) a square, tested by the Jacobi symbol of (y² − 1)(d·y² + 1), about 20 µs, a third of
 * a derivation. Every public key passes; about half of random values do not.
 */
export function isCurvePoint(encoded: Uint8Array): boolean {
  let y = 0n;
  for (let i = 31; i >= 0; i--) y = (y << 8n) | BigInt(i === 31 ? encoded[i] & 0x7f : encoded[i]);
  if (y >= P) return false;
  const y2 = (y * y) % P;
  return jacobi((((y2 - 1n + P) % P) * ((D * y2 + 1n) % P)) % P, P) !== -1;
}

function jacobi(a: bigint, n: bigint): number {
  let t = 1;
  a %= n;
  while (a !== 0n) {
    while ((a & 1n) === 0n) {
      a >>= 1n;
      const r = n & 7n;
      if (r === 3n || r === 5n) t = -t;
    }
    [a, n] = [n, a];
    if ((a & 3n) === 3n && (n & 3n) === 3n) t = -t;
    a %= n;
  }
  return n === 1n ? t : 0;
}

function modPow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  for (let b = base % P, e = exponent; e > 0n; e >>= 1n, b = (b * b) % P) if (e & 1n) result = (result * b) % P;
  return result;
}
