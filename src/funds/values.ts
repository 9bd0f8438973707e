/**
 * The value a payload field will have when a node runs, as far as it is known before the run: a
 * literal (expressions of literals resolved), a reference to one value (`{{$trigger.body.amount}}`),
 * or something computed (a longer string with expressions, fallbacks, an object holding expressions).
 */
import { escapeSegment } from '../b3os/definition.js';
import { isWholeExpression, parseAlternatives, scanExpressions, walkStrings, type Reference } from '../b3os/expressions.js';
import { resolveLiteralExpressions } from '../b3os/literal-expressions.js';
import type { JsonValue } from '../parse/document.js';

/** One field's value, with the JSON pointer of the field in the workflow file. */
export type FieldValue =
  | { readonly kind: 'absent'; readonly pointer: string }
  | { readonly kind: 'literal'; readonly value: JsonValue; readonly pointer: string }
  | { readonly kind: 'reference'; readonly key: string; readonly text: string; readonly source: string; readonly external: boolean; readonly pointer: string }
  | { readonly kind: 'computed'; readonly text: string; readonly pointer: string };

/** The value of `payload[key]` of the node at `nodePointer`. */
export function fieldValue(payload: unknown, key: string, nodePointer: string): FieldValue {
  const pointer = `${nodePointer}/payload/${escapeSegment(key)}`;
  const record = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, JsonValue>) : {};
  if (!Object.hasOwn(record, key)) return { kind: 'absent', pointer };
  return valueAt(resolveLiteralExpressions(record[key]) as JsonValue, pointer);
}

/** A value as found (after literal expressions are resolved) at `pointer`. */
export function valueAt(value: JsonValue, pointer: string): FieldValue {
  if (typeof value === 'string' && isWholeExpression(value)) {
    const reference = singleReference(value);
    if (reference) return { kind: 'reference', text: value, pointer, ...reference };
    return { kind: 'computed', text: value, pointer };
  }
  if (typeof value === 'string' && scanExpressions(value).expressions.length > 0) return { kind: 'computed', text: value, pointer };
  if (typeof value === 'object' && value !== null && hasExpression(value)) return { kind: 'computed', text: JSON.stringify(value), pointer };
  return { kind: 'literal', value, pointer };
}

/**
 * The canonical key of the one value a whole expression reads, for matching a payload field with
 * the `if` condition that tests it: `{{$nodes.x.result.a}}` and `{{x.result.a}}` are the same
 * value, and so are `{{$trigger.body.a}}` and `{{root.result.body.a}}`. Undefined for fallbacks,
 * literals and anything not understood.
 */
export function referenceKey(expression: string): string | undefined {
  return singleReference(expression)?.key;
}

function singleReference(expression: string): { key: string; source: string; external: boolean } | undefined {
  if (!isWholeExpression(expression)) return undefined;
  const alternatives = parseAlternatives(expression.slice(2, -2));
  if (alternatives.length !== 1) return undefined;
  const [reference] = alternatives;
  const key = keyOf(reference);
  return key === undefined ? undefined : { key, ...sourceOf(reference) };
}

function keyOf(r: Reference): string | undefined {
  const path = r.path.join('.');
  switch (r.kind) {
    case 'node':
      return r.nodeId === 'root' && r.path[0] === 'result' ? `trigger:${r.path.slice(1).join('.')}` : `node:${r.nodeId}:${path}`;
    case 'trigger':
      return `trigger:${path}`;
    case 'props':
    case 'inputs':
    case 'vars':
    case 'ask':
      return `${r.kind}:${r.key}${path ? `.${path}` : ''}`;
    case 'for':
      return `for:${r.loopId}:${path}`;
    case 'item':
    case 'index':
    case 'parent-item':
    case 'storage':
    case 'org':
      return `${r.kind}:${path}`;
    default:
      return undefined;
  }
}

/** Where a referenced value comes from, in words, and whether someone outside the workflow supplies it. */
function sourceOf(r: Reference): { source: string; external: boolean } {
  const trigger = r.kind === 'trigger' ? r.path : r.kind === 'node' && r.nodeId === 'root' && r.path[0] === 'result' ? r.path.slice(1) : undefined;
  if (trigger) return { source: `${quoted(`$trigger${trigger.length ? `.${trigger[0]}` : ''}`)}, the data that starts the run`, external: true };
  switch (r.kind) {
    case 'inputs':
      return { source: '`$inputs`, supplied by whoever runs the workflow', external: true };
    case 'ask':
      return { source: `${quoted(`ask.${r.key}`)}, chosen in the B3OS editor at setup`, external: true };
    case 'props':
      return { source: `${quoted(`$props.${r.key}`)}, set when the workflow is created`, external: true };
    case 'vars':
      return { source: `${quoted(`$vars.${r.key}`)}, a workflow variable`, external: false };
    case 'node':
      return { source: `the ${NODE_PARTS.has(r.path[0]) ? r.path[0] : 'result'} of node ${quoted(r.nodeId ?? '')}`, external: false };
    case 'storage':
    case 'org':
      return { source: `${quoted(r.text)}, storage that any run can rewrite after a check,`, external: false };
    default:
      return { source: quoted(r.text), external: false };
  }
}

const NODE_PARTS = new Set(['result', 'payload', 'error']);

// Names and paths only: a bracketed key in quotes could carry any text, a secret included.
const PLAIN_NAME = /^[\w$.[\]-]{1,80}$/;

/** A reference's name in backticks, or described when it is not a plain name. */
function quoted(name: string): string {
  return PLAIN_NAME.test(name) ? `\`${name}\`` : `a ${name.length}-character reference`;
}

function hasExpression(value: JsonValue): boolean {
  for (const site of walkStrings(value, '')) if (scanExpressions(site.text).expressions.length > 0) return true;
  return false;
}
