import { compilePattern } from '../../core/pattern.js';
import type { RepoView } from '../../core/repo-view.js';
import type { RuleContext } from '../../core/rule.js';
import { lineTableOf } from '../../parse/lines.js';
import type { ParsedDocument } from '../../parse/document.js';
import { pointerOf } from '../../parse/pointer.js';

/** One operation of an OpenAPI description: `POST /v1/payouts`, and where it is declared. */
export interface Operation {
  /** `METHOD /path`, the way a docs page names it. */
  readonly key: string;
  readonly doc: ParsedDocument;
  /** JSON pointer of the operation object, e.g. `/paths/~1v1~1payouts/post`. */
  readonly pointer: string;
}

/** A place on a page that names an operation. */
export interface Mention {
  readonly key: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// `METHOD /path` in prose, code or tables; the path ends at whitespace, quotes, pipes or brackets.
const MENTION = /\b(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE)[ \t]+(\/[^\s`'"<>|()[\]{},;]*(?:\{[^\s`'"<>|{}]*\}[^\s`'"<>|()[\]{},;]*)*)/g;

/** The operations declared in OpenAPI files of a view, with the files that did not parse. */
export async function operationsOf(view: RepoView, files: readonly string[]): Promise<{ operations: Operation[]; broken: ParsedDocument[] }> {
  const operations: Operation[] = [];
  const broken: ParsedDocument[] = [];
  for (const file of files) {
    const doc = await view.document(file);
    if (!doc) continue;
    if (doc.value === undefined) broken.push(doc);
    const paths = (doc.value as { paths?: unknown } | undefined)?.paths;
    if (typeof paths !== 'object' || paths === null || Array.isArray(paths)) continue;
    for (const [path, item] of Object.entries(paths)) {
      if (!path.startsWith('/') || typeof item !== 'object' || item === null) continue;
      for (const method of METHODS.filter((m) => Object.hasOwn(item, m))) {
        operations.push({ key: `${method.toUpperCase()} ${path}`, doc, pointer: pointerOf(['paths', path, method]) });
      }
    }
  }
  return { operations, broken };
}

/** Every OpenAPI file of a view. */
export function openapiFiles(view: RepoView): string[] {
  return view.index.ofKind('openapi').flatMap((o) => o.files);
}

/** Every `METHOD /path` named on the API docs pages at head, in page order. */
export async function apiDocsMentions(ctx: RuleContext): Promise<Mention[]> {
  const patterns = ctx.settings.paths.apiDocs.map(compilePattern);
  const mentions: Mention[] = [];
  for (const file of ctx.head.index.entries.keys()) {
    if (!patterns.some((p) => p.match(file) !== undefined)) continue;
    const text = await ctx.head.text(file);
    if (text !== undefined) mentions.push(...mentionsIn(file, text));
  }
  return mentions;
}

/** The operations a text names; a trailing `.`, `:` or `?query` is not part of the path. */
export function mentionsIn(file: string, text: string): Mention[] {
  const lines = lineTableOf(text);
  return [...text.matchAll(MENTION)].map((m) => {
    const path = m[2].replace(/\?.*$/, '').replace(/[.:]+$/, '');
    return { key: `${m[1]} ${path}`, file, ...lines.position(m.index ?? 0) };
  });
}
