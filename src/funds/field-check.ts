/**
 * Whether a payload field stays inside a bound of the manifest: a literal inside it, or a value an
 * upstream `if` keeps inside it on every path to the node. Everything else is a problem: a literal
 * outside, a literal that cannot be read (unverified), a reference no guard bounds, a computed value.
 */
import type { JsonValue } from '../parse/document.js';
import { constraintsOn, type Constraint, type GuardedGraph } from './guards.js';
import type { FieldValue } from './values.js';

/** A bound: which literal values it admits, and which upstream constraints keep a value inside it. */
export interface Bound {
  /** True inside, false outside, undefined when the value cannot be read as this bound needs. */
  admits(value: JsonValue): boolean | undefined;
  /** True when the constraints together keep every value inside. */
  holdsUnder(constraints: readonly Constraint[]): boolean;
}

/** Why a field is not inside its bound; `pointer` is the offending value in the workflow file. */
export type FieldProblem =
  | { readonly kind: 'outside' | 'unreadable'; readonly value: JsonValue; readonly pointer: string }
  | { readonly kind: 'unguarded'; readonly text: string; readonly source: string; readonly external: boolean; readonly pointer: string }
  | { readonly kind: 'computed'; readonly text: string; readonly pointer: string };

/** The problems of one field against its bound; none when it is inside or absent. */
export function fieldProblems(def: GuardedGraph, nodeId: string, value: FieldValue, bound: Bound): FieldProblem[] {
  switch (value.kind) {
    case 'absent':
      return [];
    case 'computed':
      return [{ kind: 'computed', text: value.text, pointer: value.pointer }];
    case 'reference': {
      if (bound.holdsUnder(constraintsOn(def, nodeId, value.key))) return [];
      return [{ kind: 'unguarded', text: value.text, source: value.source, external: value.external, pointer: value.pointer }];
    }
    case 'literal': {
      const items = Array.isArray(value.value) ? value.value.map((item, i) => [item, `${value.pointer}/${i}`] as const) : [[value.value, value.pointer] as const];
      return items.flatMap(([item, pointer]): FieldProblem[] => {
        const admitted = bound.admits(item);
        return admitted === true ? [] : [{ kind: admitted === false ? 'outside' : 'unreadable', value: item, pointer }];
      });
    }
  }
}

/** A bound to a list of allowed values; `$eq` and `$in` guards hold when every value they allow is listed. */
export function allowlist(matches: (value: JsonValue) => boolean | undefined): Bound {
  const listed = (value: JsonValue) => matches(value) === true;
  return {
    admits: matches,
    holdsUnder: (constraints) =>
      constraints.some((c) => (c.op === '$eq' && listed(c.operand)) || (c.op === '$in' && Array.isArray(c.operand) && c.operand.length > 0 && c.operand.every(listed))),
  };
}

/** An upper bound on an amount, compared in raw units; `toRaw` reads a value (undefined when it cannot). */
export function atMost(max: bigint, toRaw: (value: JsonValue) => bigint | undefined): Bound {
  const ceiling = (c: Constraint): bigint | undefined => {
    if (c.op === '$lte' || c.op === '$eq') return toRaw(c.operand);
    if (c.op === '$lt') {
      const below = toRaw(c.operand);
      return below === undefined ? undefined : below - 1n;
    }
    if (c.op !== '$in' || !Array.isArray(c.operand) || c.operand.length === 0) return undefined;
    const all = c.operand.map(toRaw);
    return all.every((v) => v !== undefined) ? all.reduce((a, b) => (a! > b! ? a : b)) : undefined;
  };
  return {
    admits: (value) => {
      const raw = toRaw(value);
      return raw === undefined ? undefined : raw <= max;
    },
    holdsUnder: (constraints) => constraints.some((c) => {
      const top = ceiling(c);
      return top !== undefined && top <= max;
    }),
  };
}
