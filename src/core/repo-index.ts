import { compilePattern, type PathPattern } from './pattern.js';
import type { PathSettings } from './settings.js';
import type { ObjectKind, TreeEntry } from './types.js';

/** One object of the repository: a workflow, an action, a docs page… and the files that make it. */
export interface RepoObject {
  readonly kind: ObjectKind;
  /** The captured id (`slug`, action id, trigger type, env name) or the path for uncaptured kinds. */
  readonly id: string;
  readonly files: readonly string[];
}

/** The key of an object in sets and maps: `kind:id`. */
export function objectKey(kind: ObjectKind, id: string): string {
  return `${kind}:${id}`;
}

/** Which path setting holds which object kind; docs settings all make `docs` objects. */
const KIND_OF_SETTING: ReadonlyArray<readonly [keyof PathSettings, ObjectKind]> = [
  ['workflows', 'workflow'],
  ['manifests', 'manifest'],
  ['runbooks', 'runbook'],
  ['sdkActions', 'action'],
  ['actions', 'action'],
  ['triggers', 'trigger'],
  ['templates', 'template'],
  ['environments', 'environment'],
  ['openapi', 'openapi'],
  ['catalog', 'catalog'],
  ['changelog', 'changelog'],
  ['actionDocs', 'docs'],
  ['logicDocs', 'docs'],
  ['triggerDocs', 'docs'],
  ['apiDocs', 'docs'],
  ['exampleDocs', 'docs'],
  ['runbookDocs', 'docs'],
];

/** Where a path belongs: its object (and that object's `objectKey`) and the setting that matched. */
type Hit = { readonly kind: ObjectKind; readonly id: string; readonly key: string; readonly setting: keyof PathSettings };

/**
 * A compiled classifier: path → the object it belongs to (first matching setting wins).
 * `directory` classifies a path where a directory of some pattern would be (`workflows/x` for
 * `workflows/{slug}/workflow.json`): a symlink or submodule there hides that object's files.
 */
export type Classifier = ((path: string) => Hit | undefined) & { directory(path: string): Hit | undefined };

/** Compiles the path settings once per run. */
export function createClassifier(paths: PathSettings): Classifier {
  const files: Array<[keyof PathSettings, ObjectKind, PathPattern]> = [];
  const directories: Array<[keyof PathSettings, ObjectKind, PathPattern]> = [];
  for (const [setting, kind] of KIND_OF_SETTING) {
    for (const source of paths[setting]) {
      files.push([setting, kind, withLiteralPrefix(compilePattern(source))]);
      const segments = source.split('/');
      for (let k = 1; k < segments.length; k++) directories.push([setting, kind, withLiteralPrefix(compilePattern(segments.slice(0, k).join('/')))]);
    }
  }
  const classify = (compiled: typeof files) => (path: string): Hit | undefined => {
    for (const [setting, kind, pattern] of compiled) {
      const captured = pattern.match(path);
      if (captured === undefined) continue;
      // Runbooks and docs pages are objects of their own; a docs page is keyed by its path.
      const id = kind === 'docs' || captured === '' ? path : captured;
      return { kind, id, key: objectKey(kind, id), setting };
    }
    return undefined;
  };
  return Object.assign(remembered(classify(files)), { directory: remembered(classify(directories)) });
}

/**
 * The classification of each path, kept for the run: the base and head trees share nearly all
 * their paths, so each is matched against the patterns once instead of once per tree.
 */
function remembered(classify: (path: string) => Hit | undefined): (path: string) => Hit | undefined {
  const known = new Map<string, Hit | undefined>();
  return (path) => {
    const hit = known.get(path);
    if (hit !== undefined || known.has(path)) return hit;
    const found = classify(path);
    known.set(path, found);
    return found;
  };
}

/**
 * The pattern, answering at once for a path that does not start with the pattern's literal text
 * (most paths, for most patterns): a string comparison instead of a regular expression per path
 * and pattern. A trailing `/**` also matches the folder itself, so its `/` is not required.
 */
function withLiteralPrefix(pattern: PathPattern): PathPattern {
  const special = pattern.source.search(/[{*]/);
  if (special < 0) return { ...pattern, match: (path) => (path === pattern.source ? '' : undefined) };
  const prefix = pattern.source.slice(0, pattern.source.startsWith('**', special) ? Math.max(0, special - 1) : special);
  return { ...pattern, match: (path) => (path.startsWith(prefix) ? pattern.match(path) : undefined) };
}

/** The repository at one ref, grouped into objects. */
export interface RepoIndex {
  readonly entries: ReadonlyMap<string, TreeEntry>;
  readonly objects: ReadonlyMap<string, RepoObject>;
  ofKind(kind: ObjectKind): readonly RepoObject[];
  objectOf(path: string): RepoObject | undefined;
}

/**
 * Groups tree entries into objects. Symlinks and submodules are kept in their object's files, so
 * rules can report them, but a `RepoView` never reads them.
 */
export function indexRepository(entries: readonly TreeEntry[], classify: Classifier): RepoIndex {
  const byPath = new Map<string, TreeEntry>();
  const objects = new Map<string, { kind: ObjectKind; id: string; files: string[] }>();
  const owner = new Map<string, RepoObject>();
  for (const entry of entries) {
    byPath.set(entry.path, entry);
    const hit = classify(entry.path) ?? (entry.kind === 'file' ? undefined : classify.directory(entry.path));
    if (!hit) continue;
    let object = objects.get(hit.key);
    if (!object) objects.set(hit.key, (object = { kind: hit.kind, id: hit.id, files: [] }));
    object.files.push(entry.path);
    owner.set(entry.path, object);
  }
  const byKind = new Map<ObjectKind, RepoObject[]>();
  for (const object of objects.values()) {
    const list = byKind.get(object.kind);
    if (list) list.push(object);
    else byKind.set(object.kind, [object]);
  }
  return {
    entries: byPath,
    objects,
    ofKind: (kind) => byKind.get(kind) ?? [],
    objectOf: (path) => owner.get(path),
  };
}
