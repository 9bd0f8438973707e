import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { LineTable } from './lines.js';
import { quoteText, type OffsetProblem, type ParseLimits } from './problem.js';
import { duplicateKeyProblem, forbiddenKeyProblem, numberProblem } from './value-rules.js';

/** Core-schema integer forms: decimal, `0o` octal, `0x` hex. */
const INTEGER_SOURCE = /^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;

interface Frame {
  readonly node: unknown;
  readonly parent?: Frame;
}

/**
 * The rules the yaml library does not apply, checked on the composed tree before conversion:
 * alias count and cycles, scalar-only keys, no `<<` merge keys, duplicate keys as JavaScript
 * sees them (`1` and `"1"` collide), forbidden keys, unsafe and non-finite numbers. Iterative;
 * aliases are counted, never followed.
 */
export function checkYamlTree(doc: Document.Parsed, limits: ParseLimits, lines: LineTable): OffsetProblem[] {
  const problems: OffsetProblem[] = [];
  const stack: Frame[] = [{ node: doc.contents }];
  const anchors = new Map<string, unknown>();
  let aliases = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node } = frame;
    // Node, then key, then value: the library's resolution order, so the last anchor seen wins as there.
    if (hasAnchor(node)) anchors.set(node.anchor, node);
    if (isAlias(node)) {
      if (++aliases <= limits.maxAliases + 1) problems.push(...aliasProblems(frame, node, anchors.get(node.source), aliases, limits.maxAliases));
    } else if (isScalar(node)) {
      const problem = scalarProblem(node);
      if (problem) problems.push(problem);
    } else if (isMap(node)) {
      problems.push(...mapKeyProblems(node, lines));
      pushChildren(stack, frame, node.items.flatMap((pair) => [pair.key, pair.value]));
    } else if (isSeq(node)) {
      pushChildren(stack, frame, node.items);
    }
  }
  return problems;
}

function hasAnchor(node: unknown): node is { anchor: string } {
  return typeof (node as { anchor?: unknown } | null)?.anchor === 'string';
}

function pushChildren(stack: Frame[], parent: Frame, children: readonly unknown[]): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parent });
}

function rangeOf(node: { range?: readonly number[] | null }): [number, number] {
  const [start = 0, end = start] = node.range ?? [];
  return [start, Math.max(start, end)];
}

function aliasProblems(frame: Frame, alias: Alias, target: unknown, count: number, maxAliases: number): OffsetProblem[] {
  const [start, end] = rangeOf(alias);
  const problem = (message: string, hint: string): OffsetProblem[] => [{ code: 'alias', fatal: true, message, hint, start, end }];
  if (count > maxAliases) return problem(`more than ${maxAliases} aliases`, 'write the values out instead of repeating aliases');
  const name = quoteText(`*${alias.source}`);
  if (!target) return problem(`alias ${name} has no anchor before it`, 'define the anchor (&name) before using it');
  for (let at = frame.parent; at; at = at.parent) {
    if (at.node === target) return problem(`cyclic alias ${name} refers to a collection that contains it`, 'remove the alias');
  }
  return [];
}

function scalarProblem(scalar: Scalar): OffsetProblem | undefined {
  if (typeof scalar.value !== 'number') return undefined;
  const source = typeof scalar.source === 'string' ? scalar.source : String(scalar.value);
  const [start, end] = rangeOf(scalar);
  return numberProblem(source, scalar.value, INTEGER_SOURCE.test(source), start, end);
}

/** The key as JavaScript objects will hold it (the yaml library's `toJS` rule for scalars). */
export function keyStringOf(key: Scalar): string {
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

function mapKeyProblems(map: YAMLMap, lines: LineTable): OffsetProblem[] {
  const problems: OffsetProblem[] = [];
  const firstKeyAt = new Map<string, number>();
  for (const pair of map.items as Pair[]) {
    const keyNode = pair.key;
    const [start, end] = rangeOf((keyNode ?? pair.value ?? map) as { range?: number[] });
    if (keyNode != null && !isScalar(keyNode)) {
      problems.push({ code: 'syntax', fatal: true, message: 'mapping keys must be scalars', hint: 'use a plain string key', start, end });
      continue;
    }
    const key = keyNode ? keyStringOf(keyNode) : '';
    if (key === '<<') {
      problems.push({ code: 'syntax', fatal: true, message: 'merge keys (<<) are not supported', hint: 'write the merged keys out', start, end });
      continue;
    }
    const first = firstKeyAt.get(key);
    if (first !== undefined) problems.push(duplicateKeyProblem(key, first, lines, start, end));
    else firstKeyAt.set(key, start);
    const forbidden = forbiddenKeyProblem(key, start, end);
    if (forbidden) problems.push(forbidden);
  }
  return problems;
}
