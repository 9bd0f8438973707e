import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import type { Edge, WorkflowGraph } from '../../b3os/graph.js';
import { definitionGraph, WORKFLOW_KINDS } from './file-views.js';
import { edgePointer } from './graphs.js';

/**
 * A cycle as found by the walk: the edge that closes it and the nodes around it, first node
 * repeated at the end. Long cycles keep their first and last nodes with `…` between them.
 */
export interface Cycle {
  readonly closing: Edge;
  readonly path: readonly string[];
}

/** Cycles longer than this many nodes are shortened in messages (a hostile file could list thousands). */
const SHOWN = 8;

/** The graph has no cycle through `children` and `loopBody`; each cycle is reported once, at its closing reference. */
export const cycle = defineFileRule(
  {
    id: 'definition-validates/cycle',
    description: 'the node graph has no cycle through children and loopBody',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, _ctx, { report }) => {
      const found = file.derive(definitionGraph);
      if (!found) return;
      const { doc, graph, node } = found;
      for (const { closing, path } of cyclesOf(graph)) {
        report({
          message: `node \`${closing.from}\` lists \`${closing.to}\` in \`${closing.kind}\`, closing the cycle ${path.map((id) => (id === '…' ? id : `\`${id}\``)).join(' → ')}`,
          hint: 'remove the reference that leads back; to repeat steps per item use a `for-each` node with `loopBody`',
          location: locationIn(doc, edgePointer(node(closing.from), closing)),
        });
      }
    },
  },
);

/**
 * Every cycle a depth-first walk meets, once per closing parent → child pair, starting from the
 * trigger nodes and then from the remaining nodes in definition order. Iterative: a chain of
 * thousands of nodes cannot overflow the stack.
 */
export function cyclesOf(graph: WorkflowGraph): Cycle[] {
  const done = new Set<string>();
  const found: Cycle[] = [];
  const closed = new Set<string>();
  for (const start of [...graph.triggers, ...graph.ids]) {
    if (done.has(start)) continue;
    const path: string[] = [start];
    const onPath = new Map([[start, 0]]);
    const cursor: number[] = [0];
    while (path.length > 0) {
      const id = path[path.length - 1];
      const edge = graph.children(id)[cursor[cursor.length - 1]++];
      if (edge === undefined) {
        done.add(id);
        onPath.delete(id);
        path.pop();
        cursor.pop();
      } else if (onPath.has(edge.to)) {
        const key = JSON.stringify([edge.from, edge.to]);
        if (!closed.has(key)) found.push({ closing: edge, path: shortened(path, onPath.get(edge.to)!, edge.to) });
        closed.add(key);
      } else if (!done.has(edge.to)) {
        onPath.set(edge.to, path.length);
        path.push(edge.to);
        cursor.push(0);
      }
    }
  }
  return found;
}

function shortened(path: readonly string[], from: number, closingTo: string): string[] {
  const length = path.length - from;
  if (length <= SHOWN) return [...path.slice(from), closingTo];
  return [...path.slice(from, from + SHOWN / 2), '…', ...path.slice(path.length - SHOWN / 2), closingTo];
}
