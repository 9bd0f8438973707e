import type { CatalogEntry, CatalogProblem } from '../../catalog/types.js';
import { readObjects } from '../../core/catalog-loader.js';
import { objectKey } from '../../core/repo-index.js';
import type { RepoView } from '../../core/repo-view.js';
import type { RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import { formerLocation, schemaLocation, type SchemaName } from './schema-location.js';

/** A schema of a changed type that is known on one side of the change only, so it was not compared. */
export interface UncomparedSchema {
  readonly schema: SchemaName;
  /** The side the schema could not be read at. */
  readonly missingAt: 'base' | 'head';
  /** Why, as a clause: "`payloadSchema` … is not a static literal …", or "it is no longer declared". */
  readonly reason: string;
  /** How to make the schema comparable again, for the kind of definition the type now has. */
  readonly hint: string;
  readonly location: Location;
}

/**
 * The schema of a changed type when it was read at one side and not at the other. Gone at head it
 * is always reported (unreadable or no longer declared: either way the change cannot be compared);
 * missing at base only when the base definition could not be read there (a schema declared for the
 * first time is a new contract, not a change).
 */
export async function uncomparedSchema(ctx: RuleContext, base: CatalogEntry, head: CatalogEntry, schema: SchemaName): Promise<UncomparedSchema | undefined> {
  if ((base[schema] === undefined) === (head[schema] === undefined)) return undefined;
  const missingAt = head[schema] === undefined ? 'head' : 'base';
  const view = missingAt === 'head' ? ctx.head : ctx.base;
  const problem = view ? await readProblem(ctx, view, missingAt === 'head' ? head : base, schema) : undefined;
  if (missingAt === 'base' && !problem) return undefined;
  const reason = problem?.message ?? (head.source === 'repository' || head.source === 'pinned' ? 'it is no longer declared' : `the type now comes from the ${head.source} catalog, which has no \`${schema}\` for it`);
  return { schema, missingAt, reason, hint: hintFor(head), location: (await schemaLocation(ctx, head, schema, [])) ?? (await formerLocation(ctx, base)) };
}

function hintFor(head: CatalogEntry): string {
  if (head.source === 'repository' && !head.origin.endsWith('.json')) {
    return 'write the schema as a static object literal (top-level consts of the same file may be referenced) or declare it again, so its change can be compared';
  }
  if (head.source === 'repository') return `declare the schema again in \`${head.origin}\` as a JSON object, so its change can be compared`;
  if (head.source === 'pinned') return 'pull the catalog again with `b3os-readiness catalog pull`, or restore the schema of the entry';
  return 'keep the type in `.b3os/catalog.json` (pinned with `b3os-readiness catalog pull`) so its schema can be compared';
}

/** The first problem reading the schema of a repository definition at one side, if any. */
async function readProblem(ctx: RuleContext, view: RepoView, entry: CatalogEntry, schema: SchemaName): Promise<CatalogProblem | undefined> {
  if (entry.source !== 'repository' || (entry.kind !== 'action' && entry.kind !== 'trigger')) return undefined;
  const object = view.index.objects.get(objectKey(entry.kind, entry.type));
  if (!object) return undefined;
  const pointer = `/${schema}`;
  const problems = (await readObjects(view, ctx.settings, [object])).flatMap((read) => read.problems);
  return problems.find((p) => p.pointer === pointer || p.pointer.startsWith(`${pointer}/`));
}
