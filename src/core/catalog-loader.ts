import { createCatalog } from '../catalog/catalog.js';
import { pinnedEntries } from '../catalog/pinned.js';
import { actionJsonEntry, sdkActionEntry, triggerJsonEntry } from '../catalog/repository.js';
import { shippedEntries } from '../catalog/shipped.js';
import type { Catalog, CatalogEntry } from '../catalog/types.js';
import { compilePattern } from './pattern.js';
import type { RepoObject } from './repo-index.js';
import type { RepoView } from './repo-view.js';
import type { Settings } from './settings.js';

/**
 * The catalog for one run, in lookup order: repository definitions at head, the pinned snapshot
 * at head, then the catalog shipped in the action. Definitions are read as data, never run.
 */
export async function loadCatalog(head: RepoView, settings: Settings, live?: readonly CatalogEntry[]): Promise<Catalog> {
  const repository: CatalogEntry[] = [];
  for (const action of head.index.ofKind('action')) {
    const entry = await actionEntry(head, settings, action);
    if (entry) repository.push(entry);
  }
  for (const trigger of head.index.ofKind('trigger')) {
    const file = trigger.files.find((f) => matchesAny(settings.paths.triggers, f));
    const value = file ? (await head.document(file))?.value : undefined;
    const entry = file && value !== undefined ? triggerJsonEntry(value, file, trigger.id).entry : undefined;
    if (entry) repository.push(entry);
  }
  const pinned: CatalogEntry[] = [];
  for (const object of head.index.ofKind('catalog')) {
    for (const file of object.files) {
      const value = (await head.document(file))?.value;
      if (value !== undefined) pinned.push(...pinnedEntries(value, file).entries);
    }
  }
  return createCatalog({ repository, pinned, live: live ? [...live] : undefined, shipped: shippedEntries() });
}

async function actionEntry(head: RepoView, settings: Settings, action: RepoObject): Promise<CatalogEntry | undefined> {
  const json = action.files.find((f) => matchesAny(settings.paths.actions, f));
  if (json) {
    const value = (await head.document(json))?.value;
    return value === undefined ? undefined : actionJsonEntry(value, json, action.id).entry;
  }
  const schemaFile = action.files.find((f) => f.endsWith('/schema.ts'));
  const executeFile = action.files.find((f) => f.endsWith('/execute.ts'));
  const folder = action.files[0].slice(0, action.files[0].lastIndexOf('/'));
  const files = {
    schemaTs: schemaFile ? await head.text(schemaFile) : undefined,
    executeTs: executeFile ? await head.text(executeFile) : undefined,
  };
  return sdkActionEntry(action.id, files, folder).entry;
}

function matchesAny(patterns: readonly string[], path: string): boolean {
  return patterns.some((p) => compilePattern(p).match(path) !== undefined);
}
