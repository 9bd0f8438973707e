import type * as t from '@babel/types';
import { describeNonLiteral, keyName, unwrapTs } from './ts-module.js';

/** The value of a literal expression, or the first part that is not a literal and why. */
export type Evaluation =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly node: t.Node; readonly reason: string; readonly path: readonly string[] };

interface Scope {
  readonly consts: ReadonlyMap<string, t.Expression>;
  readonly resolving: Set<string>;
  /**
   * Each const is evaluated once, with the size it added: a chain of consts that each use the
   * previous twice is evaluated in linear time, and every reuse still counts the size it expands to.
   */
  readonly evaluated: Map<string, SizedEvaluation>;
  depth: number;
  /** What the value has grown to: array elements, object members and string characters / 64. */
  size: number;
}

// Far deeper than any real schema (nesting, const chains, `+` chains); keeps a hostile file from
// exhausting the stack.
const MAX_DEPTH = 200;

// Far larger than any real schema: spreads and `+` that double a value at each const would
// otherwise grow it exponentially (a 600-byte file to gigabytes). Counted, not timed.
const MAX_SIZE = 1_000_000;

/**
 * Evaluates an expression WITHOUT running it: only object/array/string/number/boolean/null literals,
 * unary minus on numbers, template literals without expressions, `+` between two strings, spreads of
 * such values, TypeScript `as`/`satisfies`/`!` wrappers and references to top-level `const`
 * literals of the same file (`consts`). Anything else (calls, imports, other operators) fails with
 * the node, a reason and the path inside the value.
 */
export function evaluateLiteral(node: t.Node, consts: ReadonlyMap<string, t.Expression>): Evaluation {
  return evaluateSized(node, consts).result;
}

/** What a binding of another module evaluated to, with the size it counts each time it is used. */
export interface SizedEvaluation {
  readonly result: Evaluation;
  readonly size: number;
  /** A failure is reported where the name is used (the failing node is in another file). */
  readonly failsAtUse?: boolean;
}

/**
 * `evaluateLiteral` with bindings imported from other modules (`imports`, by local name, already
 * evaluated), and the size the value counted against the budget.
 */
export function evaluateSized(node: t.Node, consts: ReadonlyMap<string, t.Expression>, imports: ReadonlyMap<string, SizedEvaluation> = new Map()): SizedEvaluation {
  const scope: Scope = { consts, resolving: new Set(), evaluated: new Map(imports), depth: 0, size: 0 };
  const result = evaluate(node, scope, []);
  return { result, size: scope.size };
}

function evaluate(raw: t.Node, scope: Scope, path: readonly string[]): Evaluation {
  const node = unwrapTs(raw);
  if (scope.depth >= MAX_DEPTH) return fail(node, `nesting deeper than ${MAX_DEPTH} levels`, path);
  scope.depth += 1;
  try {
    return evaluateNode(node, scope, path);
  } finally {
    scope.depth -= 1;
  }
}

function evaluateNode(node: t.Node, scope: Scope, path: readonly string[]): Evaluation {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return { ok: true, value: node.value };
    case 'NullLiteral':
      return { ok: true, value: null };
    case 'TemplateLiteral':
      return node.expressions.length === 0
        ? { ok: true, value: node.quasis[0]?.value.cooked ?? '' }
        : fail(node, 'a template literal with ${} expressions', path);
    case 'UnaryExpression':
      return negative(node, scope, path);
    case 'BinaryExpression':
      return concatenation(node, scope, path);
    case 'Identifier':
      return reference(node, scope, path);
    case 'ArrayExpression':
      return array(node, scope, path);
    case 'ObjectExpression':
      return object(node, scope, path);
    default:
      return fail(node, describeNonLiteral(node), path);
  }
}

function negative(node: t.UnaryExpression, scope: Scope, path: readonly string[]): Evaluation {
  if (node.operator !== '-') return fail(node, `the unary operator \`${node.operator}\``, path);
  const operand = evaluate(node.argument, scope, path);
  if (!operand.ok) return operand;
  return typeof operand.value === 'number' ? { ok: true, value: -operand.value } : fail(node, 'unary minus on a non-number', path);
}

function concatenation(node: t.BinaryExpression, scope: Scope, path: readonly string[]): Evaluation {
  if (node.operator !== '+') return fail(node, `the \`${node.operator}\` operator`, path);
  const left = evaluate(node.left, scope, path);
  if (!left.ok) return left;
  const right = evaluate(node.right, scope, path);
  if (!right.ok) return right;
  if (typeof left.value === 'string' && typeof right.value === 'string') {
    return grow(scope, 1 + Math.ceil((left.value.length + right.value.length) / 64), node, path) ?? { ok: true, value: left.value + right.value };
  }
  return fail(node, '`+` between values that are not both strings', path);
}

function reference(node: t.Identifier, scope: Scope, path: readonly string[]): Evaluation {
  if (node.name === 'undefined') return fail(node, '`undefined`, which JSON cannot hold', path);
  const known = scope.evaluated.get(node.name);
  if (known?.failsAtUse && !known.result.ok) return fail(node, known.result.reason, path);
  if (known) return grow(scope, known.size, node, path) ?? known.result;
  const init = scope.consts.get(node.name);
  if (!init) return fail(node, `\`${node.name}\`, which is not a top-level const of this file`, path);
  if (scope.resolving.has(node.name)) return fail(node, `\`${node.name}\`, which refers to itself`, path);
  const before = scope.size;
  scope.resolving.add(node.name);
  const result = evaluate(init, scope, path);
  scope.resolving.delete(node.name);
  scope.evaluated.set(node.name, { result, size: scope.size - before });
  return result;
}

function array(node: t.ArrayExpression, scope: Scope, path: readonly string[]): Evaluation {
  const values: unknown[] = [];
  for (const element of node.elements) {
    const at = [...path, String(values.length)];
    if (element === null) return fail(node, 'an array hole', at);
    const spread = element.type === 'SpreadElement';
    const result = evaluate(spread ? element.argument : element, scope, at);
    if (!result.ok) return result;
    const added = spread && Array.isArray(result.value) ? (result.value as unknown[]) : [result.value];
    if (spread && !Array.isArray(result.value)) return fail(element, 'a spread of a value that is not an array', at);
    const over = grow(scope, added.length, element, at);
    if (over) return over;
    for (const item of added) values.push(item);
  }
  return { ok: true, value: values };
}

function object(node: t.ObjectExpression, scope: Scope, path: readonly string[]): Evaluation {
  const value: Record<string, unknown> = {};
  for (const property of node.properties) {
    if (property.type === 'SpreadElement') {
      const spread = evaluate(property.argument, scope, path);
      if (!spread.ok) return spread;
      if (!isPlainObject(spread.value)) return fail(property, 'a spread of a value that is not an object', path);
      const entries = Object.entries(spread.value);
      const over = grow(scope, entries.length, property, path);
      if (over) return over;
      for (const [key, inner] of entries) define(value, key, inner);
      continue;
    }
    const key = property.computed ? undefined : keyName(property.key);
    if (property.type === 'ObjectMethod') return fail(property, 'a method', [...path, key ?? '?']);
    if (key === undefined) return fail(property.key, 'a computed key', path);
    const result = evaluate(property.value, scope, [...path, key]);
    if (!result.ok) return result;
    const over = grow(scope, 1, property, [...path, key]);
    if (over) return over;
    define(value, key, result.value);
  }
  return { ok: true, value };
}

// defineProperty, not assignment: a `__proto__` key must stay data, never become a prototype.
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds to the value's size; the failure once it passes `MAX_SIZE`, else undefined. */
function grow(scope: Scope, units: number, node: t.Node, path: readonly string[]): Evaluation | undefined {
  scope.size += units;
  return scope.size > MAX_SIZE ? fail(node, `a value that grows past ${MAX_SIZE.toLocaleString('en-US')} elements (spreads or \`+\` that repeat a value), which no schema needs`, path) : undefined;
}

function fail(node: t.Node, reason: string, path: readonly string[]): Evaluation {
  return { ok: false, node, reason, path };
}
