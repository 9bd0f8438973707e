import { scanExpressions, type Expression } from './expressions.js';

/**
 * A payload with every expression made only of literals (`{{ 'x' }}`, `{{ 1e400 }}`,
 * `{{ null || 'a' }}`) replaced by the value it yields, so the schema checks it like any written
 * value: such an expression is known before the run, and must not slip a recipient or an amount
 * past the schema. A whole-string expression yields its value as is; inside a longer string it is
 * written as text. Strings with any other expression are left as they are. Returns the payload
 * itself when nothing is replaced.
 */
export function resolveLiteralExpressions(payload: unknown): unknown {
  if (typeof payload === 'string') return resolveString(payload);
  if (Array.isArray(payload)) {
    const items = payload.map(resolveLiteralExpressions);
    return items.some((item, i) => item !== payload[i]) ? items : payload;
  }
  if (payload === null || typeof payload !== 'object') return payload;
  const entries = Object.entries(payload).map(([key, value]) => [key, resolveLiteralExpressions(value)] as const);
  if (entries.every(([key, value]) => value === (payload as Record<string, unknown>)[key])) return payload;
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function resolveString(text: string): unknown {
  if (!text.includes('{{')) return text;
  const scan = scanExpressions(text);
  if (scan.problems.length > 0 || scan.expressions.length === 0) return text;
  const values = scan.expressions.map(literalValueOf);
  if (values.some((v) => v === NOT_LITERAL)) return text;
  const [first] = scan.expressions;
  if (scan.expressions.length === 1 && first.start === 0 && first.end === text.length) return values[0];
  let out = '';
  let from = 0;
  scan.expressions.forEach((expression, i) => {
    out += text.slice(from, expression.start) + String(values[i]);
    from = expression.end;
  });
  return out + text.slice(from);
}

const NOT_LITERAL = Symbol('not a literal');

/** What an expression of literals yields: the first truthy alternative, else the last (`||`). */
function literalValueOf(expression: Expression): unknown {
  if (expression.alternatives.length === 0 || expression.alternatives.some((a) => a.kind !== 'literal')) return NOT_LITERAL;
  const values = expression.alternatives.map((a) => parseLiteral(a.text));
  return values.find((v) => Boolean(v)) ?? values[values.length - 1];
}

function parseLiteral(text: string): unknown {
  if (text === 'true' || text === 'false' || text === 'null') return JSON.parse(text);
  if (text[0] === '"' || text[0] === "'") return text.slice(1, -1).replace(/\\(.)/g, '$1');
  return Number(text);
}
