import { changeOf, type Direction, type SchemaChange } from './schema-change.js';
import { isClosed, propertiesOf, requiredOf } from './schema-view.js';

/**
 * The differences in the properties of one object node: fields added or removed, and fields that
 * became required or optional. A name counts as a field when it is declared under `properties` or
 * listed in `required`. Fields are visited in name order.
 */
export function fieldChanges(before: unknown, after: unknown, path: readonly string[], direction: Direction): SchemaChange[] {
  const was = fieldsOf(before);
  const now = fieldsOf(after);
  const names = [...new Set([...was.keys(), ...now.keys()])].sort();
  const changes: SchemaChange[] = [];
  for (const name of names) {
    const field = [...path, name];
    const wasRequired = was.get(name);
    const nowRequired = now.get(name);
    if (nowRequired === undefined) changes.push(removed(field, direction, isClosed(after)));
    else if (wasRequired === undefined) changes.push(changeOf(field, nowRequired ? 'field-added-required' : 'field-added-optional', direction, `new ${nowRequired ? 'required' : 'optional'} field`));
    else if (wasRequired !== nowRequired) changes.push(changeOf(field, nowRequired ? 'became-required' : 'became-optional', direction, nowRequired ? 'optional → required' : 'required → optional'));
  }
  return changes;
}

/** Removing a field breaks readers always, and writers only when the schema now refuses it. */
function removed(path: readonly string[], direction: Direction, closed: boolean): SchemaChange {
  const breaking = direction === 'output' || closed;
  const detail = direction === 'output' ? 'field removed' : closed ? 'field removed and additionalProperties is false' : 'field removed; still accepted as an additional property';
  return { path, kind: 'field-removed', breaking, detail };
}

/** Field name → required. */
function fieldsOf(schema: unknown): Map<string, boolean> {
  const required = requiredOf(schema);
  const fields = new Map<string, boolean>();
  for (const name of propertiesOf(schema).keys()) fields.set(name, required.has(name));
  for (const name of required) fields.set(name, true);
  return fields;
}
