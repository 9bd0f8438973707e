/**
 * Workflow expressions: `{{ … }}` inside payload strings. This module owns their syntax; rules
 * build on it. A string that is exactly one expression keeps the referenced value's JSON type at
 * run time; an expression embedded in a longer string always yields a string.
 */
import { escapeSegment, isObject } from './definition.js';
import { parseAlternatives, type Reference } from './expression-reference.js';

export { NODE_PARTS, parseAlternatives, type Reference, type ReferenceKind } from './expression-reference.js';

const WHOLE = /^\{\{[^{}]*\}\}$/;
const ANY = /\{\{[^{}]*\}\}/;
const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }

/** True when the whole string is one expression, e.g. `{{$nodes.read.result.balance}}`. */
export function isWholeExpression(text: string): boolean {
  return WHOLE.test(text);
}

/** True when the string contains at least one expression. */
export function hasExpression(text: string): boolean {
  return ANY.test(text);
}

/** One `{{ … }}` of a string: offsets of `{{` and just after `}}`, the text with braces, its fallbacks. */
export interface Expression {
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly alternatives: readonly Reference[];
}

/** What is wrong with the braces of a string. */
export type BraceProblemCode = 'unclosed' | 'stray-close' | 'nested' | 'empty';

/** A brace problem at an offset of the string. */
export interface BraceProblem {
  readonly code: BraceProblemCode;
  readonly offset: number;
  readonly message: string;
}

/** Every well-formed expression of a string, and every brace problem, in order. */
export interface ScanResult {
  readonly expressions: Expression[];
  readonly problems: BraceProblem[];
}

/**
 * Finds the expressions of a string in one linear pass. `}}` that closes two single `{` (JSON or
 * code kept in a string, e.g. a Slack Block Kit payload) is not stray. A `{{` inside an open
 * expression is reported once as nested and the whole outer expression is dropped; an empty
 * `{{ }}` is a problem, not an expression.
 */
export function scanExpressions(text: string): ScanResult {
  const expressions: Expression[] = [];
  const problems: BraceProblem[] = [];
  const problem = (code: BraceProblemCode, offset: number, message: string) => problems.push({ code, offset, message });
  let braces = 0;
  let open = -1;
  let depth = 0;
  let nested = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== OPEN && c !== CLOSE) { i++; continue; }
    const pair = text.charCodeAt(i + 1) === c;
    if (open < 0) {
      if (pair && c === OPEN) [open, depth, nested] = [i, 1, false];
      else if (pair && braces >= 2) braces -= 2;
      else if (pair) [braces] = [0, problem('stray-close', i, '`}}` closes no `{{`')];
      else braces = c === OPEN ? braces + 1 : Math.max(0, braces - 1);
      i += pair ? 2 : 1;
      continue;
    }
    if (!pair) { i++; continue; }
    i += 2;
    if (c === OPEN) {
      if (!nested) problem('nested', i - 2, '`{{` inside another expression');
      [nested, depth] = [true, depth + 1];
    } else if (--depth === 0) {
      const inner = text.slice(open + 2, i - 2);
      if (nested) { /* already reported */ } else if (inner.trim() === '') problem('empty', open, 'empty expression `{{ }}`');
      else expressions.push({ start: open, end: i, source: text.slice(open, i), alternatives: parseAlternatives(inner) });
      open = -1;
    }
  }
  if (open >= 0) problem('unclosed', open, '`{{` is never closed with `}}`');
  problems.sort((a, b) => a.offset - b.offset);
  return { expressions, problems };
}

/** A string of a JSON value: a member value or array item (`isKey` false), or a member name (`isKey` true). */
export interface StringSite {
  readonly text: string;
  /** JSON pointer of the value; for a member name, of the member whose name it is. */
  readonly pointer: string;
  readonly isKey: boolean;
}

/**
 * Every string of a JSON value in document order, member names included (an `if` condition is
 * keyed by expressions), with JSON pointers below `pointer`. Iterative: depth cannot overflow.
 */
export function* walkStrings(value: unknown, pointer: string): Generator<StringSite> {
  const stack: Array<{ value: unknown; pointer: string; key?: string }> = [{ value, pointer }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.key !== undefined) yield { text: top.key, pointer: top.pointer, isKey: true };
    else if (typeof top.value === 'string') yield { text: top.value, pointer: top.pointer, isKey: false };
    else if (Array.isArray(top.value)) {
      for (let i = top.value.length - 1; i >= 0; i--) stack.push({ value: top.value[i], pointer: `${top.pointer}/${i}` });
    } else if (isObject(top.value)) {
      const keys = Object.keys(top.value);
      for (let k = keys.length - 1; k >= 0; k--) {
        const child = `${top.pointer}/${escapeSegment(keys[k])}`;
        stack.push({ value: top.value[keys[k]], pointer: child }, { value: undefined, pointer: child, key: keys[k] });
      }
    }
  }
}
