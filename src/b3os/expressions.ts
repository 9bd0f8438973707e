/**
 * Workflow expressions: `{{ … }}` inside payload strings. This module owns their syntax; rules
 * build on it. A string that is exactly one expression keeps the referenced value's JSON type at
 * run time; an expression embedded in a longer string always yields a string.
 */

const WHOLE = /^\{\{[^{}]*\}\}$/;
const ANY = /\{\{[^{}]*\}\}/;

/** True when the whole string is one expression, e.g. `{{$nodes.read.result.balance}}`. */
export function isWholeExpression(text: string): boolean {
  return WHOLE.test(text);
}

/** True when the string contains at least one expression. */
export function hasExpression(text: string): boolean {
  return ANY.test(text);
}
