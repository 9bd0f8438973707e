import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { definitionGraph, WORKFLOW_KINDS } from './file-views.js';
import { isTriggerType } from './graphs.js';

/**
 * Every node can be reached from a trigger node through `children` and `loopBody`. Trigger-typed
 * nodes missing from `triggerNodeIds` count as starts too (`trigger-nodes` reports them), and a
 * definition without any trigger is left to `trigger-nodes`.
 */
export const unreachableNode = defineFileRule(
  {
    id: 'definition-validates/unreachable-node',
    description: 'every node is reachable from a trigger node',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const found = file.derive(definitionGraph);
      if (!found) return;
      const { doc, view, graph } = found;
      const starts = new Set(graph.triggers);
      for (const node of view.nodes) if (isTriggerType(ctx.catalog, node) === true) starts.add(node.id);
      if (starts.size === 0) return;
      const reached = reachableFrom(starts, (id) => graph.children(id).map((e) => e.to));
      const named = graph.triggers.length === 1 ? `the trigger \`${graph.triggers[0]}\`` : 'any trigger node';
      for (const node of view.nodes) {
        if (reached.has(node.id)) continue;
        report({
          message: `node \`${node.id}\` is not reachable from ${named}, so it never runs`,
          hint: `list \`${node.id}\` in the \`children\` (or a \`for-each\` node's \`loopBody\`) of the node it should run after, or delete it`,
          location: locationIn(doc, node.pointer, true),
        });
      }
    },
  },
);

/** Iterative breadth-first walk; the result holds the start nodes. */
function reachableFrom(starts: ReadonlySet<string>, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let i = 0; i < queue.length; i++) {
    for (const id of next(queue[i])) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}
