/**
 * Which files the secret rules read, and the scan of each, done once per file and run whichever
 * rule (or the redactor's ledger) asks first.
 */
import type { RepoView } from '../core/repo-view.js';
import type { RuleContext } from '../core/rule.js';
import { lineTableOf, type LineTable } from '../parse/lines.js';
import { decodeText } from '../parse/decode.js';
import { formatByteSize, groupDigits } from '../parse/problem.js';
import type { SecretHit } from './kinds.js';
import { scanText } from './scan.js';

/**
 * The scan of one file: its hits, or why it was skipped (binary) or could not be scanned; in every
 * state, the secrets in its path (`keys/sk_live_….env`), which every output repeats.
 */
export type FileScan = (
  | { readonly state: 'scanned'; readonly path: string; readonly hits: readonly SecretHit[]; readonly lines: LineTable }
  | { readonly state: 'skipped'; readonly path: string }
  | { readonly state: 'unscanned'; readonly path: string; readonly reason: string }
) & { readonly pathHits: readonly SecretHit[] };

/** Folders of installed dependencies, wherever they are (a package's own `node_modules`). */
const INSTALLED = new Set(['node_modules', 'bower_components']);
/**
 * Folders of vendored code at the repository's root only: deeper, a folder of that name is the
 * repository's own (`workflows/vendor/`, `docs/runbooks/vendor/`) and is scanned.
 */
const VENDORED_AT_ROOT = new Set(['vendor', 'vendors', 'third_party', 'third-party', '.yarn']);
/**
 * Extensions of binary formats. A file is binary by its content (a NUL byte in its first 8 KB, or
 * not UTF-8); by its name only when it is too large to read (an image over the size limit).
 */
const BINARY = /\.(?:png|jpe?g|gif|webp|bmp|ico|icns|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|woff2?|ttf|otf|eot|mp[34]|mov|avi|webm|wav|ogg|flac|wasm|exe|dll|so|dylib|a|o|class|pyc|bin|lockb|sqlite|db)$/i;
/** Extensions (and names) that are text: when one cannot be read as UTF-8 it is reported, not skipped. */
const TEXT = /(?:\.(?:md|mdx|markdown|txt|json|jsonc|json5|ya?ml|toml|ini|cfg|conf|env|properties|ts|tsx|mts|cts|js|jsx|mjs|cjs|sh|bash|zsh|ps1|py|go|rs|sol|rb|java|kt|cs|php|html?|css|csv|tsv|xml|sql|graphql|proto|tf|hcl|lock)|(?:^|\/)(?:\.env[^/]*|\.npmrc|\.yarnrc|Dockerfile|Makefile|[^./]+))$/i;

/** What the scan needs of a run: the change, the views, the affected objects and the size limit. */
type ScanContext = Pick<RuleContext, 'settings' | 'changes' | 'head' | 'base' | 'affected'>;

/**
 * The files a change asks the secret rules to read: every added, modified or renamed regular file
 * at head (every file in `all` mode), without vendored code; sorted.
 */
export function changedFilesToScan(ctx: ScanContext): readonly string[] {
  // Every secret rule and the redactor ask: listed once per change and view.
  let byView = toScan.get(ctx.changes);
  if (!byView) toScan.set(ctx.changes, (byView = new WeakMap()));
  let files = byView.get(ctx.head);
  if (!files) byView.set(ctx.head, (files = filesToScan(ctx)));
  return files;
}

const toScan = new WeakMap<RuleContext['changes'], WeakMap<RepoView, readonly string[]>>();

function filesToScan(ctx: ScanContext): readonly string[] {
  const paths = ctx.changes.files.filter((f) => f.status !== 'removed').map((f) => f.path);
  return [...new Set(paths)].filter((path) => ctx.head.has(path) && !isVendored(path)).sort();
}

function isVendored(path: string): boolean {
  const segments = path.split('/').slice(0, -1);
  return VENDORED_AT_ROOT.has(segments[0]) || segments.some((segment) => INSTALLED.has(segment));
}

/** The line table of a file with no hit: never asked, and holding no text. */
const NO_LINES = lineTableOf('');

/**
 * A file scanned with nothing found, as its map entry keeps it: most files of a run, and a shared
 * value instead of a promise and a scan each (a quarter of the live heap of a 10,000-workflow audit).
 */
const CLEAN = Symbol('clean');

type ScanEntry = Promise<FileScan> | typeof CLEAN;

const scans = new WeakMap<RepoView, Map<string, ScanEntry>>();

function scansOf(view: RepoView): Map<string, ScanEntry> {
  let files = scans.get(view);
  if (!files) scans.set(view, (files = new Map()));
  return files;
}

/** Keeps the scan of `path`; once it finds nothing, only that it is clean. */
function remember(files: Map<string, ScanEntry>, path: string, scan: Promise<FileScan>): Promise<FileScan> {
  files.set(path, scan);
  // A failed read stays a rejected promise: whoever awaits the scan gets the error. An entry is
  // set once (`scanFile` and `scanAsRead` set only paths not yet there), so it is still `scan` here.
  scan.then(
    (found) => isClean(found) && files.set(path, CLEAN),
    () => undefined,
  );
  return scan;
}

function isClean(scan: FileScan): boolean {
  return scan.state === 'scanned' && scan.hits.length === 0 && scan.pathHits.length === 0;
}

function cleanScan(path: string): FileScan {
  return { state: 'scanned', path, hits: [], lines: NO_LINES, pathHits: [] };
}

/** The scan of a file at the view, memoised per view and path; `maxBytes` is the run's file size limit. */
export function scanFile(view: RepoView, path: string, maxBytes: number): Promise<FileScan> {
  const files = scansOf(view);
  const known = files.get(path);
  if (known === CLEAN) return Promise.resolve(cleanScan(path));
  return known ?? remember(files, path, readAndScan(view, path, maxBytes));
}

/**
 * Every secret value in the files a run may quote: the changed files and the files of every
 * affected object (a blast-radius workflow's expression can be echoed too), and every other file
 * the run read, at head or at the base (a rule may quote a field name of a schema the change
 * removes). What the redactor masks wherever it appears; the scans are shared with the secret rules.
 */
export async function secretValuesOf(ctx: ScanContext): Promise<string[]> {
  for (const path of quotablePaths(ctx)) await scanFile(ctx.head, path, ctx.settings.limits.maxFileBytes);
  const values: string[] = [];
  for (const view of [ctx.head, ctx.base]) {
    for (const scan of view ? scansOf(view).values() : []) {
      if (scan === CLEAN) continue;
      const found = await scan;
      for (const hit of found.pathHits) values.push(hit.value);
      if (found.state === 'scanned') for (const hit of found.hits) values.push(hit.value);
    }
  }
  return values;
}

/** The changed files and the files of every affected object: what the run scans, and what its report may quote. */
function quotablePaths(ctx: ScanContext): Set<string> {
  const paths = new Set(changedFilesToScan(ctx));
  for (const key of ctx.affected.keys) for (const path of ctx.head.index.objects.get(key)?.files ?? []) paths.add(path);
  return paths;
}

/**
 * Scans each file the run reads from `views` (head and base), as it is read (`RepoView.watchReads`):
 * the secret rules find the scans of the files the pass read instead of reading them again, and
 * the redactor knows the secrets of every file a finding may quote. The scan of bytes already read
 * is the scan of the same bytes read again.
 */
export function scanAsRead(views: readonly (RepoView | undefined)[], maxBytes: number): void {
  for (const view of views) {
    if (!view) continue;
    const files = scansOf(view);
    view.watchReads((path, bytes) => {
      if (files.has(path)) return;
      const decoded = decodeText(bytes, maxBytes);
      remember(files, path, readAndScan(view, path, maxBytes, () => Promise.resolve(decoded.ok ? decoded.text : undefined)));
    });
  }
}

async function readAndScan(view: RepoView, path: string, maxBytes: number, textOf = () => view.textOnce(path)): Promise<FileScan> {
  const pathHits = await scanText(path);
  return { ...(await readAndScanContent(view, path, maxBytes, textOf)), pathHits };
}

type ContentScan = FileScan extends infer S ? (S extends unknown ? Omit<S, 'pathHits'> : never) : never;

async function readAndScanContent(view: RepoView, path: string, maxBytes: number, textOf: () => Promise<string | undefined>): Promise<ContentScan> {
  const entry = view.index.entries.get(path);
  if (entry?.kind !== 'file' || (BINARY.test(path) && entry.size > maxBytes)) return { state: 'skipped', path };
  // The scan keeps its hits and, for a file that has any, a line table: the text itself is not kept.
  const text = await textOf();
  if (text === undefined) return unreadable(path, entry.size, maxBytes);
  try {
    const hits = await scanText(text);
    return { state: 'scanned', path, hits, lines: hits.length > 0 ? lineTableOf(text) : NO_LINES };
  } catch (error) {
    return { state: 'unscanned', path, reason: `the secret scanner failed on it (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** A file over the size limit may hold anything; a text file that does not decode is reported; anything else is binary. */
function unreadable(path: string, size: number, maxBytes: number): ContentScan {
  if (size > maxBytes) return { state: 'unscanned', path, reason: `it is ${groupDigits(size)} bytes, over the ${formatByteSize(maxBytes)} limit (\`limits.maxFileBytes\`)` };
  return TEXT.test(path) && !BINARY.test(path) ? { state: 'unscanned', path, reason: 'it is not UTF-8 text' } : { state: 'skipped', path };
}

/** Secret values in loose file contents (a configuration an error message may quote); undecodable bytes are skipped. */
export async function secretValuesIn(contents: ReadonlyArray<Uint8Array | undefined>): Promise<string[]> {
  const values: string[] = [];
  for (const bytes of contents) {
    const decoded = bytes ? decodeText(bytes, bytes.length) : undefined;
    if (decoded?.ok) for (const hit of await scanText(decoded.text)) values.push(hit.value);
  }
  return values;
}
