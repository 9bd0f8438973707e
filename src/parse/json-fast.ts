import type { ParseLimits } from './problem.js';
import type { JsonValue } from './value-rules.js';

/** Integer literals of up to 15 digits are always safe: only longer ones need a closer look. */
const SAFE_DIGITS = 15;
const INTEGER_LITERAL = /^-?(0|[1-9][0-9]*)$/;
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** What one linear pass over JSON text learns before any parser runs. */
export interface JsonScan {
  /** Offset of the first `[` or `{` (outside strings) nested deeper than the limit, or -1 (then nothing else was scanned). */
  readonly deepAt: number;
  /** Object members: a `:` outside strings is one. */
  readonly members: number;
  /**
   * False when a key holds an escape or an integer literal does not fit a safe integer. V8's
   * JSON.parse (Node 24.21) can return the wrong key for an escaped one after parsing objects of
   * a similar shape (`"\u0022"` read as a backslash), so only the positioned parser decodes those.
   */
  readonly plain: boolean;
}

/**
 * Scans text that may or may not be JSON, jumping over string contents with `indexOf`. Strings
 * are read as the positioned parser's depth scan reads them: an unterminated one runs to the end.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  let depth = 0;
  let members = 0;
  let plain = true;
  let escapedString = false;
  let nextBackslash = text.indexOf('\\');
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      escapedString = nextBackslash >= 0 && nextBackslash < stringEndFast(text, i);
      i = escapedString ? stringEndSlow(text, i) : stringEndFast(text, i);
      if (escapedString) nextBackslash = text.indexOf('\\', i + 1);
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return { deepAt: i, members, plain };
    } else if ((code === 0x5d || code === 0x7d) && depth > 0) depth--;
    else if (code === 0x3a) {
      members++;
      if (escapedString) plain = false;
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      const end = numberEnd(text, i);
      if (end - i > SAFE_DIGITS && unsafeInteger(text.slice(i, end))) plain = false;
      i = end - 1;
    }
  }
  return { deepAt: -1, members, plain };
}

/** The closing quote of a string without escapes, or the end of the text. */
function stringEndFast(text: string, start: number): number {
  const end = text.indexOf('"', start + 1);
  return end < 0 ? text.length : end;
}

/** The closing quote of a string that may hold escapes (`\"` does not close it), or the end of the text. */
function stringEndSlow(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) i++;
    else if (code === 0x22) return i;
  }
  return text.length;
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
 * The value of clean JSON through `JSON.parse`, without a position tree; undefined whenever the
 * positioned parse would report anything (a syntax error, a duplicate or forbidden key, an integer
 * beyond 2^53, a number with no finite value, too many values), so that parse gives the problems
 * their spans. `scan` is the text's scan, within the depth limit.
 */
export function fastJsonValue(text: string, scan: JsonScan, limits: ParseLimits): { readonly value: JsonValue } | undefined {
  if (!scan.plain || scan.deepAt >= 0) return undefined;
  try {
    const value = JSON.parse(text) as JsonValue;
    const walked = walkValue(value, limits.maxNodes);
    // Fewer keys in the objects than members in the text: JSON.parse kept the last of a duplicate.
    return walked && walked.keys === scan.members ? { value } : undefined;
  } catch {
    return undefined;
  }
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
