import type { Components } from './graph-order.js';

/** A persistent list of loops, innermost first; lists share their tails. */
export interface Loops {
  readonly loop: string;
  readonly next: Loops | undefined;
  readonly size: number;
}

/** "Not reached yet": the top of the must-dataflow, the identity of intersection. */
const TOP = null;
type Fact = Loops | undefined | typeof TOP;

/**
 * Per node, the loops whose body holds it on every path from a start: the intersection over its
 * incoming edges of the parent's loops, plus the parent itself for a `loopBody` edge. Starts are
 * the triggers; for nodes no trigger reaches, the nodes of components nothing else leads into.
 * Components are solved in topological order, a cyclic one until its facts stop shrinking.
 */
export function loopsOnEveryPath(triggers: readonly string[], t: Components): readonly (Loops | undefined)[] {
  const n = t.ids.length;
  const { fromTrigger, isStart } = startsOf(triggers, t);
  const facts: Fact[] = new Array<Fact>(n).fill(TOP);
  const members: number[][] = Array.from({ length: t.count }, () => []);
  for (let v = 0; v < n; v++) members[t.comp[v]].push(v);
  const meet = (v: number): Fact => {
    let acc: Fact = TOP;
    t.inEdges[v].forEach((edge, k) => {
      const u = t.pred[v][k];
      const fact = facts[u];
      if (fact === TOP || (fromTrigger[v] && !fromTrigger[u])) return;
      // A loop reached again through its own body (a cycle) is not entered twice.
      const entersLoop = edge.kind === 'loopBody' && !(t.cyclic[t.comp[u]] && has(fact, edge.from));
      const contribution = entersLoop ? { loop: edge.from, next: fact, size: (fact?.size ?? 0) + 1 } : fact;
      acc = acc === TOP ? contribution : intersect(acc, contribution);
    });
    return acc;
  };
  for (let c = t.count - 1; c >= 0; c--) {
    for (const v of members[c]) if (isStart(v)) facts[v] = undefined;
    for (let changed = true; changed; ) {
      changed = false;
      for (const v of members[c]) {
        if (isStart(v)) continue;
        const next = meet(v);
        // Facts only shrink from TOP, so a change shows in the size.
        if (facts[v] === TOP ? next !== TOP : next !== TOP && sizeOf(next) !== sizeOf(facts[v])) [facts[v], changed] = [next, true];
      }
      if (!t.cyclic[c]) break;
    }
  }
  return facts.map((f) => (f === TOP ? undefined : f));
}

/**
 * Per node, the fewest loop bodies a path from a start runs through to reach it (0-1 breadth-first
 * search: a `loopBody` edge costs 1, a `children` edge 0). Unlike `loopsOnEveryPath` the loops need
 * not be the same on every path: a node in the bodies of two loops is inside a loop either way, which
 * is all `$item` and `$index` need.
 */
export function fewestLoopsOnAnyPath(triggers: readonly string[], t: Components): Int32Array {
  const n = t.ids.length;
  const { fromTrigger, isStart } = startsOf(triggers, t);
  // Edges out of each node with their cost; a `children` edge next to a `loopBody` one wins as cost 0.
  const out: Array<Array<[to: number, cost: number]>> = Array.from({ length: n }, () => []);
  t.inEdges.forEach((edges, v) => edges.forEach((edge, k) => out[t.pred[v][k]].push([v, edge.kind === 'loopBody' ? 1 : 0])));
  const depth = new Int32Array(n).fill(-1);
  let level: number[] = [];
  for (let v = 0; v < n; v++) if (isStart(v)) (depth[v] = 0), level.push(v);
  for (let d = 0; level.length > 0; d++) {
    const next: number[] = [];
    // `level` grows while it is walked: cost-0 edges stay at this depth.
    for (let i = 0; i < level.length; i++) {
      const u = level[i];
      if (depth[u] !== d) continue;
      for (const [v, cost] of out[u]) {
        if ((fromTrigger[v] && !fromTrigger[u]) || (depth[v] !== -1 && depth[v] <= d + cost)) continue;
        depth[v] = d + cost;
        (cost === 0 ? level : next).push(v);
      }
    }
    level = next;
  }
  return depth.map((x) => Math.max(x, 0));
}

/** Where paths start: the triggers, and for nodes no trigger reaches, the entries of their own component. */
function startsOf(triggers: readonly string[], t: Components): { fromTrigger: Uint8Array; isStart: (v: number) => boolean } {
  const n = t.ids.length;
  const fromTrigger = reachedFrom(triggers.flatMap((id) => t.index.get(id) ?? []), t);
  const entered = new Uint8Array(t.count);
  for (let v = 0; v < n; v++) for (const u of t.pred[v]) if (t.comp[u] !== t.comp[v]) entered[t.comp[v]] = 1;
  const triggerSet = new Set(triggers);
  return { fromTrigger, isStart: (v: number) => (fromTrigger[v] ? triggerSet.has(t.ids[v]) : !entered[t.comp[v]]) };
}

/** Per node, 1 when some path reaches it through a loop body: the nodes reachable from `loopBody` entries. */
export function inSomeLoopBody(t: Components): Uint8Array {
  const entries = t.ids.flatMap((_, v) => (t.inEdges[v].some((e) => e.kind === 'loopBody') ? [v] : []));
  return reachedFrom(entries, t);
}

function reachedFrom(starts: readonly number[], t: Components): Uint8Array {
  const seen = new Uint8Array(t.ids.length);
  const queue = [...starts];
  for (const s of starts) seen[s] = 1;
  for (let i = 0; i < queue.length; i++) {
    for (const w of t.succ[queue[i]]) if (!seen[w]) queue.push(w), (seen[w] = 1);
  }
  return seen;
}

const sizeOf = (l: Loops | undefined) => l?.size ?? 0;

function has(list: Loops | undefined, loop: string): boolean {
  for (let l = list; l; l = l.next) if (l.loop === loop) return true;
  return false;
}

/** The loops in both lists, in the order of `a`; shares a tail of `a` when the kept loops are one. */
function intersect(a: Loops | undefined, b: Loops | undefined): Loops | undefined {
  if (a === b || a === undefined) return a;
  const inB = new Set<string>();
  for (let l = b; l; l = l.next) inB.add(l.loop);
  const kept: string[] = [];
  let tail: Loops | undefined;
  for (let l: Loops | undefined = a; l; l = l.next) {
    if (!inB.has(l.loop)) {
      tail = undefined;
      continue;
    }
    kept.push(l.loop);
    tail ??= l;
  }
  // `tail` is the first node of the last run of kept loops; when that run holds them all, share it.
  if (tail && tail.size === kept.length) return tail;
  let out: Loops | undefined;
  for (let i = kept.length - 1; i >= 0; i--) out = { loop: kept[i], next: out, size: kept.length - i };
  return out;
}
