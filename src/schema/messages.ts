import { didYouMean } from '../core/nearest.js';
import type { SchemaViolation } from './ajv.js';

/** A schema violation turned into words, with where to point: the value, or the key of a member. */
export interface ViolationText {
  readonly pointer: string;
  readonly atKey: boolean;
  readonly message: string;
  readonly hint?: string;
}

/** Wording of the B3OS formats (schema/formats.ts): what is expected, and how to write it. */
const FORMAT_TEXT: Readonly<Record<string, { expected: string; hint: string }>> = {
  'token-amount': { expected: 'a decimal string of digits', hint: 'write raw token units as a decimal string, e.g. "1500000000"' },
  'evm-address': { expected: 'an EVM address (0x and 40 hex digits)', hint: 'write the address as 0x followed by 40 hexadecimal digits, in quotes' },
  'solana-address': { expected: 'a Solana address (32 to 44 base58 characters)', hint: 'write the base58 address in quotes' },
  address: { expected: 'an EVM or Solana address', hint: 'write an EVM (0x + 40 hex digits) or Solana (base58) address, in quotes' },
};

/** Keywords that only summarise other errors; their children say what is wrong. */
const SUMMARY_KEYWORDS = new Set(['if', 'then', 'else', 'allOf']);

/**
 * Maps ajv violations to one message each, by keyword (never ajv's own errorsText). `label` names
 * the value for the reader, e.g. `definition.nodes.pay.payload`. Values are shown only when short
 * and not secret-bearing: callers pass `showValues: false` for payloads that could hold secrets.
 */
export function describeViolations(violations: readonly SchemaViolation[], showValues = true): ViolationText[] {
  return violations.filter((v) => !SUMMARY_KEYWORDS.has(v.keyword)).map((v) => describe(v, showValues));
}

function describe(v: SchemaViolation, showValues: boolean): ViolationText {
  const where = labelOf(v.pointer);
  const p = v.params;
  const got = showValues ? shortValue(v.data) : typeName(v.data);
  switch (v.keyword) {
    case 'required':
      return at(v.pointer, `${where} is missing required key \`${p.missingProperty}\``, `add \`${p.missingProperty}\``);
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((v.parentSchema?.properties as object | undefined) ?? {});
      const hint = allowed.length ? `remove it or use one of: ${allowed.join(', ')}` : 'remove it';
      return { pointer: `${v.pointer}/${escapePointer(key)}`, atKey: true, message: `unknown key \`${key}\` in ${where}${didYouMean(key, allowed)}`, hint };
    }
    case 'type': {
      const known = formatText(v.parentSchema?.format);
      if (known && p.type === 'string') return at(v.pointer, `${where} must be ${known.expected}, got ${typeName(v.data)}`, known.hint);
      return at(v.pointer, `${where} must be ${article(String(p.type))}, got ${typeName(v.data)}`, typeHint(String(p.type), v.data) ?? `write ${article(String(p.type))} here`);
    }
    case 'enum':
      return at(v.pointer, `${where} must be one of ${listOf(p.allowedValues)}, got ${got}`, 'use one of the listed values, spelt exactly');
    case 'const':
      return at(v.pointer, `${where} must be ${JSON.stringify(p.allowedValue)}, got ${got}`, `write ${JSON.stringify(p.allowedValue)}`);
    case 'pattern':
      return at(v.pointer, `${where} must match \`${p.pattern}\`, got ${got}`, 'write a value in the form the pattern describes');
    case 'format': {
      const known = formatText(p.format);
      if (known) return at(v.pointer, `${where} must be ${known.expected}, got ${got}`, known.hint);
      return at(v.pointer, `${where} must be a valid ${p.format}, got ${got}`, `write a valid ${p.format}`);
    }
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at(v.pointer, `${where} ${v.message}`, 'bring the value within the bound');
    case 'uniqueItems':
      return at(v.pointer, `${where} has duplicate items (#${p.j} and #${p.i})`, 'remove the duplicate');
    case 'propertyNames':
      return { pointer: `${v.pointer}/${escapePointer(String(p.propertyName))}`, atKey: true, message: `key \`${p.propertyName}\` in ${where} is not allowed`, hint: 'rename or remove the key' };
    default:
      return at(v.pointer, `${where} ${v.message}`, 'change the value to satisfy the schema');
  }
}

function formatText(format: unknown): { expected: string; hint: string } | undefined {
  return typeof format === 'string' && Object.hasOwn(FORMAT_TEXT, format) ? FORMAT_TEXT[format] : undefined;
}

/** How to fix the commonest type mistakes; amounts above all, which must stay exact. */
function typeHint(expected: string, data: unknown): string | undefined {
  if (expected === 'string' && typeof data === 'number') return 'quote the value: amounts and ids are decimal strings, which keep every digit';
  if ((expected === 'number' || expected === 'integer') && typeof data === 'string') return 'write the number without quotes';
  return undefined;
}

function at(pointer: string, message: string, hint?: string): ViolationText {
  return { pointer, atKey: false, message, hint };
}

/** `/definition/nodes/pay/payload` → `definition.nodes.pay.payload`; the root is `the document`. */
export function labelOf(pointer: string): string {
  if (pointer === '') return 'the document';
  const parts = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return '`' + parts.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : (i ? '.' : '') + s)).join('') + '`';
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return article(typeof value);
}

function article(type: string): string {
  const first = type.split(',')[0];
  return /^[aeiou]/.test(first) ? `an ${type}` : `a ${type}`;
}

function shortValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}

function listOf(values: unknown): string {
  return Array.isArray(values) ? values.map((x) => JSON.stringify(x)).join(', ') : String(values);
}
