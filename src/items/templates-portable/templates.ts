/**
 * The templates templates-portable checks (every affected template file, seen in the engine's one
 * pass), and the literal text of their strings: what a template ships to every organization that uses it.
 */
import { isObject, type DefinitionView } from '../../b3os/definition.js';
import { scanExpressions, walkStrings, type StringSite } from '../../b3os/expressions.js';
import { fromSpan } from '../../core/locate.js';
import type { ObjectKind } from '../../core/types.js';
import type { RuleFile } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import type { JsonValue, ParsedDocument } from '../../parse/document.js';
import { definitionGraph } from '../definition-validates/file-views.js';

/** A template file; `view` and `body` are absent when it cannot be read as a template with nodes. */
export interface CheckedTemplate {
  readonly slug: string;
  readonly doc: ParsedDocument;
  readonly body?: Readonly<Record<string, JsonValue>>;
  readonly view?: DefinitionView;
}

/** The rules of this item check the affected template files (the blast radius included). */
export const TEMPLATE_KINDS: readonly ObjectKind[] = ['template'];

/** A template file as the rules read it. */
export function checkedTemplate(file: RuleFile): CheckedTemplate {
  const { id, doc } = file;
  const view = file.derive(definitionGraph)?.view;
  return isObject(doc.value) && view ? { slug: id, doc, body: doc.value, view } : { slug: id, doc };
}

/** The literal sites of a template's body (none when it cannot be read as a template), shared by the rules that search them. */
export function templateLiteralSites(file: RuleFile): readonly LiteralSite[] {
  const { body } = file.derive(checkedTemplate);
  return body ? [...literalSites(body)] : [];
}

/**
 * A string of a template (a value, or a member name: an `if` condition is keyed by its tests) with
 * its expressions blanked out except the text of the quoted literals inside them: what is written
 * literally. `literal` has the length of `text`, so an offset in one is the same in the other.
 */
export interface LiteralSite extends StringSite {
  readonly literal: string;
}

/** Every string of the template body, member names included, with its literal text. */
export function* literalSites(body: Readonly<Record<string, JsonValue>>): Generator<LiteralSite> {
  for (const site of walkStrings(body, '')) yield { ...site, literal: literalText(site.text) };
}

/**
 * `text` with every expression replaced by spaces, except the inside of its quoted literals
 * (`{{$nodes.x.result.a || 'see wal_acme'}}` keeps `see wal_acme`): a fallback is shipped as
 * written. A quoted path segment (`result['run_id']`) names a field, not a value, and is blanked.
 */
export function literalText(text: string): string {
  let out = text;
  for (const { start, end } of scanExpressions(text).expressions) {
    let inside = '';
    for (let i = start; i < end; ) {
      const c = text[i];
      const close = c === "'" || c === '"' ? closingQuote(text, i, end) : -1;
      if (close < 0) {
        inside += ' ';
        i++;
        continue;
      }
      const segment = /\[\s*$/.test(text.slice(start, i));
      inside += ` ${segment ? ' '.repeat(close - i - 1) : text.slice(i + 1, close)} `;
      i = close + 1;
    }
    out = `${out.slice(0, start)}${inside}${out.slice(end)}`;
  }
  return out;
}

/** The offset of the quote that closes the one at `open` (backslash escapes skipped), or -1 before `end`. */
function closingQuote(text: string, open: number, end: number): number {
  for (let i = open + 1; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[open]) return i;
  }
  return -1;
}

/** Each distinct match of the global `pattern` in the literal text of a site, at its first offset. */
export function distinctMatches(site: LiteralSite, pattern: RegExp): Array<{ readonly text: string; readonly offset: number }> {
  const seen = new Map<string, number>();
  for (const match of site.literal.matchAll(pattern)) if (!seen.has(match[0])) seen.set(match[0], match.index);
  return [...seen].map(([text, offset]) => ({ text, offset }));
}

/**
 * The place of `length` characters at `offset` of a site's string: inside the string when the
 * file writes the string up to there as it reads (a JSON or quoted YAML string after its quote, a
 * plain YAML scalar from its start), else the start of the string (an escape comes first).
 */
export function locationInSite(doc: ParsedDocument, site: StringSite, offset: number, length: number): Location {
  const span = site.isKey ? doc.locateKey(site.pointer) : doc.locate(site.pointer);
  const whole = fromSpan(doc.path, span);
  const line = lineOf(doc.text, span.line);
  if (line === undefined) return whole;
  const quoted = line[span.column - 1] === '"' || line[span.column - 1] === "'";
  const first = span.column - 1 + (quoted ? 1 : 0);
  const upTo = offset + length;
  if (line.slice(first, first + upTo) !== site.text.slice(0, upTo)) return whole;
  return { file: doc.path, line: span.line, column: first + offset + 1, endLine: span.line, endColumn: first + upTo + 1 };
}

/** The text of 1-based line `n` (line breaks `\n`, `\r\n` or a lone `\r`, as the locator counts them). */
function lineOf(text: string, n: number): string | undefined {
  let start = 0;
  for (let line = 1; line < n; line++) {
    const next = text.slice(start).search(/\r\n?|\n/);
    if (next < 0) return undefined;
    start += next + (text.startsWith('\r\n', start + next) ? 2 : 1);
  }
  const end = text.slice(start).search(/\r\n?|\n/);
  return end < 0 ? text.slice(start) : text.slice(start, start + end);
}
