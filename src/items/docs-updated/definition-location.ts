import type { CatalogEntry } from '../../catalog/types.js';
import { locationIn, startOf } from '../../core/locate.js';
import type { RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import type { ParsedDocument } from '../../parse/document.js';
import { formatOf } from '../../parse/document.js';

/** The parsed JSON/YAML definition file of a repository entry (`action.json`, `trigger.json`), if it is one. */
export async function definitionDocument(ctx: RuleContext, entry: CatalogEntry): Promise<ParsedDocument | undefined> {
  return formatOf(entry.origin) ? ctx.head.document(entry.origin) : undefined;
}

/**
 * Where a top-level field of a repository definition is: its value in `action.json`/`trigger.json`,
 * or the first line naming it in an SDK folder's `execute.ts` (the entry's origin is the folder),
 * else that file's first line.
 */
export async function definitionFieldLocation(ctx: RuleContext, entry: CatalogEntry, field: string): Promise<Location> {
  const doc = await definitionDocument(ctx, entry);
  if (doc) return locationIn(doc, `/${field}`);
  const file = `${entry.origin}/execute.ts`;
  const lines = (await ctx.head.text(file))?.split(/\r\n|\r|\n/) ?? [];
  const index = lines.findIndex((line) => line.includes(field));
  return index < 0 ? startOf(file) : { file, line: index + 1, column: lines[index].indexOf(field) + 1 };
}
