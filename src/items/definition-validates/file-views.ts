import { definitionOf, type DefinitionView } from '../../b3os/definition.js';
import { definitionGraphOf, type DefinitionGraph } from '../../b3os/definition-graph.js';
import { buildGraph, type WorkflowGraph } from '../../b3os/graph.js';
import type { RuleFile } from '../../core/rule.js';
import type { ObjectKind } from '../../core/types.js';
import { expressionSites, type ExpressionSite } from './expression-sites.js';

/**
 * What the definition rules derive from one workflow or template file, each computed once per file
 * and shared through `file.derive` (the engine drops them when the file's checks are done).
 */

/** The kinds whose files hold a workflow definition. */
export const WORKFLOW_KINDS: readonly ObjectKind[] = ['workflow', 'template'];

/** The file's `definition.nodes`; undefined when it has none. */
export function definitionView(file: RuleFile): DefinitionView | undefined {
  return definitionOf(file.doc.value);
}

/** The node graph of a definition in the current format (the legacy format has none: `legacy-format` reports it). */
export function definitionGraph(file: RuleFile): DefinitionGraph | undefined {
  return definitionGraphOf(file.doc, { view: () => file.derive(definitionView), graph: () => file.derive(nodeGraph)! });
}

/** The node graph of any definition with nodes, the legacy format included (expressions are read in both). */
export function nodeGraph(file: RuleFile): WorkflowGraph | undefined {
  const view = file.derive(definitionView);
  return view && buildGraph(view);
}

/** The strings of the nodes' payloads and connectors that hold expressions, scanned. */
export function expressionSitesOf(file: RuleFile): readonly ExpressionSite[] {
  const view = file.derive(definitionView);
  return view ? [...expressionSites(view)] : [];
}
