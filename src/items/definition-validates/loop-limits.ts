import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import type { WorkflowGraph } from '../../b3os/graph.js';
import { definitionGraph, WORKFLOW_KINDS } from './file-views.js';

/** B3OS limits, validated at create and run time (platform docs: concepts, actions overview). */
export const MAX_LOOP_NESTING = 10;
export const MAX_NODES = 10_000;

/** `for-each` nodes nest at most ten levels, and a definition holds at most 10,000 nodes. */
export const loopLimits = defineFileRule(
  {
    id: 'definition-validates/loop-limits',
    description: 'for-each nesting at most 10 levels and at most 10,000 nodes per definition',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, _ctx, { report }) => {
      const found = file.derive(definitionGraph);
      if (!found) return;
      const { doc, view, graph } = found;
      if (view.nodes.length > MAX_NODES) {
        report({
          message: `the definition has ${view.nodes.length.toLocaleString('en-US')} nodes; B3OS accepts at most ${MAX_NODES.toLocaleString('en-US')}`,
          hint: 'split the workflow, e.g. hand work to another workflow with a `trigger-workflow` node',
          location: locationIn(doc, `${view.pointer}/nodes`, true),
        });
      }
      const depth = loopDepths(graph);
      for (const node of view.nodes) {
        if (node.type !== 'for-each' || depth.get(node.id) !== MAX_LOOP_NESTING) continue;
        report({
          message: `\`for-each\` node \`${node.id}\` is nested ${MAX_LOOP_NESTING + 1} levels deep; B3OS allows at most ${MAX_LOOP_NESTING}`,
          hint: 'flatten the loops, e.g. iterate over a combined list, or move the inner loops into a workflow started with `trigger-workflow`',
          location: locationIn(doc, node.pointer, true),
        });
      }
    },
  },
);

/**
 * For each node, the most `for-each` loops whose body holds it (through `loopBody` and then any
 * edges), over all routes into it. A `for-each` node with depth d is at nesting level d + 1.
 * Iterative longest-path walk in topological order; nodes on or after a cycle are left out
 * (`cycle` reports those).
 */
export function loopDepths(graph: WorkflowGraph): Map<string, number> {
  const indegree = new Map<string, number>();
  for (const edge of graph.edges) indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
  const best = new Map<string, number>();
  const depth = new Map<string, number>();
  const queue = [...graph.ids].filter((id) => !indegree.has(id));
  for (let i = 0; i < queue.length; i++) {
    const here = best.get(queue[i]) ?? 0;
    depth.set(queue[i], here);
    for (const edge of graph.children(queue[i])) {
      best.set(edge.to, Math.max(best.get(edge.to) ?? 0, here + (edge.kind === 'loopBody' ? 1 : 0)));
      const left = indegree.get(edge.to)! - 1;
      indegree.set(edge.to, left);
      if (left === 0) queue.push(edge.to);
    }
  }
  return depth;
}
