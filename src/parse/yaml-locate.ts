import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { OffsetRange, Resolved, Resolver } from './format-result.js';
import { arrayIndexOf } from './pointer.js';
import { keyStringOf } from './yaml-checks.js';

type Located = { readonly range?: readonly number[] | null } | null | undefined;

/**
 * Locates pointer paths in a composed YAML document. A step into an alias continues at the
 * anchored node (where the value is written); a missing step stops at the deepest node found.
 */
export function yamlResolver(doc: Document.Parsed): Resolver {
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
    return located(node as Located, key);
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

function located(node: Located, key: Located): Resolved {
  const value = rangeOf(node);
  const keyRange = key ? rangeOf(key) : undefined;
  return keyRange ? { value, key: keyRange } : { value };
}

function rangeOf(node: Located): OffsetRange {
  const [start = 0, end = start] = node?.range ?? [];
  return [start, Math.max(start, end)];
}
