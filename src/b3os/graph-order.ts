import type { Edge } from './graph.js';
import { fewestLoopsOnAnyPath, inSomeLoopBody, loopsOnEveryPath } from './graph-loops.js';

/** Order facts of a workflow graph that the expression rules ask per node. */
export interface GraphOrder {
  /** True when a path of one or more edges leads from `from` to `to` (a node reaches itself only on a cycle). */
  reaches(from: string, to: string): boolean;
  /**
   * How many loop bodies every path to `id` runs through at least (the loops may differ between
   * paths). Paths start at the triggers; a node no trigger reaches is judged from the entries of
   * its own part of the graph.
   */
  loopDepth(id: string): number;
  /** True when `loop` holds `id` in its loop body on every path to it (time: the loop depth). */
  loopEncloses(loop: string, id: string): boolean;
  /** True when some path to `id` runs through a loop body (`loopDepth` may still be 0). */
  inSomeLoop(id: string): boolean;
}

/** The adjacency a `GraphOrder` is built from: every node id, the triggers, edges out of and into a node. */
export interface Adjacency {
  readonly ids: ReadonlySet<string>;
  readonly triggers: readonly string[];
  children(id: string): readonly Edge[];
  parents(id: string): readonly Edge[];
}

/**
 * Builds the order facts in time linear in the graph (times the loop nesting depth at joins):
 * strongly connected components (Tarjan, iterative), a depth-first interval per node, and the
 * loops around each node as a must-dataflow (intersection at joins) solved in topological order.
 */
export function graphOrder(graph: Adjacency): GraphOrder {
  const t = tarjan(graph);
  const loops = loopsOnEveryPath(graph.triggers, t);
  let some: Uint8Array | undefined;
  let fewest: Int32Array | undefined;
  const loopsOf = (id: string) => {
    const at = t.index.get(id);
    return at === undefined ? undefined : loops[at];
  };
  const stamp = new Int32Array(t.ids.length);
  let query = 0;
  const inTree = (a: number, b: number) => t.pre[a] <= t.pre[b] && t.post[b] <= t.post[a];
  const reaches = (fromId: string, toId: string): boolean => {
    const a = t.index.get(fromId);
    const b = t.index.get(toId);
    if (a === undefined || b === undefined) return false;
    const ca = t.comp[a];
    if (ca === t.comp[b]) return a !== b || t.cyclic[ca] === 1;
    // Tarjan numbers a component after every component it reaches, so `to` must have a lower number.
    if (t.comp[b] > ca) return false;
    if (inTree(a, b)) return true;
    // Backwards from `to`, only through nodes `from` could reach; a depth-first subtree of `from` proves it.
    const queue = [b];
    stamp[b] = ++query;
    for (let i = 0; i < queue.length; i++) {
      for (const u of t.pred[queue[i]]) {
        if (stamp[u] === query || t.comp[u] > ca) continue;
        if (t.comp[u] === ca || inTree(a, u)) return true;
        stamp[u] = query;
        queue.push(u);
      }
    }
    return false;
  };
  return {
    reaches,
    inSomeLoop: (id) => {
      const at = t.index.get(id);
      return at !== undefined && (some ??= inSomeLoopBody(t))[at] === 1;
    },
    loopDepth: (id) => {
      const at = t.index.get(id);
      return at === undefined ? 0 : (fewest ??= fewestLoopsOnAnyPath(graph.triggers, t))[at];
    },
    loopEncloses: (loop, id) => {
      for (let l = loopsOf(id); l; l = l.next) if (l.loop === loop) return true;
      return false;
    },
  };
}

/** The strongly connected components of a graph, with depth-first numbers. */
export interface Components {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly succ: readonly number[][];
  readonly pred: readonly number[][];
  /** Edges into each node, parallel to `pred`. */
  readonly inEdges: readonly (readonly Edge[])[];
  /** Component number per node; a component's number is higher than that of every component it reaches. */
  readonly comp: Int32Array;
  readonly cyclic: Uint8Array;
  readonly count: number;
  readonly pre: Int32Array;
  readonly post: Int32Array;
}

/** Iterative Tarjan over all nodes (triggers first), recording depth-first pre- and post-order numbers. */
export function tarjan(graph: Adjacency): Components {
  const ids = [...new Set([...graph.triggers, ...graph.ids])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const succ = ids.map((id) => graph.children(id).map((e) => index.get(e.to)!));
  const inEdges = ids.map((id) => graph.parents(id));
  const pred = inEdges.map((edges) => edges.map((e) => index.get(e.from)!));
  const n = ids.length;
  const [pre, post, low, comp, pos] = [0, 0, 0, 0, 0].map(() => new Int32Array(n).fill(-1));
  const onStack = new Uint8Array(n);
  const selfLoop = new Uint8Array(n);
  const cyclic = new Uint8Array(n);
  const stack: number[] = [];
  const calls: number[] = [];
  let clock = 0;
  let finished = 0;
  let count = 0;
  const enter = (v: number) => {
    pre[v] = low[v] = clock++;
    pos[v] = 0;
    stack.push(v);
    onStack[v] = 1;
    calls.push(v);
  };
  for (let r = 0; r < n; r++) {
    if (pre[r] >= 0) continue;
    enter(r);
    while (calls.length > 0) {
      const v = calls[calls.length - 1];
      if (pos[v] < succ[v].length) {
        const w = succ[v][pos[v]++];
        if (w === v) selfLoop[v] = 1;
        if (pre[w] < 0) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v], pre[w]);
        continue;
      }
      calls.pop();
      post[v] = finished++;
      if (calls.length > 0) low[calls[calls.length - 1]] = Math.min(low[calls[calls.length - 1]], low[v]);
      if (low[v] !== pre[v]) continue;
      let w: number;
      let size = 0;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        comp[w] = count;
        size++;
      } while (w !== v);
      cyclic[count++] = size > 1 || selfLoop[v] ? 1 : 0;
    }
  }
  return { ids, index, succ, pred, inEdges, comp, cyclic, count, pre, post };
}
