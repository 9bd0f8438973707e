/**
 * The templates templates-portable checks (every affected template file), read once per run, and
 * the literal text of their strings: what a template ships to every organization that uses it.
 */
import { isObject, type DefinitionView } from '../../b3os/definition.js';
import { scanExpressions, walkStrings, type StringSite } from '../../b3os/expressions.js';
import type { RuleContext } from '../../core/rule.js';
import type { JsonValue, ParsedDocument } from '../../parse/document.js';
import { affectedDefinitionFiles } from '../definition-validates/files.js';
import { definitionGraphOf } from '../../b3os/definition-graph.js';

/** A template file; `view` and `body` are absent when it cannot be read as a template with nodes. */
export interface CheckedTemplate {
  readonly slug: string;
  readonly doc: ParsedDocument;
  readonly body?: Readonly<Record<string, JsonValue>>;
  readonly view?: DefinitionView;
}

const perRun = new WeakMap<RuleContext, Promise<CheckedTemplate[]>>();

/** The affected template files (the blast radius included), in path order. */
export function templatesInScope(ctx: RuleContext): Promise<CheckedTemplate[]> {
  let found = perRun.get(ctx);
  if (!found) perRun.set(ctx, (found = collect(ctx)));
  return found;
}

async function collect(ctx: RuleContext): Promise<CheckedTemplate[]> {
  const files = await affectedDefinitionFiles(ctx, ['template']);
  return files
    .map(({ id, doc }) => {
      const view = definitionGraphOf(doc)?.view;
      return isObject(doc.value) && view ? { slug: id, doc, body: doc.value, view } : { slug: id, doc };
    })
    .sort((a, b) => (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0));
}

/** A string value of a template with its expressions blanked out: what is written literally. */
export interface LiteralSite extends StringSite {
  readonly literal: string;
}

/** Every string value (not member names) of the template body, with its literal text. */
export function* literalSites(body: Readonly<Record<string, JsonValue>>): Generator<LiteralSite> {
  for (const site of walkStrings(body, '')) {
    if (site.isKey) continue;
    let literal = site.text;
    for (const expression of scanExpressions(site.text).expressions.reverse()) {
      literal = `${literal.slice(0, expression.start)} ${literal.slice(expression.end)}`;
    }
    yield { ...site, literal };
  }
}
