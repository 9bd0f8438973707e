import type { DefinitionNode } from '../../b3os/definition.js';
import type { Edge } from '../../b3os/graph.js';
import type { Catalog } from '../../catalog/types.js';

export type { DefinitionGraph } from '../../b3os/definition-graph.js';

/** How the catalog classifies a node's type; undefined when the type is missing or unknown (not judged here). */
export function isTriggerType(catalog: Catalog, node: DefinitionNode): boolean | undefined {
  if (node.type === undefined) return undefined;
  const entry = catalog.lookup(node.type);
  return entry === undefined ? undefined : entry.kind === 'trigger';
}

/** The JSON pointer of the reference an edge stands for: the entry in the parent's `children` or `loopBody`. */
export function edgePointer(from: DefinitionNode, edge: Edge): string {
  return `${from.pointer}/${edge.kind}/${edge.index}`;
}
