import { formatOf, oversizedDocument, parseDocument, type ParsedDocument } from '../parse/document.js';
import { decodeText } from '../parse/decode.js';
import type { Classifier, RepoIndex } from './repo-index.js';
import { indexRepository } from './repo-index.js';
import type { Limits } from './settings.js';
import type { Snapshot } from './types.js';

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
}

/** Lists the snapshot once and wraps it with caches. */
export async function createRepoView(snapshot: Snapshot, classify: Classifier, limits: Limits): Promise<RepoView> {
  const index = indexRepository(await snapshot.list(), classify);
  const documents = new Map<string, Promise<ParsedDocument | undefined>>();
  const texts = new Map<string, Promise<string | undefined>>();
  const isFile = (path: string) => index.entries.get(path)?.kind === 'file';

  const readParsed = async (path: string) => {
    const format = formatOf(path);
    if (!isFile(path) || !format) return undefined;
    // YAML parses far slower than JSON: its own, lower cap keeps every file under a second.
    const maxBytes = format === 'yaml' ? Math.min(limits.maxFileBytes, limits.maxYamlBytes) : limits.maxFileBytes;
    const size = index.entries.get(path)!.size;
    if (size > maxBytes) return oversizedDocument(path, size, maxBytes);
    const bytes = await snapshot.read(path);
    return bytes ? parseDocument(path, bytes, { maxBytes, maxDepth: limits.maxDepth, maxNodes: limits.maxNodes, maxAliases: limits.maxAliases }) : undefined;
  };
  const readText = async (path: string) => {
    // Over the cap: never read (the stored size comes from the tree listing).
    if (!isFile(path) || index.entries.get(path)!.size > limits.maxFileBytes) return undefined;
    const bytes = await snapshot.read(path);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes, limits.maxFileBytes);
    return decoded.ok ? decoded.text : undefined;
  };
  return {
    ref: snapshot.ref,
    index,
    has: isFile,
    document: (path) => memo(documents, path, readParsed),
    text: (path) => memo(texts, path, readText),
    textOnce: (path) => texts.get(path) ?? readText(path),
    release: (path) => void documents.delete(path),
  };
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, load: (key: string) => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = load(key)));
  return hit;
}
