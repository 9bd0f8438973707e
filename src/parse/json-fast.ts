import type { ParseLimits } from './problem.js';
import type { JsonValue } from './value-rules.js';

/** Integer literals of up to 15 digits are always safe: only longer ones need a closer look. */
const SAFE_DIGITS = 15;
const INTEGER_LITERAL = /^-?(0|[1-9][0-9]*)$/;
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * The value of clean JSON through `JSON.parse`, without a position tree; undefined whenever the
 * positioned parse would report anything (a syntax error, a duplicate or forbidden key, an integer
 * beyond 2^53, a number with no finite value, too many values), so that parse gives the problems
 * their spans. The caller has checked the nesting depth already.
 */
export function fastJsonValue(text: string, limits: ParseLimits): { readonly value: JsonValue } | undefined {
  try {
    const value = JSON.parse(text) as JsonValue;
    const members = scanMembers(text);
    if (members < 0) return undefined;
    const walked = walkValue(value, limits.maxNodes);
    // Fewer keys in the objects than members in the text: JSON.parse kept the last of a duplicate.
    return walked && walked.keys === members ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The number of object members in valid JSON text (a `:` outside strings is one member), or -1
 * when an integer literal does not fit a safe integer or a key holds an escape: V8's JSON.parse
 * (Node 24.21) can return the wrong key for an escaped one after parsing objects of a similar
 * shape (`"\u0022"` read as a backslash), so only the positioned parser decodes such keys.
 */
function scanMembers(text: string): number {
  let members = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) (escaped = true), i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) (inString = true), (escaped = false);
    else if (code === 0x3a) {
      if (escaped) return -1;
      members++;
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      const end = numberEnd(text, i);
      if (end - i > SAFE_DIGITS && unsafeInteger(text.slice(i, end))) return -1;
      i = end - 1;
    }
  }
  return members;
}

function numberEnd(text: string, from: number): number {
  let end = from + 1;
  while (end < text.length && isNumberCharacter(text.charCodeAt(end))) end++;
  return end;
}

/** Digits, sign, decimal point and exponent: the characters a JSON number is made of. */
function isNumberCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2d || code === 0x2b || code === 0x65 || code === 0x45;
}

function unsafeInteger(literal: string): boolean {
  return INTEGER_LITERAL.test(literal) && !Number.isSafeInteger(Number(literal));
}

/**
 * Counts values and object keys; undefined when a value breaks a rule the positioned parse
 * reports (a forbidden key, a non-finite number, more than `maxNodes` values). Recursion is safe:
 * the depth was checked on the text.
 */
function walkValue(root: JsonValue, maxNodes: number): { readonly keys: number } | undefined {
  let nodes = 0;
  let keys = 0;
  const walk = (value: JsonValue): boolean => {
    if (++nodes > maxNodes) return false;
    if (typeof value === 'number') return Number.isFinite(value);
    if (value === null || typeof value !== 'object') return true;
    if (Array.isArray(value)) return value.every(walk);
    if (FORBIDDEN_KEYS.some((key) => Object.hasOwn(value, key))) return false;
    for (const key in value) {
      keys++;
      if (!walk(value[key])) return false;
    }
    return true;
  };
  return walk(root) ? { keys } : undefined;
}
