import { distance } from 'fastest-levenshtein';
import type { DefinitionNode } from '../../b3os/definition.js';
import { isObject } from '../../b3os/definition.js';
import type { Reference } from '../../b3os/expressions.js';
import type { WorkflowGraph } from '../../b3os/graph.js';
import { propertyNamesOf, schemaAtPath, typesOf, type SchemaObject, type SchemaPathResult } from '../../b3os/schema-path.js';
import type { Catalog } from '../../catalog/types.js';
import type { ScopeFinding } from './expression-scope-checks.js';

/** The result schema a reference walks, and the path below `result`. */
export interface ResultTarget {
  readonly nodeId: string;
  readonly type: string | undefined;
  readonly schema: object;
  readonly path: readonly string[];
  /** True when the schema is the catalog's complete contract (a missing field is then certain). */
  readonly complete: boolean;
}

/**
 * The result a reference reads: `<id>.result…` / `$nodes.<id>.result…` of a node whose result
 * schema is known, or `$trigger…` (and `root.result…` without a `root` node) of a lone trigger.
 */
export function resultTargetOf(ref: Reference, nodes: ReadonlyMap<string, DefinitionNode>, graph: WorkflowGraph, catalog: Catalog): ResultTarget | undefined {
  const loneTrigger = graph.triggers.length === 1 ? nodes.get(graph.triggers[0]) : undefined;
  if (ref.kind === 'trigger') return loneTrigger && targetIn(loneTrigger, ref.path, catalog);
  if (ref.kind !== 'node' || ref.path[0] !== 'result') return undefined;
  const node = nodes.get(ref.nodeId!) ?? (ref.nodeId === 'root' ? loneTrigger : undefined);
  return node && targetIn(node, ref.path.slice(1), catalog);
}

function targetIn(node: DefinitionNode, path: readonly string[], catalog: Catalog): ResultTarget | undefined {
  // A node's own `resultSchema` (set dynamically, e.g. for x402 endpoints) is more specific than the catalog's.
  const own = node.value.resultSchema;
  if (isObject(own)) return { nodeId: node.id, type: node.type, schema: own, path, complete: false };
  const entry = node.type === undefined ? undefined : catalog.lookup(node.type);
  if (!entry?.resultSchema || entry.schemaCompleteness === 'name-only') return undefined;
  return { nodeId: node.id, type: node.type, schema: entry.resultSchema, path, complete: entry.schemaCompleteness === 'complete' };
}

/** The finding for a path that is not in the result schema: an error when certain, else a warning. */
export function missingPathFinding(reads: string, target: ResultTarget, found: Extract<SchemaPathResult, { status: 'missing' }>): ScopeFinding {
  const missing = target.path.slice(0, found.index + 1).join('.');
  const parent = schemaAtPath(target.schema, target.path.slice(0, found.index));
  const names = parent.status === 'found' ? propertyNamesOf(parent.schemas) : [];
  const of = `\`${target.nodeId}\`${target.type ? ` (\`${target.type}\`)` : ''}`;
  const list = names.slice(0, 8).map((n) => `\`${n}\``).join(', ') + (names.length > 8 ? ', …' : '');
  const segment = target.path[found.index];
  const near = names.filter((n) => distance(n, segment) <= 2).sort((a, b) => distance(a, segment) - distance(b, segment))[0];
  const didYouMean = near ? `; did you mean \`${near}\`?` : '';
  const scalar = parent.status === 'found' ? scalarTypes(parent.schemas) : undefined;
  if (scalar && target.complete) {
    const what = found.index === 0 ? `the result of ${of}` : `\`${target.path.slice(0, found.index).join('.')}\``;
    return {
      message: `${reads} but ${what} is ${scalar}; it has no \`${segment}\``,
      hint: found.index === 0 ? `read \`${target.nodeId}.result\` itself` : `read \`${target.path.slice(0, found.index).join('.')}\` itself, or another field of the result`,
    };
  }
  if (found.strict && target.complete) {
    return { message: `${reads} but the result of ${of} has no \`${missing}\`${didYouMean}`, hint: names.length ? `read one of ${list}` : 'read a field the result schema declares' };
  }
  return {
    message: `${reads} but \`${missing}\` is not in the known (partial) result schema of ${of}${didYouMean}`,
    hint: `check the name against the action's documentation${names.length ? ` (known fields: ${list})` : ''}, or pin the full result schema with \`b3os-readiness catalog pull\``,
    severity: 'warning',
  };
}

/** `a string`, `a number or null`…: the types of schemas that are all scalars, else undefined. */
function scalarTypes(schemas: readonly SchemaObject[]): string | undefined {
  const types = typesOf(schemas);
  if (!types || types.has('object') || types.has('array')) return undefined;
  return [...types].sort().map((t) => (t === 'null' ? 'null' : `a ${t}`)).join(' or ');
}
