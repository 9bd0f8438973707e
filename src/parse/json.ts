import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { builtResult, failedResult, lazyResolver, type FormatResult, type Resolved } from './format-result.js';
import { fastJsonValue, scanJson } from './json-fast.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import type { LineTable } from './lines.js';
import { arrayIndexOf } from './pointer.js';
import type { OffsetProblem, ParseLimits } from './problem.js';
import {
  defineMember,
  duplicateKeyProblem,
  forbiddenKeyProblem,
  numberProblem,
  tooDeepProblem,
  tooManyNodesProblem,
  type JsonValue,
} from './value-rules.js';

const TREE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
const INTEGER_LITERAL = /^-?(0|[1-9][0-9]*)$/;

/**
 * Parses strict JSON (no comments, no trailing commas). Nesting is measured by a linear scan
 * before any parser runs, so deep input ends in one 'too-deep' problem, not a RangeError. Clean
 * text takes `JSON.parse` and builds its position tree only when something is first located;
 * text with any problem takes the positioned parse, which gives every problem its span.
 */
export function parseJson(text: string, limits: ParseLimits, lines: LineTable): FormatResult {
  const scan = scanJson(text, limits.maxDepth);
  if (scan.deepAt >= 0) return failedResult([tooDeepProblem(limits.maxDepth, scan.deepAt)]);
  const fast = fastJsonValue(text, scan, limits);
  if (fast) return builtResult(fast.value, [], lazyResolver(() => treeResolver(text)));
  return parseJsonPositioned(text, limits, lines);
}

/** The reference parse: a position for every node, and every problem found on the way. */
export function parseJsonPositioned(text: string, limits: ParseLimits, lines: LineTable): FormatResult {
  const deepAt = firstBracketBeyond(text, limits.maxDepth);
  if (deepAt >= 0) return failedResult([tooDeepProblem(limits.maxDepth, deepAt)]);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, TREE_OPTIONS);
  if (errors.length > 0 || !root) return failedResult([jsonSyntaxProblem(text)]);
  const built = buildValue(root, text, limits, lines);
  return builtResult(built.value, built.problems, (segments) => resolveJson(root, segments));
}

/** Locates in text that parsed cleanly once already. */
function treeResolver(text: string): (segments: readonly string[]) => Resolved {
  const root = parseTree(text, [], TREE_OPTIONS);
  return (segments) => (root ? resolveJson(root, segments) : { value: [0, 0] });
}

/** Offset of the first `[` or `{` (outside strings) nested deeper than `maxDepth`, or -1. */
export function firstBracketBeyond(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if ((code === 0x5d || code === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

interface Built {
  readonly value: JsonValue;
  readonly problems: readonly OffsetProblem[];
}

/**
 * Plain values from a syntax-error-free tree, checking keys, numbers and the node count on the
 * way. Recursion is safe: the bracket scan capped the depth.
 */
function buildValue(root: Node, text: string, limits: ParseLimits, lines: LineTable): Built {
  const problems: OffsetProblem[] = [];
  let nodes = 0;
  const build = (node: Node): JsonValue => {
    if (++nodes === limits.maxNodes + 1) problems.push(tooManyNodesProblem(limits.maxNodes, node.offset, node.offset + 1));
    if (nodes > limits.maxNodes) return null;
    if (node.type === 'object') return buildObject(node, build, problems, lines);
    if (node.type === 'array') return (node.children ?? []).map(build);
    if (node.type === 'number') return checkedNumber(node, text, problems);
    return node.value as JsonValue;
  };
  return { value: build(root), problems };
}

function buildObject(node: Node, build: (node: Node) => JsonValue, problems: OffsetProblem[], lines: LineTable): JsonValue {
  const target: { [key: string]: JsonValue } = {};
  const firstKeyAt = new Map<string, number>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = keyNode.value as string;
    const keyEnd = keyNode.offset + keyNode.length;
    const first = firstKeyAt.get(key);
    if (first !== undefined) problems.push(duplicateKeyProblem(key, first, lines, keyNode.offset, keyEnd));
    else firstKeyAt.set(key, keyNode.offset);
    const forbidden = forbiddenKeyProblem(key, keyNode.offset, keyEnd);
    if (forbidden) problems.push(forbidden);
    defineMember(target, key, build(valueNode));
  }
  return target;
}

/** The number as parsed, with a problem when its literal is an integer JavaScript cannot hold. */
function checkedNumber(node: Node, text: string, problems: OffsetProblem[]): number {
  const literal = text.slice(node.offset, node.offset + node.length);
  const value = node.value as number;
  const problem = numberProblem(literal, value, INTEGER_LITERAL.test(literal), node.offset, node.offset + node.length);
  if (problem) problems.push(problem);
  return value;
}

/** Walks the tree along the segments; a missing step stops at the deepest node found. */
function resolveJson(root: Node, segments: readonly string[]): Resolved {
  let node = root;
  let key: Node | undefined;
  for (const segment of segments) {
    const member = childAt(node, segment);
    if (!member) break;
    node = member.value;
    key = member.key;
  }
  const value = [node.offset, node.offset + node.length] as const;
  return key ? { value, key: [key.offset, key.offset + key.length] } : { value };
}

function childAt(node: Node, segment: string): { value: Node; key?: Node } | undefined {
  const children = node.children ?? [];
  if (node.type === 'array') {
    const index = arrayIndexOf(segment, children.length);
    return index === undefined ? undefined : { value: children[index] };
  }
  if (node.type !== 'object') return undefined;
  for (const property of children) {
    const [key, value] = property.children ?? [];
    if (key && value && key.value === segment) return { value, key };
  }
  return undefined;
}
