/**
 * Token amounts and addresses, exactly: amounts are big integers of raw units (never floats), a
 * token-unit amount is converted with its decimals, and EVM addresses compare without regard to
 * checksum case once they are checked to be 20 bytes of hex.
 */
import type { JsonValue } from '../parse/document.js';

/** 2^256 - 1: an ERC-20 approval of this amount never runs out. */
export const MAX_UINT256 = (1n << 256n) - 1n;

const DIGITS = /^[0-9]{1,78}$/;
const DECIMAL = /^([0-9]{1,78})(?:\.([0-9]{1,36}))?$/;
const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** A raw amount: a decimal string of digits, or a JSON integer JavaScript holds exactly. */
export function rawAmount(value: JsonValue): bigint | undefined {
  if (typeof value === 'string') return DIGITS.test(value) ? BigInt(value) : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;
}

/**
 * A token-unit amount ("1.5") in raw units with `decimals`; undefined when it is not a
 * non-negative decimal, or has more fractional digits than the token (it could not be sent).
 */
export function tokenUnitsToRaw(value: JsonValue, decimals: number): bigint | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return undefined;
  return BigInt(match[1]) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
}

const DECIMAL_SCALE = 36;

/**
 * A non-negative decimal ("0.5", "250", 1.25) as an exact big integer scaled by 10^36, so two
 * decimals compare exactly (never as floats); undefined when it is not one, or is finer than 10^-36.
 */
export function exactDecimal(value: JsonValue): bigint | undefined {
  return tokenUnitsToRaw(value, DECIMAL_SCALE);
}

/** `1500000000` with 6 decimals → "1,500"; with 18 → "0.000000001500000000" trimmed to "0.0000000015". */
export function formatUnits(raw: bigint, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const whole = (raw / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = decimals > 0 ? (raw % scale).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * True when two addresses (or token ids) are the same: EVM addresses (0x + 40 hex) compare
 * case-insensitively, everything else (Solana base58, `native`, asset ids) exactly.
 */
export function sameAddress(a: string, b: string): boolean {
  return EVM_ADDRESS.test(a) && EVM_ADDRESS.test(b) ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** True when `value` (a chain id, as a number or a string of digits) is in `chains`. */
export function chainIn(value: JsonValue, chains: readonly number[]): boolean {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : undefined;
  return id !== undefined && chains.includes(id);
}
