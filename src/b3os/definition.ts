import type { JsonValue } from '../parse/document.js';
import { hasExpression } from './expressions.js';

/** One node of a workflow definition, with the JSON pointer of the node object in its file. */
export interface DefinitionNode {
  readonly id: string;
  readonly pointer: string;
  readonly type: string | undefined;
  readonly value: Readonly<Record<string, JsonValue>>;
}

/** The nodes of a workflow or template file (`definition.nodes`), tolerant of any shape. */
export interface DefinitionView {
  readonly pointer: string;
  readonly nodes: readonly DefinitionNode[];
  readonly triggerNodeIds: readonly string[] | undefined;
}

/** Reads `definition.nodes` of a create-workflow or create-template body; undefined when absent. */
export function definitionOf(file: JsonValue | undefined): DefinitionView | undefined {
  const definition = member(file, 'definition');
  const nodes = member(definition, 'nodes');
  if (!isObject(nodes)) return undefined;
  const list: DefinitionNode[] = [];
  for (const id of Object.keys(nodes)) {
    const node = nodes[id];
    if (!isObject(node)) continue;
    const type = typeof node.type === 'string' ? node.type : undefined;
    list.push({ id, pointer: `/definition/nodes/${escapeSegment(id)}`, type, value: node });
  }
  const triggers = member(definition, 'triggerNodeIds');
  const triggerNodeIds = Array.isArray(triggers) ? triggers.filter((t): t is string => typeof t === 'string') : undefined;
  return { pointer: '/definition', nodes: list, triggerNodeIds };
}

/** The node types a definition uses. */
export function nodeTypesOf(view: DefinitionView | undefined): Set<string> {
  return new Set((view?.nodes ?? []).flatMap((n) => (n.type ? [n.type] : [])));
}

/**
 * The trigger types a definition's `wait` nodes wait for (`payload.triggerType`, b3os-platform.md
 * §2.5), literal names only: a type written as an expression is not known before run time.
 */
export function waitedTriggerTypesOf(view: DefinitionView | undefined): Set<string> {
  const types = new Set<string>();
  for (const node of view?.nodes ?? []) {
    const type = waitedTriggerType(node);
    if (type !== undefined && !hasExpression(type)) types.add(type);
  }
  return types;
}

/** The `payload.triggerType` of a `wait` node, when it is a string. */
export function waitedTriggerType(node: DefinitionNode): string | undefined {
  const payload = node.value.payload;
  if (node.type !== 'wait' || !isObject(payload)) return undefined;
  return typeof payload.triggerType === 'string' ? payload.triggerType : undefined;
}

/** The types a definition depends on: its node types and the triggers its `wait` nodes wait for. */
export function referencedTypesOf(view: DefinitionView | undefined): Set<string> {
  return new Set([...nodeTypesOf(view), ...waitedTriggerTypesOf(view)]);
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** RFC 6901 escaping of one pointer segment. */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
