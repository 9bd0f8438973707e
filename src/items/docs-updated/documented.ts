import type { CatalogEntry } from '../../catalog/types.js';
import { compilePattern, fillPattern } from '../../core/pattern.js';
import type { RuleContext } from '../../core/rule.js';
import { emptyPage, parseDocsPage, type DocsPage } from '../../docs/page.js';

/** An action or trigger page to check: the type it documents, the page, and the type's catalog entry. */
export interface DocumentedType {
  readonly kind: 'action' | 'trigger';
  readonly id: string;
  readonly page: DocsPage;
  /** The catalog entry of `id` (repository first); undefined when the type is unknown. */
  readonly entry: CatalogEntry | undefined;
}

const UNREADABLE = { line: 1, column: 1, message: 'the page cannot be read as text (binary, not UTF-8, or over the size limit)' };
const cache = new WeakMap<RuleContext, Promise<DocumentedType[]>>();

/**
 * The pages to check in this run: the page of every affected action and trigger that has one, and
 * every affected page at an action or trigger docs path (its type taken from the path). Pages that
 * cannot be read or parsed are included with `page.unparsed` set. Computed once per run.
 */
export function documentedTypes(ctx: RuleContext): Promise<DocumentedType[]> {
  let hit = cache.get(ctx);
  if (!hit) cache.set(ctx, (hit = collect(ctx)));
  return hit;
}

/** The docs path patterns of a kind. */
export function docsPatterns(ctx: RuleContext, kind: 'action' | 'trigger'): readonly string[] {
  return kind === 'action' ? ctx.settings.paths.actionDocs : ctx.settings.paths.triggerDocs;
}

/** The page of a type at head, if any: the first conventional path that exists. */
export function pagePathOf(ctx: RuleContext, kind: 'action' | 'trigger', id: string): string | undefined {
  return docsPatterns(ctx, kind)
    .map((p) => fillPattern(p, id))
    .find((p) => ctx.head.has(p));
}

async function collect(ctx: RuleContext): Promise<DocumentedType[]> {
  const found = new Map<string, { kind: 'action' | 'trigger'; id: string; path: string }>();
  for (const kind of ['action', 'trigger'] as const) {
    for (const object of ctx.affected.objects(kind)) {
      const path = pagePathOf(ctx, kind, object.id);
      if (path) found.set(path, { kind, id: object.id, path });
    }
    const patterns = docsPatterns(ctx, kind).map(compilePattern);
    for (const docs of ctx.affected.objects('docs')) {
      const id = patterns.map((p) => p.match(docs.id)).find((m) => m !== undefined && m !== '');
      if (id !== undefined && !found.has(docs.id)) found.set(docs.id, { kind, id, path: docs.id });
    }
  }
  const out: DocumentedType[] = [];
  for (const { kind, id, path } of [...found.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const text = await ctx.head.text(path);
    const page = text === undefined ? emptyPage(path, UNREADABLE) : parseDocsPage(path, text);
    out.push({ kind, id, page, entry: ctx.catalog.lookup(id) });
  }
  return out;
}

/**
 * True when the entry's schemas are the whole contract, so a page must match them exactly:
 * repository definitions, the pinned catalog and the live API with a complete payload schema.
 * The shipped catalog and partial schemas are compared leniently.
 */
export function isStrict(entry: CatalogEntry): boolean {
  return entry.source !== 'shipped' && entry.schemaCompleteness === 'complete';
}
