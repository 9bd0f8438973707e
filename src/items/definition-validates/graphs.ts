import type { DefinitionNode } from '../../b3os/definition.js';
import { definitionGraphOf, type DefinitionGraph } from '../../b3os/definition-graph.js';
import type { Edge } from '../../b3os/graph.js';
import type { Catalog } from '../../catalog/types.js';
import type { RuleContext } from '../../core/rule.js';
import { affectedDefinitionFiles } from './files.js';

export type { DefinitionGraph } from '../../b3os/definition-graph.js';

/**
 * The graphs of every affected workflow and template with a `definition.nodes` map. Files in the
 * legacy generation-A format are left out: `legacy-format` reports them once, instead of every
 * graph rule reporting the consequences.
 */
export async function affectedGraphs(ctx: RuleContext): Promise<DefinitionGraph[]> {
  const out: DefinitionGraph[] = [];
  for (const { doc } of await affectedDefinitionFiles(ctx, ['workflow', 'template'])) {
    const graph = definitionGraphOf(doc);
    if (graph) out.push(graph);
  }
  return out;
}

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
