import { isObject, waitedTriggerType, type DefinitionNode } from '../../b3os/definition.js';
import { ITEMS_SEGMENT, type Direction, type SchemaChange } from '../../contract/schema-diff.js';
import { propertiesOf, recordOf } from '../../contract/schema-view.js';
import type { JsonValue } from '../../parse/document.js';
import type { UsingDefinition } from './definitions.js';
import { resultReadsIn, type ResultRead } from './result-reads.js';

/** What a field's users are looked up against: the type, and its head schema for the direction. */
export interface FieldContext {
  readonly type: string;
  readonly direction: Direction;
  readonly headSchema: unknown;
  /** True for trigger types: `{{$trigger.…}}` reads their result. */
  readonly isTrigger: boolean;
  /**
   * True when the changed input schema is the one a `wait` node's `triggerConfig` is read with:
   * the trigger's `payloadSchema` when it has no `waitPayloadSchema` (b3os-platform.md §2.5).
   */
  readonly configuresWaits?: boolean;
}

/**
 * The workflows and templates (by label, sorted, once each) that a change reaches. Input: nodes
 * of the type whose payload sets the field; for a new required field, nodes that do not set it;
 * for a newly closed object, nodes that set a property it does not declare. Output: expressions
 * that read the field, something below it, or an object that holds it (`{{q.result}}` passes the
 * whole result on) from the result of a node of the type. With `configuresWaits`, the
 * `triggerConfig` of `wait` nodes that wait for the trigger is input too.
 */
export function usersOfChange(definitions: readonly UsingDefinition[], change: SchemaChange, field: FieldContext): string[] {
  const users = new Set<string>();
  for (const definition of definitions) {
    const nodes = definition.view.nodes.filter((n) => n.type === field.type);
    const configs = field.configuresWaits ? waitConfigsOf(definition.view.nodes, field.type) : [];
    if (nodes.length === 0 && configs.length === 0) continue;
    const uses =
      field.direction === 'input'
        ? [...nodes.map((n) => n.value.payload), ...configs].some((input) => writes(input, change, field.headSchema))
        : reads(definition, nodes, change.path, field.isTrigger);
    if (uses) users.add(definition.label);
  }
  return [...users].sort();
}

/** The `triggerConfig` of each `wait` node that waits for the trigger (absent: not configured, nothing to compare). */
function waitConfigsOf(nodes: readonly DefinitionNode[], trigger: string): JsonValue[] {
  return nodes.flatMap((n) => {
    const payload = n.value.payload;
    return waitedTriggerType(n) === trigger && isObject(payload) && Object.hasOwn(payload, 'triggerConfig') ? [payload.triggerConfig] : [];
  });
}

function writes(payload: JsonValue | undefined, change: SchemaChange, headSchema: unknown): boolean {
  if (change.kind === 'field-added-required' || change.kind === 'became-required') {
    const name = change.path[change.path.length - 1];
    return valuesAt(payload, change.path.slice(0, -1)).some((parent) => isObject(parent) && !Object.hasOwn(parent, name));
  }
  if (change.kind === 'additional-properties-closed') {
    const declared = propertiesOf(schemaAt(headSchema, change.path));
    return valuesAt(payload, change.path).some((value) => isObject(value) && Object.keys(value).some((key) => !declared.has(key)));
  }
  return valuesAt(payload, change.path).length > 0;
}

function reads(definition: UsingDefinition, nodes: readonly DefinitionNode[], path: readonly string[], isTrigger: boolean): boolean {
  const ids = new Set(nodes.map((n) => n.id));
  if (isTrigger) ids.add('$trigger');
  return readsOf(definition).some((read) => ids.has(read.nodeId) && (startsWith(read.path, path) || startsWith(path, read.path)));
}

const readCache = new WeakMap<UsingDefinition, ResultRead[]>();

function readsOf(definition: UsingDefinition): ResultRead[] {
  let hit = readCache.get(definition);
  if (!hit) readCache.set(definition, (hit = definition.view.nodes.flatMap((node) => resultReadsIn(node.value))));
  return hit;
}

/** True when `prefix` is a prefix of `path`; `[]` on either side matches any array index. */
function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((segment, i) => segment === path[i] || isIndexPair(segment, path[i]));
}

function isIndexPair(a: string, b: string): boolean {
  return (a === ITEMS_SEGMENT && /^\d+$/.test(b)) || (b === ITEMS_SEGMENT && /^\d+$/.test(a));
}

/** The values at a property path of a payload (`[]` fans out over array elements). */
function valuesAt(root: JsonValue | undefined, path: readonly string[]): JsonValue[] {
  let values: JsonValue[] = root === undefined ? [] : [root];
  for (const segment of path) {
    const next: JsonValue[] = [];
    for (const value of values) {
      if (segment === ITEMS_SEGMENT && Array.isArray(value)) for (const item of value) next.push(item);
      else if (isObject(value) && Object.hasOwn(value, segment)) next.push(value[segment]);
    }
    values = next;
  }
  return values;
}

/** The subschema at a property path, or undefined. */
function schemaAt(schema: unknown, path: readonly string[]): unknown {
  let node = schema;
  for (const segment of path) {
    node = segment === ITEMS_SEGMENT ? recordOf(node).items : propertiesOf(node).get(segment);
  }
  return node;
}
