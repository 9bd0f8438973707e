import { definitionOf } from '../b3os/definition.js';
import { buildGraph } from '../b3os/graph.js';
import { movesFunds, type Catalog } from '../catalog/types.js';
import type { RepoView } from './repo-view.js';
import type { ItemResult, WorkflowDiagram } from './types.js';

/** Larger workflows are not drawn: the picture would not help and would eat the comment budget. */
export const MAX_DIAGRAM_NODES = 40;
const MAX_DIAGRAMS = 5;

/**
 * Diagrams of the workflows and templates that have definition errors, marking the nodes whose
 * span holds an error and the nodes that can move funds.
 */
export async function failingDiagrams(items: readonly ItemResult[], head: RepoView, catalog: Catalog): Promise<WorkflowDiagram[]> {
  const errors = items.find((i) => i.id === 'definition-validates')?.findings.filter((f) => f.severity === 'error' && !f.waiver && f.location) ?? [];
  const files = [...new Set(errors.map((f) => f.location!.file))].sort().slice(0, MAX_DIAGRAMS);
  const diagrams: WorkflowDiagram[] = [];
  for (const file of files) {
    const doc = await head.document(file);
    const view = definitionOf(doc?.value);
    if (!doc || !view || view.nodes.length === 0 || view.nodes.length > MAX_DIAGRAM_NODES) continue;
    const lines = errors.filter((f) => f.location!.file === file).map((f) => f.location!.line);
    const graph = buildGraph(view);
    const nodes = view.nodes.map((n) => {
      const span = doc.locate(n.pointer);
      const entry = n.type ? catalog.lookup(n.type) : undefined;
      return {
        id: n.id,
        type: n.type ?? '?',
        trigger: graph.triggers.includes(n.id),
        movesFunds: entry ? movesFunds(entry) : false,
        failing: lines.some((line) => line >= span.line && line <= span.endLine),
      };
    });
    const edges = graph.edges.map((e) => ({ from: e.from, to: e.to, label: e.kind === 'loopBody' ? 'loop' : branchOf(view.nodes.find((n) => n.id === e.to)?.value.branch) }));
    diagrams.push({ file, nodes, edges });
  }
  return diagrams;
}

function branchOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
