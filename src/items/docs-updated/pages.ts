import { locationIn, startOf } from '../../core/locate.js';
import { fillPattern } from '../../core/pattern.js';
import type { RepoObject } from '../../core/repo-index.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import { docsPagesRequired } from '../../core/settings.js';
import type { Location } from '../../core/types.js';

/** What differs between the action and the trigger flavour of the missing-page rules. */
export interface PageKind {
  readonly kind: 'action' | 'trigger';
  readonly pages: (ctx: RuleContext) => readonly string[];
  readonly definitionFile: string;
}

/**
 * Reports every affected action or trigger without a docs page at any conventional path, and every
 * other one whose page this change deletes or moves away.
 */
export async function reportMissingPages(ctx: RuleContext, reporter: Reporter, spec: PageKind): Promise<void> {
  // The SDK repository publishes no pages: the docs site generates them from the action metadata.
  if (!docsPagesRequired(ctx.settings)) return;
  const gone = new Set(ctx.changes.files.flatMap((f) => (f.status === 'removed' ? [f.path] : f.previousPath !== undefined ? [f.previousPath] : [])));
  const candidatesOf = (object: RepoObject) => spec.pages(ctx).map((p) => fillPattern(p, object.id));
  const objects = ctx.head.index.ofKind(spec.kind).filter((o) => ctx.affected.has(spec.kind, o.id) || candidatesOf(o).some((p) => gone.has(p)));
  for (const object of objects) {
    const candidates = candidatesOf(object);
    if (candidates.some((p) => ctx.head.has(p))) continue;
    const removed = candidates.find((p) => gone.has(p));
    reporter.report({
      message: removed
        ? `${spec.kind} \`${object.id}\` loses its docs page: this change deletes or moves \`${removed}\``
        : `${spec.kind} \`${object.id}\` has no docs page; expected \`${candidates[0]}\``,
      hint: `add \`${candidates[0]}\` with the sections At a Glance, Payload Schema, Result Schema and Examples`,
      location: await definitionLocation(ctx, object, spec.definitionFile),
    });
  }
}

/** Where to point for an object: its JSON definition's `type`, else its schema source, else its first file. */
async function definitionLocation(ctx: RuleContext, object: RepoObject, jsonName: string): Promise<Location> {
  const json = object.files.find((f) => f.endsWith(`/${jsonName}`));
  const doc = json ? await ctx.head.document(json) : undefined;
  if (doc?.value !== undefined) return locationIn(doc, '/type');
  const source = object.files.find((f) => f.endsWith('/schema.ts')) ?? object.files.find((f) => f.endsWith('/index.ts')) ?? object.files[0];
  return startOf(source);
}
