import type { CatalogEntry } from '../../catalog/types.js';
import { pinnedFileEntries, repositoryEntries } from '../../core/catalog-loader.js';
import type { RepoView } from '../../core/repo-view.js';
import type { RuleContext } from '../../core/rule.js';

/** A changed node type as it was at the merge base and as it is at head. */
export interface TypeVersions {
  readonly type: string;
  /** Undefined when neither the repository nor the pinned catalog defined it at base. */
  readonly base?: CatalogEntry;
  /** The repository or pinned definition at head, else what the run's catalog knows; undefined when gone. */
  readonly head?: CatalogEntry;
}

/** A type defined at base and at head: its schemas can be compared. */
export type ComparedType = Required<TypeVersions>;
/** A type defined at base and gone at head. */
export type RemovedType = TypeVersions & { readonly base: CatalogEntry; readonly head?: undefined };

export function isCompared(v: TypeVersions): v is ComparedType {
  return v.base !== undefined && v.head !== undefined;
}

export function isRemoved(v: TypeVersions): v is RemovedType {
  return v.base !== undefined && v.head === undefined;
}

const versions = new WeakMap<RuleContext, Promise<TypeVersions[]>>();

/**
 * Both versions of every type in `ctx.affected.changedTypes`, sorted by type. Empty without a
 * base (`--all`): there is nothing to compare against. Computed once per run.
 */
export function changedTypeVersions(ctx: RuleContext): Promise<TypeVersions[]> {
  let hit = versions.get(ctx);
  if (!hit) versions.set(ctx, (hit = load(ctx)));
  return hit;
}

async function load(ctx: RuleContext): Promise<TypeVersions[]> {
  if (!ctx.base || ctx.affected.changedTypes.size === 0) return [];
  const base = await definedAt(ctx.base, ctx);
  const head = await definedAt(ctx.head, ctx);
  return [...ctx.affected.changedTypes].sort().map((type) => {
    const before = base.get(type);
    const after = head.get(type) ?? (before ? ctx.catalog.lookup(type) : undefined);
    return { type, ...(before ? { base: before } : {}), ...(after ? { head: after } : {}) };
  });
}

/** Repository definitions first, then the pinned catalog, as the catalog orders them. */
async function definedAt(view: RepoView, ctx: RuleContext): Promise<Map<string, CatalogEntry>> {
  const byType = new Map<string, CatalogEntry>();
  for (const entry of [...(await repositoryEntries(view, ctx.settings)), ...(await pinnedFileEntries(view))]) {
    if (!byType.has(entry.type)) byType.set(entry.type, entry);
  }
  return byType;
}
