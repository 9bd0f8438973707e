import type * as t from '@babel/types';
import { segmentsOf } from '../parse/pointer.js';
import { schemaNode } from './sdk-schema.js';
import { keyName, parseModule, positionOf, resolveConst, type Position } from './ts-module.js';

/**
 * Where the value at a JSON pointer into an SDK action's schemas (`/payloadSchema/properties/x`)
 * is written in its `schema.ts`: the property (key and value) when the pointer names one, else
 * the nearest ancestor that is written as a literal. Undefined when the file does not parse or
 * declares no such schema. Read by parsing, never by running the file.
 */
export function locateInSdkSchema(source: string, pointer: string): Position | undefined {
  const [name, ...path] = segmentsOf(pointer) ?? [];
  const parsed = name === undefined ? undefined : parseModule(source);
  if (!parsed?.ok) return undefined;
  const root = schemaNode(parsed, name);
  if (!root) return undefined;
  let found: { at: t.Node; value: t.Node } = { at: root, value: root };
  for (const segment of path) {
    const next = childOf(found.value, segment, parsed.consts);
    if (!next) break;
    found = next;
  }
  return positionOf(found.at);
}

/** The member `segment` of an object or array literal (through top-level consts): where it is written, and its value. */
function childOf(node: t.Node, segment: string, consts: ReadonlyMap<string, t.Expression>): { at: t.Node; value: t.Node } | undefined {
  const resolved = resolveConst(node, consts);
  if (resolved.type === 'ObjectExpression') {
    const property = [...resolved.properties].reverse().find((p) => p.type === 'ObjectProperty' && !p.computed && keyName(p.key) === segment);
    return property?.type === 'ObjectProperty' ? { at: property, value: property.value } : undefined;
  }
  if (resolved.type !== 'ArrayExpression') return undefined;
  const index = Number(segment);
  const element = Number.isInteger(index) && resolved.elements.slice(0, index + 1).every((e) => e?.type !== 'SpreadElement') ? resolved.elements[index] : undefined;
  return element ? { at: element, value: element } : undefined;
}
