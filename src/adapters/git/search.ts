/**
 * `git grep` over a commit's stored files: which files may hold one of some fixed texts, found by
 * git in one process instead of each file's bytes read here. Reads nothing from the working tree,
 * runs no filter or driver the repository configures (`--no-textconv`), and never reads a file it
 * is told to skip (the files over the size cap).
 */
import type { TextQuery } from '../../core/types.js';
import { GitError, runGit } from './git.js';
import { decodeGitPath, splitNul } from './tree.js';

/** What makes a file name a glob in a pathspec, or a word more than one line of `-f`. */
const GLOB_SPECIAL = /[*?[\]\\]/;
const LINE_BREAK = /[\r\n]/;

/** Above this many expressions, matching each line against each costs more than reading the files. */
const MAX_EXPRESSIONS = 100;

/** A search git can run: patterns of one line each (few, when they are expressions), file names that are not globs. */
function searchable(query: TextQuery, names: readonly string[]): boolean {
  const { patterns } = query;
  if (patterns.length === 0 || (query.regex && patterns.length > MAX_EXPRESSIONS) || patterns.some((p) => p === '' || LINE_BREAK.test(p))) return false;
  return names.every((n) => n !== '' && !GLOB_SPECIAL.test(n) && !n.includes('/'));
}

/**
 * The paths at `rev` named one of `names` (in any folder) whose bytes match `query` (fixed texts
 * byte for byte, or extended expressions in the C locale, byte by byte); the `skip` paths are left
 * unread. Undefined when the query or a name cannot be searched for this way (a line break, a glob
 * character, too many expressions).
 */
export async function searchTree(repoDir: string, rev: string, query: TextQuery, names: readonly string[], skip: readonly string[]): Promise<Set<string> | undefined> {
  if (!searchable(query, names)) return undefined;
  const pathspecs = [...names.map((name) => `:(top,glob)**/${name}`), ...skip.map((path) => `:(top,exclude,literal)${path}`)];
  const args = ['grep', '--no-textconv', '--no-color', '-z', '-l', query.regex ? '-E' : '-F', '--full-name', '-f', '-', rev, '--', ...pathspecs];
  let output: Buffer;
  try {
    output = await runGit(repoDir, args, `${query.patterns.join('\n')}\n`);
  } catch (error) {
    // Exit 1 with nothing written: no file holds any word.
    if (error instanceof GitError && error.exitCode === 1 && (error.stdout?.length ?? 0) === 0 && error.stderr === '') return new Set();
    throw error;
  }
  // With a revision, git names each file `<rev>:<path>`.
  const prefix = `${rev}:`;
  return new Set(splitNul(output).map(decodeGitPath).map((name) => (name.startsWith(prefix) ? name.slice(prefix.length) : name)));
}
