/**
 * Upstream guards: what an `if` node establishes about a value on the branch a node runs in. A
 * node is guarded by an `if` when every path from a trigger to it passes that `if` on the same
 * branch (`then`: the condition held; `else`: it did not). Conditions are the platform's
 * `{ "$and" | "$or": [ { "{{value}}": { "$op": operand } } ] }` (b3os-platform.md §2.5).
 */
import { isObject, type DefinitionNode } from '../b3os/definition.js';
import type { WorkflowGraph } from '../b3os/graph.js';
import type { JsonValue } from '../parse/document.js';
import { referenceKey, valueAt } from './values.js';

/** The graph of one definition and its nodes by id (what the definition rules derive per file). */
export interface GuardedGraph {
  readonly graph: WorkflowGraph;
  node(id: string): DefinitionNode;
}

/** One comparison that holds for a value whenever the guarded node runs. */
export interface Constraint {
  /** The `if` node that establishes it. */
  readonly guard: string;
  readonly op: string;
  /** A literal operand (operands that are expressions establish nothing known before the run). */
  readonly operand: JsonValue;
}

const NEGATED: Readonly<Record<string, string>> = { $eq: '$ne', $ne: '$eq', $gt: '$lte', $gte: '$lt', $lt: '$gte', $lte: '$gt', $in: '$nin', $nin: '$in' };

/**
 * Every comparison on the value with reference key `key` (see `referenceKey`) that holds whenever
 * `nodeId` runs. Empty when no `if` on every path to the node tests it, or the node is unreachable.
 */
export function constraintsOn(def: GuardedGraph, nodeId: string, key: string): Constraint[] {
  const out: Constraint[] = [];
  const scoped = scopedKey(def, nodeId, key);
  if (scoped === undefined || !def.graph.reachable().has(nodeId)) return out;
  for (const guard of ifNodes(def)) {
    if (guard.id === nodeId || !def.graph.isAncestor(guard.id, nodeId)) continue;
    const condition = platformCondition(payloadOf(guard).condition);
    for (const [branch, atoms] of [['then', whenTrue(condition)], ['else', whenFalse(condition)]] as const) {
      const mine = atoms.filter((atom) => scopedKey(def, guard.id, atom.key) === scoped);
      if (mine.length > 0 && everyPathTakes(def, guard.id, branch, nodeId)) out.push(...mine.map(({ op, operand }) => ({ guard: guard.id, op, operand })));
    }
  }
  return out;
}

/**
 * True when some `if` on every path to `nodeId` restricts the value `key` to what the workflow
 * accepts (see `restricts`). A test that lets any value through that the caller can choose
 * (`$exists`, `$ne`, `$notExists`, `$contains`, a bound on text) is no guard. The funds rules read
 * `constraintsOn` with their own, stricter bounds.
 */
export function isRestricted(def: GuardedGraph, nodeId: string, key: string): boolean {
  return constraintsOn(def, nodeId, key).some(restricts);
}

const BOUND = new Set(['$lt', '$lte', '$gt', '$gte']);
const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?$/;
/** `https://host[:port]/…`: a fixed https origin, closed by the `/` after the host so no other host extends it. */
const HTTPS_ORIGIN = /^https:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]+)?\//i;

/**
 * A comparison that restricts a value: `$eq` and `$in` (a fixed list), a bound on a number (the
 * operand a number or a numeric string), `$startsWith` a fixed https origin (`https://host/`).
 */
export function restricts({ op, operand }: Constraint): boolean {
  if (op === '$eq') return true;
  if (op === '$in') return Array.isArray(operand);
  if (BOUND.has(op)) return typeof operand === 'number' || (typeof operand === 'string' && NUMBER.test(operand.trim()));
  if (op === '$startsWith') return typeof operand === 'string' && HTTPS_ORIGIN.test(operand);
  return false;
}

/**
 * The key of a value as seen from node `at`, comparable across nodes: `$item`, `$index` and
 * `$parent_item` name the item of the innermost (or next) loop around `at`, so they become that
 * loop's `$for.<loop>` key; undefined when no single loop holds `at`. Storage is undefined too:
 * any run, or anyone with org access, can rewrite it between the check and the send.
 */
function scopedKey(def: GuardedGraph, at: string, key: string): string | undefined {
  const [kind, ...rest] = key.split(':');
  const path = rest.join(':');
  if (kind === 'storage' || kind === 'org') return undefined;
  if (kind !== 'item' && kind !== 'index' && kind !== 'parent-item') return key;
  const loop = loopsAround(def, at)[kind === 'parent-item' ? 1 : 0];
  if (loop === undefined) return undefined;
  return `for:${loop}:${kind === 'index' ? 'index' : 'item'}${path ? `.${path}` : ''}`;
}

/** The `for-each` nodes that hold `id` in their loop body on every path, innermost first. */
function loopsAround(def: GuardedGraph, id: string): string[] {
  const loops = nodesOfType(def, 'for-each').map((n) => n.id).filter((loop) => loop !== id && def.graph.loopEncloses(loop, id));
  const depth = (loop: string) => loops.filter((outer) => outer !== loop && def.graph.loopEncloses(outer, loop)).length;
  return loops.sort((a, b) => depth(b) - depth(a));
}

const typeCache = new WeakMap<WorkflowGraph, Map<string, DefinitionNode[]>>();

function nodesOfType(def: GuardedGraph, type: string): DefinitionNode[] {
  let byType = typeCache.get(def.graph);
  if (!byType) typeCache.set(def.graph, (byType = new Map()));
  let found = byType.get(type);
  if (!found) byType.set(type, (found = [...def.graph.ids].map((id) => def.node(id)).filter((n) => n.type === type)));
  return found;
}

function ifNodes(def: GuardedGraph): DefinitionNode[] {
  return nodesOfType(def, 'if');
}

/** True when no path from a trigger reaches `target` without passing `guard` on `branch`. */
function everyPathTakes(def: GuardedGraph, guard: string, branch: string, target: string): boolean {
  const seen = new Set<string>(def.graph.triggers);
  const queue = [...def.graph.triggers];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    if (id === target) return false;
    for (const edge of def.graph.children(id)) {
      if (seen.has(edge.to) || (id === guard && def.node(edge.to).value.branch === branch)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return true;
}

interface Atom {
  readonly key: string;
  readonly op: string;
  readonly operand: JsonValue;
}

/**
 * The condition when its top level is exactly one `$and` or `$or` list, as the platform writes it;
 * undefined otherwise (an extra key, a bare comparison): what the platform makes of those is not
 * stated, so they establish nothing.
 */
function platformCondition(condition: JsonValue | undefined): JsonValue | undefined {
  if (!isObject(condition)) return undefined;
  const keys = Object.keys(condition);
  return keys.length === 1 && (keys[0] === '$and' || keys[0] === '$or') && Array.isArray(condition[keys[0]]) ? condition : undefined;
}

/** Comparisons that hold when the condition is true: every conjunct of `$and`, a lone `$or` member. */
function whenTrue(condition: unknown): Atom[] {
  if (!isObject(condition)) return [];
  return Object.entries(condition).flatMap(([name, value]): Atom[] => {
    if (name === '$and') return Array.isArray(value) ? value.flatMap(whenTrue) : [];
    if (name === '$or') return Array.isArray(value) && value.length === 1 ? whenTrue(value[0]) : [];
    return atomsOf(name, value);
  });
}

/** Comparisons that hold when the condition is false: the negation of every `$or` member, of a lone test. */
function whenFalse(condition: unknown): Atom[] {
  if (!isObject(condition)) return [];
  const entries = Object.entries(condition);
  // "not (a and b)" fixes neither a nor b.
  if (entries.length !== 1) return [];
  const [name, value] = entries[0];
  if (name === '$or') return Array.isArray(value) ? value.flatMap(whenFalse) : [];
  if (name === '$and') return Array.isArray(value) && value.length === 1 ? whenFalse(value[0]) : [];
  const atoms = atomsOf(name, value);
  return atoms.length === 1 && Object.hasOwn(NEGATED, atoms[0].op) ? [{ ...atoms[0], op: NEGATED[atoms[0].op] }] : [];
}

/** `{"{{value}}": {"$lte": 5}}` → one atom per operator; a bare operand means `$eq`. */
function atomsOf(test: string, value: JsonValue): Atom[] {
  const key = referenceKey(test);
  if (key === undefined) return [];
  const operators = isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((op) => op.startsWith('$'));
  const pairs: Array<[string, JsonValue]> = operators ? Object.entries(value as Record<string, JsonValue>) : [['$eq', value]];
  return pairs.filter(([, operand]) => valueAt(operand, '').kind === 'literal').map(([op, operand]) => ({ key, op, operand }));
}

function payloadOf(node: DefinitionNode): Record<string, JsonValue> {
  const payload = node.value.payload;
  return isObject(payload) ? payload : {};
}
