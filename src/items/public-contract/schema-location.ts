import { locateInSdkSchema } from '../../catalog/sdk-locate.js';
import type { CatalogEntry } from '../../catalog/types.js';
import { ITEMS_SEGMENT, type SchemaChange } from '../../contract/schema-diff.js';
import { locationIn, startOf } from '../../core/locate.js';
import type { RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import { pointerOf } from '../../parse/document.js';

/** `payloadSchema` (input) or `resultSchema` (output). */
export type SchemaName = 'payloadSchema' | 'resultSchema';

const SECTIONS = ['actions', 'logicActions', 'triggers'] as const;

/**
 * Where a schema change shows in the head definition: the field's schema in `action.json`,
 * `trigger.json`, the pinned catalog or an SDK `schema.ts` (the enclosing schema object for a
 * removed field). Undefined for a definition that is not in the repository (live, shipped).
 */
export async function changeLocation(ctx: RuleContext, entry: CatalogEntry, schema: SchemaName, change: SchemaChange): Promise<Location | undefined> {
  return schemaLocation(ctx, entry, schema, change.kind === 'field-removed' ? change.path.slice(0, -1) : change.path);
}

/** Where the subschema at a property path (`[]` for the items of an array) is written in the head definition; as `changeLocation`. */
export async function schemaLocation(ctx: RuleContext, entry: CatalogEntry, schema: SchemaName, path: readonly string[]): Promise<Location | undefined> {
  const inSchema = [schema, ...path.flatMap((segment) => (segment === ITEMS_SEGMENT ? ['items'] : ['properties', segment]))];
  if (entry.source === 'pinned') {
    const doc = await ctx.head.document(entry.origin);
    const at = doc ? entryPath(doc.value, entry.type) : undefined;
    return doc && at ? locationIn(doc, pointerOf([...at, ...inSchema])) : startOf(entry.origin);
  }
  return entry.source === 'repository' ? definitionLocation(ctx, entry, pointerOf(inSchema)) : undefined;
}

/**
 * Where a changed type was defined when its head entry is not in the repository (it now comes
 * from the live or shipped catalog): a pinned entry at the list that held it in the catalog file
 * at head (line 1 when the list or file is gone), a repository definition at its base file.
 */
export async function formerLocation(ctx: RuleContext, base: CatalogEntry): Promise<Location> {
  if (base.source !== 'pinned') return startOf(base.origin.endsWith('.json') ? base.origin : `${base.origin}/schema.ts`);
  const at = entryPath((await ctx.base?.document(base.origin))?.value, base.type);
  const doc = await ctx.head.document(base.origin);
  return doc && at ? locationIn(doc, pointerOf([at[0]])) : startOf(base.origin);
}

/** A pointer into a repository definition: JSON files by pointer, SDK folders at the property in `schema.ts`. */
export async function definitionLocation(ctx: RuleContext, entry: CatalogEntry, pointer: string): Promise<Location> {
  if (entry.origin.endsWith('.json')) {
    const doc = await ctx.head.document(entry.origin);
    return doc ? locationIn(doc, pointer) : startOf(entry.origin);
  }
  const schemaTs = `${entry.origin}/schema.ts`;
  const source = await ctx.head.text(schemaTs);
  const position = source === undefined ? undefined : locateInSdkSchema(source, pointer);
  return position ? { file: schemaTs, ...position } : startOf(ctx.head.has(schemaTs) ? schemaTs : entry.origin);
}

/** The path of a type's entry in a pinned catalog file, e.g. `['actions', 3]`. */
function entryPath(value: unknown, type: string): Array<string | number> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const section of SECTIONS) {
    const list = (value as Record<string, unknown>)[section];
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((item: unknown) => (item as { type?: unknown } | null)?.type === type);
    if (index >= 0) return [section, index];
  }
  return undefined;
}
