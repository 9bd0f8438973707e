/**
 * What a docs table says about a JSON Schema object, and how a page's row is compared with it.
 * Types are JSON Schema type names; `string | number` is a union; `string[]` on a page equals
 * `array`. The only tolerance is `integer` ≈ `number`: a page may write either for either.
 */

/** One top-level property of an object schema, as a docs table row would state it. */
export interface SchemaField {
  readonly name: string;
  /** The type as written on a page, e.g. `string | number`; undefined when the schema does not say. */
  readonly typeText?: string;
  /** `conditional` when the field is required only in an `anyOf`/`oneOf` branch: either answer is fine. */
  readonly required: boolean | 'conditional';
}

type Json = Readonly<Record<string, unknown>>;

/** The top-level fields of an object schema, in declaration order; undefined when it is not one. */
export function schemaFields(schema: unknown): SchemaField[] | undefined {
  if (!isRecord(schema)) return undefined;
  const properties = schema.properties;
  if (properties !== undefined && !isRecord(properties)) return undefined;
  const required = stringsOf(schema.required);
  const conditional = new Set([...branchesOf(schema)].flatMap((branch) => stringsOf(branch.required)));
  return Object.entries(properties ?? {}).map(([name, property]) => {
    const typeText = typeTextOf(property);
    return {
      name,
      ...(typeText ? { typeText } : {}),
      required: required.includes(name) ? true : conditional.has(name) ? 'conditional' : false,
    };
  });
}

/** The type names a property schema allows, joined as `a | b`; undefined when it does not say. */
export function typeTextOf(property: unknown): string | undefined {
  const names = typeNamesOf(property, 0);
  return names && names.length > 0 ? names.join(' | ') : undefined;
}

function typeNamesOf(property: unknown, depth: number): string[] | undefined {
  if (!isRecord(property) || depth > 4) return undefined;
  if (typeof property.type === 'string') return [property.type];
  if (Array.isArray(property.type)) return unique(property.type.filter((t): t is string => typeof t === 'string'));
  if (Array.isArray(property.enum)) return unique(property.enum.map(valueTypeOf));
  if ('const' in property) return [valueTypeOf(property.const)];
  const branches = Array.isArray(property.oneOf) ? property.oneOf : Array.isArray(property.anyOf) ? property.anyOf : undefined;
  if (branches) {
    const all = branches.map((b) => typeNamesOf(b, depth + 1));
    return all.every((names) => names !== undefined) ? unique(all.flat() as string[]) : undefined;
  }
  if (isRecord(property.properties)) return ['object'];
  if (property.items !== undefined) return ['array'];
  return undefined;
}

/** The comparable form of a type text from a schema or a page: sorted names, `integer` read as `number`. */
export function normalizeTypes(text: string): string[] {
  const names = text
    .replace(/[`*_]/g, '')
    .toLowerCase()
    .split(/\||\bor\b/)
    .map((part) => part.trim().replace(/\s+/g, ''))
    .filter((part) => part !== '')
    .map((part) => (part.endsWith('[]') || /^array(<.*>)?$/.test(part) ? 'array' : part === 'integer' ? 'number' : part));
  return unique(names).sort();
}

/** True when a page's type text states the same types as the schema's (see the module comment). */
export function sameTypes(schemaText: string, pageText: string): boolean {
  const a = normalizeTypes(schemaText);
  const b = normalizeTypes(pageText);
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** A page's Required cell: `yes`/`no` (also `true`/`false`); undefined for anything else. */
export function requiredFlagOf(cell: string): boolean | undefined {
  const text = cell.replace(/[`*_]/g, '').trim().toLowerCase();
  if (text === 'yes' || text === 'true') return true;
  if (text === 'no' || text === 'false') return false;
  return undefined;
}

function valueTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function branchesOf(schema: Json): Json[] {
  const lists = [schema.anyOf, schema.oneOf].filter(Array.isArray) as unknown[][];
  return lists.flat().filter(isRecord);
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
