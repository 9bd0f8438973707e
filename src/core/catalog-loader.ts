import { definitionOf, nodeTypesOf } from '../b3os/definition.js';
import { createCatalog } from '../catalog/catalog.js';
import { pinnedEntries } from '../catalog/pinned.js';
import { actionJsonEntry, sdkActionEntry, triggerJsonEntry } from '../catalog/repository.js';
import { shippedEntries } from '../catalog/shipped.js';
import type { Catalog, CatalogEntry } from '../catalog/types.js';
import type { Affected } from './affected.js';
import { compilePattern } from './pattern.js';
import type { PlatformPort } from './platform.js';
import type { RepoObject } from './repo-index.js';
import type { RepoView } from './repo-view.js';
import type { Settings } from './settings.js';

/**
 * The catalog for one run, in lookup order: repository definitions at head, the pinned snapshot
 * at head, the live API (only for types the first two do not know), then the catalog shipped in
 * the action. Definitions are read as data, never run.
 */
export async function loadCatalog(head: RepoView, settings: Settings, affected: Affected, platform?: PlatformPort): Promise<{ catalog: Catalog; notices: string[] }> {
  const repository = await repositoryEntries(head, settings);
  const pinned = await pinnedFileEntries(head);
  const shipped = shippedEntries();
  if (!platform) return { catalog: createCatalog({ repository, pinned, shipped }), notices: [] };
  const known = createCatalog({ repository, pinned, shipped: [] });
  const wanted = [...(await typesUsed(head, affected))].filter((t) => !known.lookup(t)).sort();
  if (wanted.length === 0) return { catalog: createCatalog({ repository, pinned, shipped }), notices: [] };
  const live = await platform.lookupTypes(wanted);
  const notices = live.failures.map((f) => `live catalog lookup of \`${f.type}\` failed: ${f.reason}`);
  return { catalog: createCatalog({ repository, pinned, live: [...live.entries], shipped }), notices };
}

/** Entries of the repository's own action and trigger definitions at one ref. */
export async function repositoryEntries(head: RepoView, settings: Settings): Promise<CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  for (const action of head.index.ofKind('action')) {
    const entry = await actionEntry(head, settings, action);
    if (entry) entries.push(entry);
  }
  for (const trigger of head.index.ofKind('trigger')) {
    const file = trigger.files.find((f) => matchesAny(settings.paths.triggers, f));
    const value = file ? (await head.document(file))?.value : undefined;
    const entry = file && value !== undefined ? triggerJsonEntry(value, file, trigger.id).entry : undefined;
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Entries of the pinned catalog file(s) at one ref. */
export async function pinnedFileEntries(head: RepoView): Promise<CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  for (const object of head.index.ofKind('catalog')) {
    for (const file of object.files) {
      const value = (await head.document(file))?.value;
      if (value !== undefined) entries.push(...pinnedEntries(value, file).entries);
    }
  }
  return entries;
}

async function actionEntry(head: RepoView, settings: Settings, action: RepoObject): Promise<CatalogEntry | undefined> {
  const json = action.files.find((f) => matchesAny(settings.paths.actions, f));
  if (json) {
    const value = (await head.document(json))?.value;
    return value === undefined ? undefined : actionJsonEntry(value, json, action.id).entry;
  }
  const schemaFile = action.files.find((f) => f.endsWith('/schema.ts'));
  const executeFile = action.files.find((f) => f.endsWith('/execute.ts'));
  const anchor = schemaFile ?? executeFile ?? action.files[0];
  const files = {
    schemaTs: schemaFile ? await head.text(schemaFile) : undefined,
    executeTs: executeFile ? await head.text(executeFile) : undefined,
  };
  return sdkActionEntry(action.id, files, anchor.slice(0, anchor.lastIndexOf('/'))).entry;
}

/** Node types used by the affected workflows and templates. */
async function typesUsed(head: RepoView, affected: Affected): Promise<Set<string>> {
  const types = new Set<string>();
  for (const object of [...affected.objects('workflow'), ...affected.objects('template')]) {
    for (const file of object.files) for (const t of nodeTypesOf(definitionOf((await head.document(file))?.value))) types.add(t);
  }
  return types;
}

function matchesAny(patterns: readonly string[], path: string): boolean {
  return patterns.some((p) => compilePattern(p).match(path) !== undefined);
}
