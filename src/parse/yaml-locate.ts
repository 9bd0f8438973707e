import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { OffsetRange, Resolved, Resolver } from './format-result.js';
import { arrayIndexOf } from './pointer.js';
import { keyStringOf } from './yaml-checks.js';

type Located = { readonly range?: readonly number[] | null } | null | undefined;

/**
 * Locates pointer paths in a composed YAML document. A step into an alias continues at the
 * anchored node (where the value is written); a missing step stops at the deepest node found.
 * Spans end at the last non-blank character: block collections own their trailing newline.
 */
export function yamlResolver(doc: Document.Parsed, text: string): Resolver {
  return (segments) => {
    let node: unknown = doc.contents;
    let key: Located;
    for (const segment of segments) {
      const target = isAlias(node) ? node.resolve(doc) : node;
      const member = memberOf(target, segment);
      if (!member) break;
      node = member.value;
      key = member.key;
    }
    return located(node as Located, key, text);
  };
}

function memberOf(node: unknown, segment: string): { value: unknown; key?: Located } | undefined {
  if (isSeq(node)) {
    const index = arrayIndexOf(segment, node.items.length);
    return index === undefined ? undefined : { value: node.items[index] };
  }
  if (!isMap(node)) return undefined;
  for (const pair of node.items as Pair<Node | null, Node | null>[]) {
    const keyNode = pair.key;
    const matches = keyNode === null ? segment === '' : isScalar(keyNode) && keyStringOf(keyNode) === segment;
    if (matches) return { value: pair.value ?? keyNode, key: keyNode };
  }
  return undefined;
}

function located(node: Located, key: Located, text: string): Resolved {
  const value = rangeOf(node, text);
  const keyRange = key ? rangeOf(key, text) : undefined;
  return keyRange ? { value, key: keyRange } : { value };
}

function rangeOf(node: Located, text: string): OffsetRange {
  const [start = 0, end = start] = node?.range ?? [];
  let trimmed = Math.max(start, end);
  while (trimmed > start && ' \t\r\n'.includes(text[trimmed - 1])) trimmed--;
  return [start, trimmed];
}
