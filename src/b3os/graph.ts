import type { DefinitionView } from './definition.js';
import { graphOrder, type GraphOrder } from './graph-order.js';

/** How a node is reached from its parent. */
export type EdgeKind = 'children' | 'loopBody';

/** One edge of the workflow graph: `from` lists `to` in its `children` or `loopBody`. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  /** Index of `to` in the parent's list, for locating the reference. */
  readonly index: number;
}

/**
 * The node graph of one definition. Only edges to existing nodes are kept (dangling references
 * are a separate finding). Walks are iterative, so hostile depths cannot overflow the stack.
 */
export interface WorkflowGraph {
  readonly ids: ReadonlySet<string>;
  readonly edges: readonly Edge[];
  /** Trigger nodes: `triggerNodeIds` when given, else `root` when it exists. */
  readonly triggers: readonly string[];
  parents(id: string): readonly Edge[];
  children(id: string): readonly Edge[];
  /**
   * True when `id` can be reached from `candidate` through children and loop bodies (a node is its
   * own ancestor only on a cycle). Near constant time on workflow-shaped graphs.
   */
  isAncestor(candidate: string, id: string): boolean;
  /**
   * How many loop bodies (directly or through descendants) every path from the triggers to `id`
   * runs through at least; the loops may differ between paths. A node inside a loop body on some
   * paths only has depth 0: it also runs outside any loop.
   */
  loopDepth(id: string): number;
  /** True when the `for-each` node `loop` holds `id` in its loop body on every path from the triggers. */
  loopEncloses(loop: string, id: string): boolean;
  /** True when some path to `id` runs through a loop body, even if `loopDepth(id)` is 0. */
  inSomeLoop(id: string): boolean;
  /** Nodes reachable from the trigger nodes. */
  reachable(): ReadonlySet<string>;
}

/** Builds the graph of a definition. */
export function buildGraph(view: DefinitionView): WorkflowGraph {
  const ids = new Set(view.nodes.map((n) => n.id));
  const edges: Edge[] = [];
  for (const node of view.nodes) {
    for (const kind of ['children', 'loopBody'] as const) {
      const list = node.value[kind];
      if (!Array.isArray(list)) continue;
      list.forEach((to, index) => {
        if (typeof to === 'string' && ids.has(to)) edges.push({ from: node.id, to, kind, index });
      });
    }
  }
  const byParent = groupBy(edges, (e) => e.from);
  const byChild = groupBy(edges, (e) => e.to);
  const triggers = view.triggerNodeIds?.filter((t) => ids.has(t)) ?? (ids.has('root') ? ['root'] : []);
  const parents = (id: string) => byChild.get(id) ?? [];
  const children = (id: string) => byParent.get(id) ?? [];
  // Built on first use: only the expression rules ask order questions.
  let order: GraphOrder | undefined;
  const ordered = () => (order ??= graphOrder({ ids, triggers, parents, children }));
  return {
    ids,
    edges,
    triggers,
    parents,
    children,
    isAncestor: (candidate, id) => ordered().reaches(candidate, id),
    loopDepth: (id) => ordered().loopDepth(id),
    loopEncloses: (loop, id) => ordered().loopEncloses(loop, id),
    inSomeLoop: (id) => ordered().inSomeLoop(id),
    reachable: () => walk(triggers, (n) => children(n).map((e) => e.to)),
  };
}

/** Iterative breadth-first walk; the start nodes are in the result. */
function walk(start: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(start);
  const queue = [...start];
  for (let i = 0; i < queue.length; i++) {
    for (const n of next(queue[i])) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
