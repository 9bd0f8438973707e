/**
 * Text prefilters, so a pull request parses only the files that can concern it rather than every
 * file of a kind in the repository. Each filter may let through a file that turns out not to
 * concern the change (the parse decides), but never drops one that does.
 *
 * Runbooks: which manifest names a changed file as its runbook.
 *
 * Why it never drops a manifest that names a changed file `c` (see `runbookCandidates`): the path
 * a manifest's `runbook` resolves to ends either with a segment of the `runbook` string itself,
 * or, when `..` climbs back, with a segment of the manifest's own folder (then `c` is that folder,
 * one of its ancestors, or the empty path). In the first case the string holds `c`'s last segment
 * whole, between `/` or the string's ends. A JSON or YAML string reaches its value from the text
 * only through escapes (a backslash), line folding (whitespace) or `''` (a quote); a segment
 * without whitespace, quotes, backslashes and flow punctuation therefore stands in the decoded text
 * as one whole piece between such characters. A segment holding one of them disables the filter.
 */

import type { TextQuery } from './types.js';

/** What splits the text into pieces; a changed file's last segment must not hold any of them. */
const DELIMITER = /[\s\u0085'"/\\[\]{},:]/;
const DELIMITERS = /[\s\u0085'"/\\[\]{},:]+/;

/**
 * Decides from a file's path and decoded text whether it may concern the change. A file passes
 * only when its path does (`byPath`) or its text matches `query`, so a search for the query may
 * narrow which files to read first.
 */
export type MentionFilter = ((path: string, text: string) => boolean) & {
  readonly query: TextQuery;
  byPath(path: string): boolean;
};

function filterOf(query: TextQuery, byPath: (path: string) => boolean, byText: (text: string) => boolean): MentionFilter {
  return Object.assign((path: string, text: string) => byPath(path) || byText(text), { query, byPath });
}

/**
 * The filter for a set of changed paths, or undefined when some path defeats it (its last
 * segment holds a delimiter, or the path is empty): then every manifest must be parsed.
 */
export function mentionFilter(changed: ReadonlySet<string>): MentionFilter | undefined {
  const segments = new Set<string>();
  for (const path of changed) {
    const last = path.slice(path.lastIndexOf('/') + 1);
    if (last === '' || DELIMITER.test(last)) return undefined;
    segments.add(last);
  }
  const byText = (text: string) => text.includes('\\') || text.split(DELIMITERS).some((piece) => segments.has(piece));
  return filterOf({ patterns: [...segments, '\\'], regex: false }, (manifest) => namesAnAncestor(manifest, changed), byText);
}

/** Whether a changed path is the manifest's folder or one of its ancestors (`runbook: ..`). */
function namesAnAncestor(manifest: string, changed: ReadonlySet<string>): boolean {
  for (let at = manifest.lastIndexOf('/'); at > 0; at = manifest.lastIndexOf('/', at - 1)) {
    if (changed.has(manifest.slice(0, at))) return true;
  }
  return false;
}

/** Above this many types, testing each type against each file costs more than it saves. */
const MAX_FILTERED_TYPES = 64;
/** What a type's name must not hold for its whole-string value to stand verbatim in the text. */
const RESPELLABLE = /[\s\u0085'"\\]/;
/**
 * An escape that may spell a character of a type's name, or join two pieces of it: every JSON or
 * YAML escape but those that only spell what `RESPELLABLE` keeps out of names (`\n`, `\t`, `\"`,
 * `\\`, an escaped space or tab, `\r`, `\f`, `\v`, `\N`, `\_`, `\L`, `\P`), and a backslash
 * that ends a line (YAML joins the next line on).
 */
const NAME_ESCAPE = /\\(?:[^nrt"\\ \tfvN_LP]|$)/m;
/** `NAME_ESCAPE` as a POSIX extended expression, matched line by line (inside brackets a backslash is itself). */
const NAME_ESCAPE_ERE = '\\\\([^nrt"\\ \tfvN_LP]|$)';
/** What a POSIX extended expression reads as an operator. */
const ERE_SPECIAL = /[.[\]()*+?{}|^$\\]/g;

/**
 * Node types: which workflow or template may use one of `types`, as a node's `type` or a `wait`
 * node's `triggerType`. Both are whole strings, which JSON and YAML spell verbatim unless an
 * escape that spells a name's character (`NAME_ESCAPE`), line folding (whitespace) or `''` intervenes. Undefined when a type's name
 * defeats the filter, or there are too many types to test.
 */
export function typeMentionFilter(types: ReadonlySet<string>): MentionFilter | undefined {
  if (types.size > MAX_FILTERED_TYPES) return undefined;
  const names = [...types];
  if (names.some((name) => name === '' || RESPELLABLE.test(name))) return undefined;
  const query = { patterns: [...names.map((name) => name.replace(ERE_SPECIAL, '\\$&')), NAME_ESCAPE_ERE], regex: true };
  return filterOf(query, () => false, (text) => NAME_ESCAPE.test(text) || names.some((name) => text.includes(name)));
}
