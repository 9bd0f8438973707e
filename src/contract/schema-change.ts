/**
 * What one difference between two versions of a payload or result schema is, and whether it
 * breaks the workflows that use the type.
 */

/** `input` for a payload schema (workflows write it), `output` for a result schema (workflows read it). */
export type Direction = 'input' | 'output';

/** The kinds of difference the diff reports. */
export type SchemaChangeKind =
  | 'field-added-required'
  | 'field-added-optional'
  | 'field-removed'
  | 'became-required'
  | 'became-optional'
  | 'type-narrowed'
  | 'type-widened'
  | 'type-changed'
  | 'enum-added'
  | 'enum-removed'
  | 'enum-value-removed'
  | 'enum-value-added'
  | 'pattern-changed'
  | 'pattern-removed'
  | 'format-changed'
  | 'format-removed'
  | 'bound-tightened'
  | 'bound-loosened'
  | 'additional-properties-closed'
  | 'additional-properties-opened'
  | 'composition-changed'
  | 'constraint-added'
  | 'constraint-changed'
  | 'constraint-removed'
  | 'not-compared';

/**
 * One difference. `path` is the property path from the schema root: property names, and `[]` for
 * the `items` of an array (`['orders', '[]', 'id']`); `[]` alone is the root. `detail` is a short
 * human description of the before and after values.
 */
export interface SchemaChange {
  readonly path: readonly string[];
  readonly kind: SchemaChangeKind;
  readonly breaking: boolean;
  readonly detail: string;
}

/** The path segment that stands for the `items` schema of an array. */
export const ITEMS_SEGMENT = '[]';

/**
 * Breaking in each direction, for the kinds whose verdict depends on nothing else. Input: anything
 * that accepts less. Output: anything a reader may no longer get, or may get in a new shape.
 * `field-removed` on input is decided by the caller: breaking only when the schema is closed.
 */
const BREAKING: Readonly<Record<Exclude<SchemaChangeKind, 'field-removed'>, Readonly<Record<Direction, boolean>>>> = {
  'field-added-required': { input: true, output: false },
  'field-added-optional': { input: false, output: false },
  'became-required': { input: true, output: false },
  'became-optional': { input: false, output: true },
  'type-narrowed': { input: true, output: false },
  'type-widened': { input: false, output: true },
  'type-changed': { input: true, output: true },
  'enum-added': { input: true, output: false },
  'enum-removed': { input: false, output: false },
  'enum-value-removed': { input: true, output: false },
  'enum-value-added': { input: false, output: false },
  'pattern-changed': { input: true, output: false },
  'pattern-removed': { input: false, output: false },
  'format-changed': { input: true, output: false },
  'format-removed': { input: false, output: false },
  'bound-tightened': { input: true, output: false },
  'bound-loosened': { input: false, output: false },
  'additional-properties-closed': { input: true, output: false },
  'additional-properties-opened': { input: false, output: false },
  // Subschemas under anyOf/oneOf/$ref… are not compared member by member: fail closed.
  'composition-changed': { input: true, output: true },
  // Assertion keywords not modelled value by value (multipleOf, uniqueItems…): a new or changed one may accept less.
  'constraint-added': { input: true, output: false },
  'constraint-changed': { input: true, output: false },
  'constraint-removed': { input: false, output: false },
  // Anything else the diff does not read (patternProperties, tuples, unknown keywords…): fail closed.
  'not-compared': { input: true, output: true },
};

/** Builds a change whose verdict follows from its kind and direction. */
export function changeOf(path: readonly string[], kind: Exclude<SchemaChangeKind, 'field-removed'>, direction: Direction, detail: string): SchemaChange {
  return { path, kind, breaking: BREAKING[kind][direction], detail };
}

/** The path as people read it after the schema name: `orders[].id`; '' for the root. */
export function pathText(path: readonly string[]): string {
  return path.reduce((text, segment) => (segment === ITEMS_SEGMENT ? `${text}[]` : text === '' ? segment : `${text}.${segment}`), '');
}
