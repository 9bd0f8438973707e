import { isKeyName, nameBefore } from './context.js';
import { keyListRanges, listNameAt } from './key-lists.js';
import type { SecretHit } from './kinds.js';
import { charClass, hasRun } from './prefilter.js';
import { wellKnownKey } from './well-known.js';

const HEX_DIGIT = /[0-9a-fA-F]/;
const KEY_DIGITS = 64;
/** 32 bytes as 64 hex digits, optionally `0x`-prefixed, not part of a longer word. */
const HEX_64 = new RegExp(`(?<![0-9A-Za-z])(0x)?(${HEX_DIGIT.source}{${KEY_DIGITS}})(?![0-9A-Za-z])`, 'g');
const HEX_CLASS = charClass(HEX_DIGIT);

/** False when the text cannot hold an EVM key: it has no 64 hex digits in a row (the prefilter). */
export function mayHoldEvmKey(text: string): boolean {
  return hasRun(text, HEX_CLASS, KEY_DIGITS);
}

/** What `nameBefore` takes for a name when the text before a list entry is the previous entry (`0x…", "`). */
const PREVIOUS_ENTRY = /^x?[0-9a-fA-F]+$/;

/** The order of secp256k1: a private key is an integer in [1, n). */
const CURVE_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/**
 * EVM private keys: 64 hex digits under a key name (`privateKey`, `PRIVATE_KEY`, `signer`,
 * `secret`, `--private-key`, `new Wallet(…)`). Every 32-byte hash is also a valid key, so without
 * such a name a value is a transaction hash, topic, slot or digest and is left alone.
 */
export function findEvmKeys(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  let lists: ReturnType<typeof keyListRanges> | undefined;
  for (const match of text.matchAll(HEX_64)) {
    const hex = match[2];
    if (!isPlausibleKey(hex)) continue;
    let name = nameBefore(text, match.index);
    // An entry of a key-named list or block (`accounts: ["0x…", "0x…"]`, `privateKey: |`), computed once when
    // needed: only for a value with no name of its own (a "name" that is the previous hex entry is none), so
    // `txHash: 0x…` inside a `wallet:` mapping stays a hash.
    if (!isKeyName(name)) name = name === undefined || PREVIOUS_ENTRY.test(name) ? listNameAt((lists ??= keyListRanges(text)), match.index) : undefined;
    if (name === undefined) continue;
    const wellKnown = wellKnownKey(hex);
    hits.push({ kind: 'evm-private-key', start: match.index, end: match.index + match[0].length, value: hex, name, ...(wellKnown ? { wellKnown } : {}) });
  }
  return hits;
}

/** A value in the key range that is not a run of one digit or a counting pattern (placeholders such as `0x000…01`). */
function isPlausibleKey(hex: string): boolean {
  const value = BigInt(`0x${hex}`);
  return value > 0n && value < CURVE_ORDER && new Set(hex.toLowerCase()).size >= 8;
}
