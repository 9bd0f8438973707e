/**
 * Payload values as a message may show them (threats.md: secrets are never echoed). A value is
 * quoted only when its shape cannot be a credential: an amount, a chain id, an EVM address, `native`
 * or one expression without literal text. Anything else (a 32-byte hex key in a recipient field, an
 * API key in an amount) is described by its kind and length, never by its text.
 */
import type { JsonValue } from '../../parse/document.js';

const SAFE_STRING = [/^[0-9]{1,78}(?:\.[0-9]{1,36})?$/, /^0x[0-9a-fA-F]{40}$/, /^native$/];
// One expression of names and paths: no quotes, so no literal text a secret could hide in.
const SAFE_EXPRESSION = /^\{\{[\w$.[\]\s|-]{1,64}\}\}$/;
const NUMBER_TOKEN = /^-?[0-9]{1,78}(?:\.[0-9]{1,36})?(?:[eE][+-]?[0-9]{1,3})?$/;

/**
 * `value` in backticks when its shape is safe, otherwise described ("a 66-character string").
 * `written` is the value's text in the file: a number JavaScript cannot hold exactly is shown as
 * written there, or described when that text is not at hand.
 */
export function shown(value: JsonValue | undefined, written?: string): string {
  if (typeof value === 'number') {
    if (written !== undefined && NUMBER_TOKEN.test(written)) return `\`${written}\``;
    return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? `\`${JSON.stringify(value)}\`` : 'a number too large to hold exactly';
  }
  if (typeof value === 'boolean' || value === null) return `\`${String(value)}\``;
  if (typeof value === 'string' && SAFE_EXPRESSION.test(value)) return `\`${value}\``;
  if (typeof value === 'string') return SAFE_STRING.some((shape) => shape.test(value)) ? `\`${JSON.stringify(value)}\`` : `a ${value.length}-character string`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return value === undefined ? 'nothing' : 'an object';
}
