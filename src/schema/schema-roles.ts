/** How a value inside a JSON Schema is read: a schema, a map of names to schemas, or plain data. */
export type Role = 'schema' | 'map' | 'data';

const MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'required', 'enumNames', 'dependentRequired']);
export const REF_KEYWORDS = ['$ref', '$dynamicRef', '$recursiveRef'];

/** The role of the value under `key` (or an array entry) of a value with role `parent`. */
export function childRole(parent: Role, key: string, inArray: boolean): Role {
  if (parent === 'data') return 'data';
  if (parent === 'map') return 'schema';
  if (inArray) return 'schema'; // allOf / anyOf / oneOf / prefixItems / items entries
  if (DATA_KEYWORDS.has(key)) return 'data';
  return MAP_KEYWORDS.has(key) ? 'map' : 'schema';
}
