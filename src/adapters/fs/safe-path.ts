/**
 * Checks that a repository-relative path names a regular file inside a root directory, reached
 * through real directories only, and opens it without following a symlink. The calls are
 * synchronous on purpose: a run reads thousands of small files one after another, and a thread-pool
 * round trip per `lstat`, `open`, `fstat`, `read` and `close` made half of a 4,000-file audit idle.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** Directory names that are never listed nor read: git's own data and installed dependencies. */
export const SKIPPED_NAMES: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/** On Windows a backslash or a drive prefix would escape the `/`-split checks below. */
const WINDOWS_ESCAPE = /\\|^[A-Za-z]:/;

/**
 * The path's segments when it is a plain relative `/`-separated path: not absolute, no empty,
 * `.` or `..` segment, no NUL, no skipped directory, and on Windows no backslash or drive.
 * Otherwise undefined.
 */
export function relativeSegments(path: string): string[] | undefined {
  if (path === '' || path.startsWith('/') || path.includes('\0')) return undefined;
  if (process.platform === 'win32' && WINDOWS_ESCAPE.test(path)) return undefined;
  const segments = path.split('/');
  return segments.some(isForbiddenSegment) ? undefined : segments;
}

function isForbiddenSegment(segment: string): boolean {
  return segment === '' || segment === '.' || segment === '..' || SKIPPED_NAMES.has(segment);
}

/**
 * The bytes of `path` under `rootDir` when every intermediate segment is a real directory (checked
 * with `lstat`) and the last is a regular file; undefined otherwise. The last segment is opened
 * with `O_NOFOLLOW` (a symlink fails the open) and `O_NONBLOCK`, and the opened handle must be a
 * regular file: one `lstat` fewer per file than checking the name before opening it, and no window
 * between a check and the open.
 *
 * `verifiedDirs` holds the directories (repository-relative) found real in this run, by the walk
 * or an earlier read: they are not checked again, and those this read checks are added. A run
 * reads a snapshot of files nobody rewrites meanwhile, so a check holds for the run.
 */
export async function readInsideRoot(rootDir: string, path: string, verifiedDirs?: Set<string>): Promise<Uint8Array | undefined> {
  const segments = relativeSegments(path);
  if (!segments) return undefined;
  let directory = '';
  for (const segment of segments.slice(0, -1)) {
    directory = directory === '' ? segment : `${directory}/${segment}`;
    if (verifiedDirs?.has(directory)) continue;
    if (!lstatOrUndefined(join(rootDir, directory))?.isDirectory()) return undefined;
    verifiedDirs?.add(directory);
  }
  return readRegularFile(join(rootDir, path));
}

function readRegularFile(fullPath: string): Uint8Array | undefined {
  // O_NONBLOCK keeps a FIFO swapped in after the checks from blocking the open.
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let fd: number;
  try {
    fd = openSync(fullPath, flags);
  } catch (error) {
    if (isGoneOrLink(error)) return undefined;
    throw error;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** `lstat`, with "does not exist" and "a parent is not a directory" mapped to undefined. */
export function lstatOrUndefined(fullPath: string): Stats | undefined {
  try {
    return lstatSync(fullPath);
  } catch (error) {
    if (isGoneOrLink(error)) return undefined;
    throw error;
  }
}

function isGoneOrLink(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'EMLINK';
}
