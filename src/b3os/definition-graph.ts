import type { ParsedDocument } from '../parse/document.js';
import { definitionOf, type DefinitionNode, type DefinitionView } from './definition.js';
import { buildGraph, type WorkflowGraph } from './graph.js';
import { isLegacyDefinition } from './legacy.js';

/** The node graph of one workflow or template file. */
export interface DefinitionGraph {
  readonly doc: ParsedDocument;
  readonly view: DefinitionView;
  readonly graph: WorkflowGraph;
  /** The node with this id (the graph only holds ids of existing nodes). */
  node(id: string): DefinitionNode;
}

/** Graphs per parsed document: every asker shares one build per file and run (documents are immutable). */
const built = new WeakMap<ParsedDocument, DefinitionGraph | null>();

/**
 * The graph of a workflow or template file with a `definition.nodes` map; undefined for any
 * other file, and for the legacy generation-A format (`legacy-format` reports it once).
 */
export function definitionGraphOf(doc: ParsedDocument, parts: GraphParts = FROM_SCRATCH): DefinitionGraph | undefined {
  let graph = built.get(doc);
  if (graph === undefined) built.set(doc, (graph = graphOf(doc, parts)));
  return graph ?? undefined;
}

/** How the view and the graph are had: derived afresh, or taken from what a caller already derived. */
export interface GraphParts {
  view(): DefinitionView | undefined;
  graph(view: DefinitionView): WorkflowGraph;
}

const FROM_SCRATCH: GraphParts = { view: () => undefined, graph: buildGraph };

function graphOf(doc: ParsedDocument, parts: GraphParts): DefinitionGraph | null {
  const view = parts === FROM_SCRATCH ? definitionOf(doc.value) : parts.view();
  if (!view || isLegacyDefinition(doc.value)) return null;
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  return { doc, view, graph: parts.graph(view), node: (id) => byId.get(id)! };
}
