import { definitionOf, referencedTypesOf } from '../b3os/definition.js';
import type { Classifier, RepoObject } from './repo-index.js';
import { objectKey } from './repo-index.js';
import type { RepoView } from './repo-view.js';
import { mentionFilter, typeMentionFilter, type MentionFilter } from './mentions.js';
import type { ChangeSet, FileChange, ObjectKind } from './types.js';

/**
 * What a change touches: the objects whose files changed, plus the blast radius, the workflows and
 * templates that use a node type whose schema changed although their own files did not (as a
 * node's type, or as the trigger a `wait` node waits for).
 */
export interface Affected {
  has(kind: ObjectKind, id: string): boolean;
  /** Affected objects of a kind that exist at head. */
  objects(kind: ObjectKind): readonly RepoObject[];
  /** Object keys (`kind:id`) affected, including removed ones. */
  readonly keys: ReadonlySet<string>;
  /** Objects that existed at base and are gone at head, as `kind:id` keys. */
  readonly removed: ReadonlySet<string>;
  /** Keys of workflows and templates affected only through a changed schema. */
  readonly blastRadius: readonly string[];
  /** Node types whose definition changed (actions, triggers, pinned catalog entries). */
  readonly changedTypes: ReadonlySet<string>;
  /** The change of a file, when it changed. */
  changeOf(path: string): FileChange | undefined;
  /** Whether the change affects an object of the kind, whichever shard checks it (`shard.ts`). */
  touches(kind: ObjectKind): boolean;
  /** Whether this run checks the object: always, unless it is one shard of several (`shard.ts`). */
  owns(kind: ObjectKind, id: string): boolean;
  /** Whether this run reads the changed file for what every file is read for (the secret scan). */
  ownsFile(path: string): boolean;
}

/** Computes what the change set touches at head. */
export async function computeAffected(changes: ChangeSet, head: RepoView, classify: Classifier, base?: RepoView): Promise<Affected> {
  const changeByPath = new Map(changes.files.map((f) => [f.path, f]));
  const keys = changes.mode === 'all' ? new Set(head.index.objects.keys()) : directlyTouched(changes, classify);
  if (changes.mode !== 'all') for (const key of await manifestsOfChangedRunbooks(changes, head)) keys.add(key);
  const removed = new Set([...keys].filter((key) => !head.index.objects.has(key) && (base?.index.objects.has(key) ?? true)));
  const changedTypes = typesOf(keys);
  for (const type of await changedCatalogTypes(changes, head, base, classify)) changedTypes.add(type);
  const blastRadius = await usersOf(changedTypes, head, keys);
  for (const key of blastRadius) keys.add(key);
  const byKind = new Map<ObjectKind, readonly RepoObject[]>();
  const objects = (kind: ObjectKind) => memoKind(byKind, kind, () => head.index.ofKind(kind).filter((o) => keys.has(objectKey(o.kind, o.id))));
  return {
    has: (kind, id) => keys.has(objectKey(kind, id)),
    objects,
    keys,
    removed,
    blastRadius,
    changedTypes,
    changeOf: (path) => changeByPath.get(path),
    touches: (kind) => objects(kind).length > 0,
    owns: () => true,
    ownsFile: () => true,
  };
}

function directlyTouched(changes: ChangeSet, classify: Classifier): Set<string> {
  const keys = new Set<string>();
  for (const file of changes.files) {
    for (const path of [file.path, file.previousPath]) {
      // A symlink or submodule where a pattern's directory would be stands for what it hides.
      const hit = path === undefined ? undefined : (classify(path) ?? classify.directory(path));
      if (hit) keys.add(objectKey(hit.kind, hit.id));
    }
  }
  return keys;
}

function memoKind<T>(cache: Map<ObjectKind, T>, kind: ObjectKind, compute: () => T): T {
  if (!cache.has(kind)) cache.set(kind, compute());
  return cache.get(kind)!;
}

/**
 * The manifests at head whose `runbook` names a changed file: a runbook may live at any path the
 * manifest chooses (`docs/ops/gas.md`), where the classifier cannot see it. Only the manifests
 * whose text may name one (`runbook-mentions.ts`) are parsed.
 */
async function manifestsOfChangedRunbooks(changes: ChangeSet, head: RepoView): Promise<string[]> {
  const changed = new Set(changes.files.flatMap((f) => (f.previousPath === undefined ? [f.path] : [f.path, f.previousPath])));
  if (changed.size === 0) return [];
  const manifests = head.index.ofKind('manifest');
  const mayName = await filesPassing(mentionFilter(changed), manifests.flatMap((m) => m.files), head);
  const keys: string[] = [];
  for (const manifest of manifests) {
    for (const file of manifest.files) {
      if (!mayName(file)) continue;
      const value = (await head.document(file))?.value;
      const named = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.runbook : undefined;
      if (typeof named === 'string' && runbookCandidates(file, named).some((c) => changed.has(c))) keys.push(objectKey('manifest', manifest.id));
    }
  }
  return keys;
}

/** Files read per round of a prefilter: enough to keep git busy, few enough to hold. */
const PEEK_CHUNK = 512;

/**
 * Which files pass a text prefilter (`mentions.ts`); all of them when there is no filter. Only the
 * files a search finds matching the filter's query, or that its path lets through, are read.
 */
async function filesPassing(filter: MentionFilter | undefined, files: readonly string[], head: RepoView): Promise<(file: string) => boolean> {
  if (!filter) return () => true;
  const holding = new Set(await head.filesHolding(files, filter.query));
  const toRead = files.filter((file) => holding.has(file) || filter.byPath(file));
  const hits = new Set<string>();
  for (let from = 0; from < toRead.length; from += PEEK_CHUNK) {
    const chunk = toRead.slice(from, from + PEEK_CHUNK);
    const texts = await head.documentTexts(chunk);
    chunk.forEach((file, i) => texts[i] !== undefined && filter(file, texts[i]) && hits.add(file));
  }
  return (file) => hits.has(file);
}

/**
 * The repository paths a manifest's `runbook` may mean, in lookup order: relative to the
 * manifest's folder, then to the repository root. `..` may not leave the repository.
 */
export function runbookCandidates(manifest: string, named: string): string[] {
  const folder = manifest.slice(0, Math.max(0, manifest.lastIndexOf('/')));
  return [normalizePath(`${folder}/${named}`), normalizePath(named)].filter((c): c is string => c !== undefined);
}

function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.pop() === undefined) return undefined;
  }
  return out.join('/');
}

function typesOf(keys: ReadonlySet<string>): Set<string> {
  const types = new Set<string>();
  for (const key of keys) {
    const [kind, id] = splitKey(key);
    if (kind === 'action' || kind === 'trigger') types.add(id);
  }
  return types;
}

/**
 * Types whose entry in the pinned catalog differs between base and head. A rename is read from
 * its two paths: away from the catalog's path it removes the catalog, as a deletion does (every
 * entry is gone at head); onto it, it adds one; between two catalog paths, the two are compared.
 */
async function changedCatalogTypes(changes: ChangeSet, head: RepoView, base: RepoView | undefined, classify: Classifier): Promise<string[]> {
  if (changes.mode === 'all') return [];
  const isCatalog = (path: string | undefined): path is string => path !== undefined && classify(path)?.kind === 'catalog';
  const types: string[] = [];
  for (const file of changes.files) {
    const beforePath = file.previousPath ?? file.path;
    const [from, to] = [isCatalog(beforePath) ? beforePath : undefined, isCatalog(file.path) ? file.path : undefined];
    if (from === undefined && to === undefined) continue;
    const before = entriesByType(from === undefined ? undefined : (await base?.document(from))?.value);
    const after = entriesByType(to === undefined ? undefined : (await head.document(to))?.value);
    for (const type of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(type) !== after.get(type)) types.push(type);
    }
  }
  return types;
}

/** Each entry of a pinned catalog file by type, as JSON text (to compare two versions). */
export function entriesByType(value: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (typeof value !== 'object' || value === null) return map;
  for (const group of ['actions', 'logicActions', 'triggers']) {
    const list = (value as Record<string, unknown>)[group];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const type = (entry as { type?: unknown } | null)?.type;
      if (typeof type === 'string') map.set(type, JSON.stringify(entry));
    }
  }
  return map;
}

/** Workflows and templates at head that use one of the types (a node's type or a waited trigger) and are not already affected. */
async function usersOf(types: ReadonlySet<string>, head: RepoView, already: ReadonlySet<string>): Promise<string[]> {
  if (types.size === 0) return [];
  const users: string[] = [];
  const candidates = [...head.index.ofKind('workflow'), ...head.index.ofKind('template')].filter((o) => !already.has(objectKey(o.kind, o.id)));
  const mayUse = await filesPassing(typeMentionFilter(types), candidates.flatMap((o) => o.files), head);
  for (const object of candidates) {
    const key = objectKey(object.kind, object.id);
    for (const file of object.files) {
      if (!mayUse(file)) continue;
      const used = referencedTypesOf(definitionOf((await head.document(file))?.value));
      if ([...used].some((t) => types.has(t))) {
        users.push(key);
        break;
      }
    }
  }
  return users.sort();
}

/** Splits `kind:id` (ids may contain `:`). */
export function splitKey(key: string): [ObjectKind, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as ObjectKind, key.slice(at + 1)];
}
