import type { Format } from 'ajv';
import ajvFormatsModule from 'ajv-formats/dist/formats.js';

/**
 * The `format` values payload schemas of untrusted origin are checked against. B3OS formats are
 * our own linear regular expressions; the general ones are ajv-formats' "fast" variants only
 * (threats.md §4: the full ajv-formats set is not safe for untrusted data).
 */

const fast = ajvFormatsModule.fastFormats;

/** Raw token units: a decimal string of digits, at most 78 (uint256 has 78 digits). */
export const TOKEN_AMOUNT = /^[0-9]{1,78}$/;
/** An EVM address: 0x and 40 hex digits (any case; the checksum is not verified). */
export const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** A Solana address: base58 (no 0, O, I, l), 32 to 44 characters. */
export const SOLANA_ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;

/** Every format an untrusted schema may use with effect; other names are annotations. */
export const SAFE_FORMATS: Readonly<Record<string, Format>> = {
  'token-amount': TOKEN_AMOUNT,
  'evm-address': EVM_ADDRESS,
  'solana-address': SOLANA_ADDRESS,
  address: (value: string) => EVM_ADDRESS.test(value) || SOLANA_ADDRESS.test(value),
  'date-time': fast['date-time'],
  date: fast.date,
  uri: fast.uri,
  email: fast.email,
};

/** True when `name` is one of `SAFE_FORMATS` (own key, so `constructor` and the like are not). */
export function isSafeFormat(name: string): boolean {
  return Object.hasOwn(SAFE_FORMATS, name);
}
