import type { DefinitionView } from './definition.js';

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
  /** Every node from which `id` can be reached, through children and loop bodies (not `id` itself). */
  ancestors(id: string): ReadonlySet<string>;
  /** The `for-each` nodes whose loop body holds `id` (directly or through descendants), innermost first. */
  enclosingLoops(id: string): readonly string[];
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
  const ancestorCache = new Map<string, ReadonlySet<string>>();
  const ancestors = (id: string) => {
    let hit = ancestorCache.get(id);
    if (!hit) ancestorCache.set(id, (hit = walk([id], (n) => (byChild.get(n) ?? []).map((e) => e.from), false)));
    return hit;
  };
  return {
    ids,
    edges,
    triggers,
    parents: (id) => byChild.get(id) ?? [],
    children: (id) => byParent.get(id) ?? [],
    ancestors,
    enclosingLoops: (id) => loopsAround(id, byChild, ancestors),
    reachable: () => walk(triggers, (n) => (byParent.get(n) ?? []).map((e) => e.to), true),
  };
}

/** Loops around a node, innermost first: a loop encloses `id` when one of its body entries is `id` or an ancestor of it. */
function loopsAround(id: string, byChild: Map<string, Edge[]>, ancestors: (id: string) => ReadonlySet<string>): string[] {
  const loops: string[] = [];
  for (const candidate of [id, ...ancestors(id)]) {
    for (const edge of byChild.get(candidate) ?? []) {
      if (edge.kind === 'loopBody' && edge.from !== id && !loops.includes(edge.from)) loops.push(edge.from);
    }
  }
  // The innermost loop has the most enclosing loops itself; nested loops are ancestors of inner ones.
  return loops.sort((a, b) => ancestors(b).size - ancestors(a).size);
}

/** Iterative breadth-first walk; `includeStart` keeps the start nodes in the result. */
function walk(start: readonly string[], next: (id: string) => readonly string[], includeStart: boolean): Set<string> {
  const seen = new Set<string>(includeStart ? start : []);
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
