import { definitionOf, type DefinitionNode, type DefinitionView } from '../../b3os/definition.js';
import { buildGraph, type Edge, type WorkflowGraph } from '../../b3os/graph.js';
import type { Catalog } from '../../catalog/types.js';
import type { RuleContext } from '../../core/rule.js';
import type { ParsedDocument } from '../../parse/document.js';
import { affectedDefinitionFiles } from './files.js';
import { isLegacyDefinition } from './legacy.js';

/** The node graph of one affected workflow or template file. */
export interface DefinitionGraph {
  readonly doc: ParsedDocument;
  readonly view: DefinitionView;
  readonly graph: WorkflowGraph;
  /** The node with this id (the graph only holds ids of existing nodes). */
  node(id: string): DefinitionNode;
}

/** Graphs per parsed document: the graph rules share one build per file and run (documents are immutable). */
const built = new WeakMap<ParsedDocument, DefinitionGraph | null>();

/**
 * The graphs of every affected workflow and template with a `definition.nodes` map. Files in the
 * legacy generation-A format are left out: `legacy-format` reports them once, instead of every
 * graph rule reporting the consequences.
 */
export async function affectedGraphs(ctx: RuleContext): Promise<DefinitionGraph[]> {
  const out: DefinitionGraph[] = [];
  for (const { doc } of await affectedDefinitionFiles(ctx, ['workflow', 'template'])) {
    let graph = built.get(doc);
    if (graph === undefined) built.set(doc, (graph = graphOf(doc)));
    if (graph) out.push(graph);
  }
  return out;
}

function graphOf(doc: ParsedDocument): DefinitionGraph | null {
  const view = definitionOf(doc.value);
  if (!view || isLegacyDefinition(doc.value)) return null;
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  return { doc, view, graph: buildGraph(view), node: (id) => byId.get(id)! };
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
