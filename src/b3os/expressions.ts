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

/** A brace problem at an offset of the string, `length` characters long. */
export interface BraceProblem {
  readonly code: BraceProblemCode;
  readonly offset: number;
  readonly length: number;
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
 * `{{ }}` is a problem, not an expression. A single `}` right after an expression's `}}` that
 * closes no single `{` (`{{a.result.x}}}`) is stray too.
 */
export function scanExpressions(text: string): ScanResult {
  const out: ScanResult = { expressions: [], problems: [] };
  const state: ScanState = { braces: 0, open: -1, depth: 0, nested: false, closedAt: -1 };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== OPEN && c !== CLOSE) {
      i++;
    } else if (text.charCodeAt(i + 1) !== c) {
      if (state.open < 0 && c === CLOSE && state.braces === 0 && i === state.closedAt) {
        out.problems.push({ code: 'stray-close', offset: i, length: 1, message: '`}` after `}}` closes nothing' });
      } else if (state.open < 0) state.braces = c === OPEN ? state.braces + 1 : Math.max(0, state.braces - 1);
      i++;
    } else {
      if (state.open < 0) pairOutside(i, c, state, out);
      else pairInside(text, i, c, state, out);
      i += 2;
    }
  }
  if (state.open >= 0) out.problems.push({ code: 'unclosed', offset: state.open, length: 2, message: '`{{` is never closed with `}}`' });
  out.problems.sort((a, b) => a.offset - b.offset);
  return out;
}

/** Scanner state: single `{` open outside expressions, the open `{{` (-1: none), its nesting, where the last `{{ }}` ended. */
interface ScanState {
  braces: number;
  open: number;
  depth: number;
  nested: boolean;
  closedAt: number;
}

function pairOutside(at: number, c: number, state: ScanState, out: ScanResult): void {
  if (c === OPEN) Object.assign(state, { open: at, depth: 1, nested: false });
  else if (state.braces >= 2) state.braces -= 2;
  else {
    state.braces = 0;
    out.problems.push({ code: 'stray-close', offset: at, length: 2, message: '`}}` closes no `{{`' });
  }
}

function pairInside(text: string, at: number, c: number, state: ScanState, out: ScanResult): void {
  if (c === OPEN) {
    if (!state.nested) out.problems.push({ code: 'nested', offset: at, length: 2, message: '`{{` inside another expression' });
    state.nested = true;
    state.depth++;
    return;
  }
  if (--state.depth > 0) return;
  const { open } = state;
  const inner = text.slice(open + 2, at);
  state.open = -1;
  state.closedAt = at + 2;
  if (state.nested) return;
  if (inner.trim() === '') out.problems.push({ code: 'empty', offset: open, length: 2, message: 'empty expression `{{ }}`' });
  else out.expressions.push({ start: open, end: at + 2, source: text.slice(open, at + 2), alternatives: parseAlternatives(inner) });
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
