import { distance } from 'fastest-levenshtein';
import { isObject, type DefinitionNode } from '../../b3os/definition.js';
import type { Reference } from '../../b3os/expressions.js';
import type { WorkflowGraph } from '../../b3os/graph.js';
import type { ObjectKind, Severity } from '../../core/types.js';
import { arrayAt } from './expression-sites.js';

/** What a definition file declares that expressions may read. `undefined`: not declared, so not checked. */
export interface ExpressionScope {
  readonly kind: ObjectKind;
  readonly graph: WorkflowGraph;
  readonly variables: ReadonlySet<string>;
  readonly inputs: ReadonlySet<string> | undefined;
  readonly props: ReadonlySet<string>;
  /** The existing node id nearest to a missing one (edit distance ≤ 2), remembered; stops suggesting after a budget. */
  nearestNode(missing: string): string | undefined;
}

const SUGGESTION_BUDGET = 200;

/** A finding about one reference, without its location. */
export interface ScopeFinding {
  readonly message: string;
  readonly hint: string;
  readonly severity?: Severity;
}

/** The names a workflow or template file declares: `variableDefs`, `inputSchema`, `templateProps`. */
export function scopeOf(kind: ObjectKind, file: unknown, graph: WorkflowGraph): ExpressionScope {
  const names = (list: readonly unknown[] | undefined, field: string) =>
    new Set((list ?? []).flatMap((entry) => (isObject(entry) && typeof entry[field] === 'string' ? [entry[field]] : [])));
  const inputList = arrayAt(file, 'definition', 'inputSchema');
  const nearest = new Map<string, string | undefined>();
  return {
    kind,
    graph,
    variables: names(arrayAt(file, 'definition', 'variableDefs'), 'name'),
    inputs: inputList && names(inputList, 'key'),
    props: names(arrayAt(file, 'templateProps'), 'key'),
    nearestNode: (missing) => remember(nearest, missing, () => (nearest.size < SUGGESTION_BUDGET ? nearestOf(graph.ids, missing) : undefined)),
  };
}

function remember<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key)!;
}

function nearestOf(ids: ReadonlySet<string>, missing: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const id of ids) {
    if (Math.abs(id.length - missing.length) > bestDistance) continue;
    const d = distance(id, missing);
    if (d < bestDistance || (d === bestDistance && best !== undefined && id < best)) [best, bestDistance] = [id, d];
  }
  return best;
}

/** The problem with one reference read by `node`, if any. */
export function checkReference(scope: ExpressionScope, node: DefinitionNode, ref: Reference, source: string): ScopeFinding | undefined {
  const reads = `node \`${node.id}\` reads \`${source}\``;
  switch (ref.kind) {
    case 'node':
      return checkNode(scope, node.id, ref.nodeId!, reads);
    case 'item':
    case 'index':
    case 'parent-item':
      return checkLoopVariable(scope, node, ref, reads);
    case 'for':
      return checkForLoop(scope, node.id, ref.loopId!, reads);
    case 'vars':
      return scope.variables.has(ref.key!) ? undefined : undeclared(reads, ref.key!, '`definition.variableDefs`', `add \`{ "name": "${ref.key}", "type": … }\` to \`definition.variableDefs\``);
    case 'inputs':
      return !scope.inputs || scope.inputs.has(ref.key!) || blockInputs(node).has(ref.key!)
        ? undefined
        : undeclared(reads, ref.key!, '`definition.inputSchema`', `add \`{ "key": "${ref.key}", "type": … }\` to \`definition.inputSchema\``);
    case 'props':
      return checkProp(scope, ref.key!, reads);
    default:
      return undefined;
  }
}

function checkNode(scope: ExpressionScope, from: string, target: string, reads: string): ScopeFinding | undefined {
  // `root` is also the runtime alias of the trigger that fired the run (OpenAPI `triggerNodeIds`).
  if (target === 'root' || scope.graph.isAncestor(target, from)) return undefined;
  if (!scope.graph.ids.has(target)) {
    const near = scope.nearestNode(target);
    return {
      message: `${reads} but there is no node \`${target}\`${near ? `; did you mean \`${near}\`?` : ''}`,
      hint: near ? `reference \`${near}\`, or add the node \`${target}\`` : `add the node \`${target}\` upstream, or reference an existing node`,
    };
  }
  return {
    message: `${reads} but \`${target}\` is not upstream of it`,
    hint: target === from
      ? 'a node cannot read its own result or payload: read an upstream node'
      : `an expression can read only nodes that ran before it: make \`${target}\` an ancestor of \`${from}\`, or read another node`,
  };
}

function checkLoopVariable(scope: ExpressionScope, node: DefinitionNode, ref: Reference, reads: string): ScopeFinding | undefined {
  const depth = scope.graph.loopDepth(node.id);
  const needed = ref.kind === 'parent-item' ? 2 : 1;
  if (depth >= needed) return undefined;
  if (node.type === 'for-each' && depth === needed - 1) {
    return {
      message: `${reads} in its own payload, which is evaluated before the loop starts`,
      hint: 'read the loop item in the nodes of `loopBody`; the `for-each` payload gets the array to iterate',
    };
  }
  // A loop variable exists only where every path to the node runs through the loop body.
  const somePaths = scope.graph.inSomeLoop(node.id) ? ' on every path to it' : '';
  if (ref.kind === 'parent-item') {
    return { message: `${reads} but is not inside a nested for-each loop${somePaths}`, hint: 'use `{{$parent_item}}` only in the body of a loop that is itself inside a loop body on every path' };
  }
  return somePaths
    ? { message: `${reads} but is inside a for-each loop body on some paths to it only`, hint: 'read loop variables only in nodes that every path reaches through the loop body; a node that also runs outside the loop cannot read them' }
    : { message: `${reads} outside any for-each loop body`, hint: 'move the node into the `loopBody` of a `for-each` node, or read a node result instead' };
}

function checkForLoop(scope: ExpressionScope, from: string, loop: string, reads: string): ScopeFinding | undefined {
  if (scope.graph.loopEncloses(loop, from)) return undefined;
  if (!scope.graph.ids.has(loop)) return { message: `${reads} but there is no node \`${loop}\``, hint: 'name a `for-each` node whose loop body holds this node' };
  // "on every path" only when some path does run through this loop's body to the node.
  const bodies = scope.graph.children(loop).filter((edge) => edge.kind === 'loopBody');
  const somePaths = bodies.some((edge) => edge.to === from || scope.graph.isAncestor(edge.to, from)) ? ' on every path to it' : '';
  return { message: `${reads} but \`${loop}\` is not a for-each loop around it${somePaths}`, hint: 'name a `for-each` node whose loop body holds this node on every path to it' };
}

function checkProp(scope: ExpressionScope, key: string, reads: string): ScopeFinding | undefined {
  if (scope.kind === 'template') {
    return scope.props.has(key) ? undefined : undeclared(reads, key, '`templateProps`', `add \`{ "key": "${key}", "name": …, "type": … }\` to \`templateProps\``);
  }
  return {
    message: `${reads} in a workflow file; props are inlined when a workflow is created from a template, so a workflow file should not contain \`{{$props…}}\``,
    hint: 'write the concrete value, or keep the prop in a template (`templates/<slug>/template.json`) that declares it in `templateProps`',
    severity: 'warning',
  };
}

function undeclared(reads: string, key: string, where: string, hint: string): ScopeFinding {
  return { message: `${reads} but \`${key}\` is not declared in ${where}`, hint };
}

/** Keys of a block-expanded node's `blockContext.inputMapping`, which also resolve `$inputs`. */
function blockInputs(node: DefinitionNode): ReadonlySet<string> {
  const mapping = isObject(node.value.blockContext) ? node.value.blockContext.inputMapping : undefined;
  return new Set(isObject(mapping) ? Object.keys(mapping) : []);
}
