import type { LineTable } from './lines.js';
import { groupDigits, quoteText, type OffsetProblem } from './problem.js';

/** The value model every parsed document produces. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Keys that reach object prototypes when parsed data is merged or used as a property path. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Sets an own, enumerable data property, so a `__proto__` key never changes a prototype. */
export function defineMember(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A non-fatal 'forbidden-key' problem when `key` is `__proto__`, `constructor` or `prototype`. */
export function forbiddenKeyProblem(key: string, start: number, end: number): OffsetProblem | undefined {
  if (!FORBIDDEN_KEYS.has(key)) return undefined;
  return {
    code: 'forbidden-key',
    fatal: false,
    message: `key ${quoteText(key)} is not allowed: it can reach object prototypes`,
    hint: 'rename the key',
    start,
    end,
  };
}

/** The fatal 'duplicate-key' problem, placed at the second occurrence `[start, end)`. */
export function duplicateKeyProblem(key: string, firstStart: number, lines: LineTable, start: number, end: number): OffsetProblem {
  return {
    code: 'duplicate-key',
    fatal: true,
    message: `duplicate key ${quoteText(key)} (first at line ${lines.position(firstStart).line})`,
    hint: 'keep one of the two: readers see the first, most parsers use the last',
    start,
    end,
  };
}

/**
 * A problem for a number literal whose value JavaScript cannot hold: an integer literal beyond
 * 2^53 - 1 (non-fatal 'unsafe-integer'; `literal` is then digits, sign or a 0x/0o prefix only), or
 * a literal that overflows to infinity or is NaN (fatal 'syntax').
 */
export function numberProblem(literal: string, value: number, isIntegerLiteral: boolean, start: number, end: number): OffsetProblem | undefined {
  if (!Number.isFinite(value)) {
    const message = `number ${quoteText(literal, 40)} has no JSON value`;
    return { code: 'syntax', fatal: true, message, hint: 'write a finite number, or a decimal string', start, end };
  }
  if (!isIntegerLiteral || Number.isSafeInteger(value)) return undefined;
  return {
    code: 'unsafe-integer',
    fatal: false,
    message: `integer ${literal} loses precision; write it as a decimal string`,
    hint: 'put the digits in quotes: JavaScript numbers hold integers only up to 2^53 - 1',
    start,
    end,
  };
}

/** The fatal 'too-deep' problem at the opening of the first collection past the limit. */
export function tooDeepProblem(maxDepth: number, start: number, end = start + 1): OffsetProblem {
  return {
    code: 'too-deep',
    fatal: true,
    message: `nesting deeper than ${maxDepth} levels`,
    hint: 'flatten the structure',
    start,
    end,
  };
}

/** The fatal 'too-many-nodes' problem at the first value past the limit. */
export function tooManyNodesProblem(maxNodes: number, start: number, end: number): OffsetProblem {
  return {
    code: 'too-many-nodes',
    fatal: true,
    message: `more than ${groupDigits(maxNodes)} values`,
    hint: 'split the file',
    start,
    end,
  };
}
