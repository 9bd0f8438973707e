import { formatOf, oversizedDocument, parseDocument, type ParsedDocument } from '../parse/document.js';
import { decodeText } from '../parse/decode.js';
import type { Classifier, RepoIndex } from './repo-index.js';
import { indexRepository } from './repo-index.js';
import type { Limits } from './settings.js';
import type { Snapshot, TextQuery } from './types.js';

/**
 * The repository at one ref, as rules see it: its objects, and its files read and parsed once.
 * Every read goes through the snapshot (git objects or lstat-guarded files), never a symlink.
 */
export interface RepoView {
  readonly ref: string;
  readonly index: RepoIndex;
  /** True when a regular file exists at the path. */
  has(path: string): boolean;
  /** The parsed JSON or YAML file, or undefined when the path is not a regular JSON/YAML file. */
  document(path: string): Promise<ParsedDocument | undefined>;
  /** The decoded text of a file, or undefined when it is missing, binary, too large or not UTF-8. */
  text(path: string): Promise<string | undefined>;
  /** As `text`, but not kept once read: for a reader that needs each file once (the secret scan reads them all). */
  textOnce(path: string): Promise<string | undefined>;
  /** Forgets the parsed file, so that its memory can be reclaimed; a later `document` reads it again. */
  release(path: string): void;
  /**
   * The texts `document` would parse, read together (one pipelined request per file) and not
   * kept: a quick look before deciding what to parse. Undefined where `document` would give no
   * value from the bytes (not a JSON/YAML file, over its size cap, binary, not UTF-8).
   */
  documentTexts(paths: readonly string[]): Promise<Array<string | undefined>>;
  /**
   * The files among `files` whose text may match `query`: those a search of the snapshot finds
   * (git grep), else all of them. Never leaves out a file whose `documentTexts` text matches; a
   * file over its cap is left out unread.
   */
  filesHolding(files: readonly string[], query: TextQuery): Promise<readonly string[]>;
  /**
   * Reads regular files under the size cap ahead, together (one pipelined request per file), for
   * the reads to come; their bytes are kept for the run, so give it what the change concerns only.
   */
  prefetch(paths: Iterable<string>): Promise<void>;
  /**
   * Hands `watcher` the bytes of each file the view reads from the snapshot, as it reads them (one
   * watcher): what must look at every file a run reads (the secret scan) looks at the rules' reads
   * instead of reading each file again.
   */
  watchReads(watcher: (path: string, bytes: Uint8Array) => void): void;
}

/** Above this many file names, a search is given up: each name is a pattern git matches every path against. */
const MAX_SEARCHED_NAMES = 16;
/** Above this many files to leave unread, a search is given up, for the same reason. */
const MAX_SKIPPED = 64;

/** Lists the snapshot once and wraps it with caches. */
export async function createRepoView(snapshot: Snapshot, classify: Classifier, limits: Limits): Promise<RepoView> {
  const index = indexRepository(await snapshot.list(), classify);
  const documents = new Map<string, Promise<ParsedDocument | undefined>>();
  const texts = new Map<string, Promise<string | undefined>>();
  const isFile = (path: string) => index.entries.get(path)?.kind === 'file';
  const prefetched = new Map<string, Promise<Uint8Array | undefined>>();
  let watcher: ((path: string, bytes: Uint8Array) => void) | undefined;
  const readSnapshot = async (path: string) => {
    const bytes = await snapshot.read(path);
    if (bytes) watcher?.(path, bytes);
    return bytes;
  };
  const readBytes = (path: string) => prefetched.get(path) ?? readSnapshot(path);
  const prefetch = async (paths: Iterable<string>) => {
    for (const path of paths) {
      // The cap holds before any byte is buffered, as for every read (the size comes from the listing).
      if (isFile(path) && index.entries.get(path)!.size <= limits.maxFileBytes && !prefetched.has(path)) prefetched.set(path, readSnapshot(path));
    }
    // A read that fails fails again where it is used, as without the prefetch.
    await Promise.allSettled(prefetched.values());
  };

  const documentCap = (path: string) => {
    const format = formatOf(path);
    if (!isFile(path) || !format) return undefined;
    // YAML parses far slower than JSON: its own, lower cap keeps every file under a second.
    return format === 'yaml' ? Math.min(limits.maxFileBytes, limits.maxYamlBytes) : limits.maxFileBytes;
  };
  const readParsed = async (path: string) => {
    const maxBytes = documentCap(path);
    if (maxBytes === undefined) return undefined;
    const size = index.entries.get(path)!.size;
    if (size > maxBytes) return oversizedDocument(path, size, maxBytes);
    const bytes = await readBytes(path);
    return bytes ? parseDocument(path, bytes, { maxBytes, maxDepth: limits.maxDepth, maxNodes: limits.maxNodes, maxAliases: limits.maxAliases }) : undefined;
  };
  const readText = (path: string) => (isFile(path) ? readDecoded(path, limits.maxFileBytes) : Promise.resolve(undefined));
  const readDecoded = async (path: string, maxBytes: number) => {
    // Over the cap: never read (the stored size comes from the tree listing).
    if (index.entries.get(path)!.size > maxBytes) return undefined;
    const bytes = await readBytes(path);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes, maxBytes);
    return decoded.ok ? decoded.text : undefined;
  };
  const peekDocument = (path: string) => {
    const maxBytes = documentCap(path);
    return maxBytes === undefined ? Promise.resolve(undefined) : readDecoded(path, maxBytes);
  };
  const filesHolding = async (files: readonly string[], query: TextQuery) => {
    const names = new Set(files.map(baseName));
    if (!snapshot.search || names.size > MAX_SEARCHED_NAMES) return files;
    // The search reads every file of these names, not only `files`: each one over its cap stays unread.
    // The size first: it rules out nearly every entry of a large tree before its name is looked at.
    const smallestCap = Math.min(limits.maxFileBytes, limits.maxYamlBytes);
    const skip = [...index.entries.values()].filter((e) => e.kind === 'file' && e.size > smallestCap && names.has(baseName(e.path)) && e.size > (documentCap(e.path) ?? limits.maxFileBytes)).map((e) => e.path);
    const found = skip.length > MAX_SKIPPED ? undefined : await snapshot.search(query, [...names], skip);
    return found ? files.filter((file) => found.has(file)) : files;
  };
  return {
    ref: snapshot.ref,
    index,
    has: isFile,
    document: (path) => memo(documents, path, readParsed),
    text: (path) => memo(texts, path, readText),
    textOnce: (path) => texts.get(path) ?? readText(path),
    release: (path) => void documents.delete(path),
    documentTexts: (paths) => Promise.all(paths.map(peekDocument)),
    filesHolding,
    prefetch,
    watchReads: (watch) => void (watcher = watch),
  };
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, load: (key: string) => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = load(key)));
  return hit;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
