import { definitionOf, referencedTypesOf } from '../b3os/definition.js';
import { createCatalog } from '../catalog/catalog.js';
import { pinnedEntries } from '../catalog/pinned.js';
import { actionJsonEntry, sdkActionEntry, triggerJsonEntry, type DefinitionRead, type SdkActionFiles } from '../catalog/repository.js';
import { shippedEntries } from '../catalog/shipped.js';
import type { Catalog, CatalogEntry, CatalogProblem } from '../catalog/types.js';
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
  if (wanted.length === 0) return { catalog: createCatalog({ repository, pinned, shipped, complete: true }), notices: [] };
  const live = await platform.lookupTypes(wanted);
  const notices = live.failures.map((f) => `live catalog lookup of \`${f.type}\` failed: ${f.reason}`);
  return { catalog: createCatalog({ repository, pinned, live: [...live.entries], shipped }), notices };
}

/** One definition object read as data: the file to point at, its entries and its problems. */
export interface ObjectRead {
  readonly object: RepoObject;
  /** `action.json`, `trigger.json`, the pinned catalog file, or the SDK folder. */
  readonly file: string;
  readonly entries: readonly CatalogEntry[];
  readonly problems: readonly CatalogProblem[];
}

/** Entries of the repository's own action and trigger definitions at one ref. */
export async function repositoryEntries(head: RepoView, settings: Settings): Promise<CatalogEntry[]> {
  const objects = [...head.index.ofKind('action'), ...head.index.ofKind('trigger')];
  return (await readObjects(head, settings, objects)).flatMap((read) => read.entries);
}

/** Entries of the pinned catalog file(s) at one ref. */
export async function pinnedFileEntries(head: RepoView): Promise<CatalogEntry[]> {
  return (await readObjects(head, undefined, head.index.ofKind('catalog'))).flatMap((read) => read.entries);
}

/** Reads per view and object: the catalog, the rules and the contract ask for the same definitions. */
const readCache = new WeakMap<RepoView, Map<RepoObject, Promise<ObjectRead[]>>>();

/**
 * Reads action, trigger and pinned catalog objects as data, keeping what was wrong with each. Each
 * object is read once per view (an SDK `schema.ts` is parsed once per run, not once per asker).
 */
export async function readObjects(head: RepoView, settings: Settings | undefined, objects: readonly RepoObject[]): Promise<ObjectRead[]> {
  let cache = readCache.get(head);
  if (!cache) readCache.set(head, (cache = new Map()));
  const reads: ObjectRead[] = [];
  for (const object of objects) {
    let read = cache.get(object);
    if (!read) cache.set(object, (read = readObject(head, settings, object)));
    reads.push(...(await read));
  }
  return reads;
}

/** Pinned catalogs need no settings; actions and triggers are found by their configured paths. */
async function readObject(head: RepoView, settings: Settings | undefined, object: RepoObject): Promise<ObjectRead[]> {
  if (object.kind === 'catalog') return pinnedReads(head, object);
  if (settings && object.kind === 'action') return actionRead(head, settings, object);
  return settings && object.kind === 'trigger' ? triggerRead(head, settings, object) : [];
}

async function pinnedReads(head: RepoView, object: RepoObject): Promise<ObjectRead[]> {
  const reads: ObjectRead[] = [];
  for (const file of object.files) {
    const value = (await head.document(file))?.value;
    if (value !== undefined) reads.push({ object, file, ...pinnedEntries(value, file) });
  }
  return reads;
}

async function triggerRead(head: RepoView, settings: Settings, trigger: RepoObject): Promise<ObjectRead[]> {
  const file = trigger.files.find((f) => matchesAny(settings.paths.triggers, f));
  if (!file) return [];
  const value = (await head.document(file))?.value;
  return [value === undefined ? unreadable(trigger, file) : fromRead(trigger, file, triggerJsonEntry(value, file, trigger.id))];
}

async function actionRead(head: RepoView, settings: Settings, action: RepoObject): Promise<ObjectRead[]> {
  const json = action.files.find((f) => matchesAny(settings.paths.actions, f));
  if (json) {
    const value = (await head.document(json))?.value;
    return [value === undefined ? unreadable(action, json) : fromRead(action, json, actionJsonEntry(value, json, action.id))];
  }
  // The action's own folder (the segment named after its id), never a nested one: a decoy
  // `legacy/schema.ts` sorts before `schema.ts` and must not be the schema the gate reads.
  const folder = actionFolder(action);
  const schemaFile = action.files.find((f) => f === `${folder}/schema.ts`);
  const executeFile = action.files.find((f) => f === `${folder}/execute.ts`);
  const files = {
    schemaTs: schemaFile ? await head.text(schemaFile) : undefined,
    executeTs: executeFile ? await head.text(executeFile) : undefined,
    siblings: await siblingSources(head, action, folder),
  };
  return [fromRead(action, folder, sdkRead(settings, action.id, files, folder))];
}

/**
 * SDK folders read, by their content, for as long as the run's settings live: the base and the head
 * of a change share the parse of every folder the change left alone (reads are never changed).
 */
const sdkReads = new WeakMap<Settings, Map<string, DefinitionRead>>();

function sdkRead(settings: Settings, id: string, files: SdkActionFiles, folder: string): DefinitionRead {
  let reads = sdkReads.get(settings);
  if (!reads) sdkReads.set(settings, (reads = new Map()));
  const key = JSON.stringify([id, folder, files.schemaTs ?? null, files.executeTs ?? null, [...(files.siblings ?? [])]]);
  let read = reads.get(key);
  if (!read) reads.set(key, (read = sdkActionEntry(id, files, folder)));
  return read;
}

/** The other modules (.ts, .js, .mjs, .cjs) directly in the folder (never a nested one, never a test), by name. */
async function siblingSources(head: RepoView, action: RepoObject, folder: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const file of action.files) {
    const name = file.slice(folder.length + 1);
    if (!file.startsWith(`${folder}/`) || name.includes('/') || !/\.(ts|js|mjs|cjs)$/.test(name) || /\.(test|spec|d)\.(ts|js|mjs|cjs)$/.test(name)) continue;
    if (name === 'schema.ts' || name === 'execute.ts') continue;
    const text = await head.text(file);
    if (text !== undefined) sources.set(name, text);
  }
  return sources;
}

/** The folder named after the action's id that holds its files (`packages/sdk/actions/<id>`). */
export function actionFolder(action: RepoObject): string {
  const segments = action.files[0].split('/');
  const at = segments.indexOf(action.id);
  return at >= 0 ? segments.slice(0, at + 1).join('/') : segments.slice(0, -1).join('/');
}

/**
 * A definition file that does not parse (its syntax finding says why): the type exists, so its nodes
 * are unverified rather than of an unknown type.
 */
function unreadable(object: RepoObject, file: string): ObjectRead {
  const kind = object.kind === 'trigger' ? 'trigger' : 'action';
  const entry: CatalogEntry = { type: object.id, kind, source: 'repository', origin: file, schemaCompleteness: 'name-only', notes: [`${file} does not parse`] };
  return { object, file, entries: [entry], problems: [] };
}

function fromRead(object: RepoObject, file: string, read: DefinitionRead): ObjectRead {
  return { object, file, entries: read.entry ? [read.entry] : [], problems: read.problems };
}

/** Node types used by the affected workflows and templates. */
async function typesUsed(head: RepoView, affected: Affected): Promise<Set<string>> {
  const types = new Set<string>();
  for (const object of [...affected.objects('workflow'), ...affected.objects('template')]) {
    for (const file of object.files) for (const t of referencedTypesOf(definitionOf((await head.document(file))?.value))) types.add(t);
  }
  return types;
}

function matchesAny(patterns: readonly string[], path: string): boolean {
  return patterns.some((p) => compilePattern(p).match(path) !== undefined);
}
