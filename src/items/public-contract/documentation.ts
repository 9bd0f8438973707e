import type { CatalogEntry } from '../../catalog/types.js';
import { fillPattern } from '../../core/pattern.js';
import type { RuleContext } from '../../core/rule.js';

/** Whether a breaking change to a type is recorded in the same change. */
export interface Documentation {
  /** False for platform types (pinned or other non-repository definitions): the platform owns their docs. */
  readonly needsDocsPage: boolean;
  /** The type's docs page that this change adds or edits, if any. */
  readonly docsPage?: string;
  /** Where the docs page is expected, for hints. */
  readonly expectedPage: string;
  /** The changelog file whose added lines name the type, if any. */
  readonly changelog?: string;
  /** Where the changelog entry is expected, for hints. */
  readonly expectedChangelog: string;
  readonly documented: boolean;
}

/**
 * Checks the two records a breaking change needs: an edit of the type's docs page (any
 * `actionDocs`, `logicDocs` or `triggerDocs` path for its id, by kind) and a changelog line added
 * in this change that names the type as a word. Platform types need only the changelog line.
 */
export async function documentationOf(ctx: RuleContext, entry: CatalogEntry): Promise<Documentation> {
  const patterns = entry.kind === 'trigger' ? ctx.settings.paths.triggerDocs : entry.kind === 'logic' ? ctx.settings.paths.logicDocs : ctx.settings.paths.actionDocs;
  const pages = patterns.map((p) => fillPattern(p, entry.type));
  const docsPage = pages.find((page) => isEdited(ctx, page));
  const needsDocsPage = entry.source === 'repository';
  const changelog = await changelogNaming(ctx, entry.type);
  return {
    needsDocsPage,
    ...(docsPage ? { docsPage } : {}),
    // The configuration schema gives every path list at least one pattern.
    expectedPage: pages[0],
    ...(changelog ? { changelog } : {}),
    expectedChangelog: ctx.settings.paths.changelog[0],
    documented: changelog !== undefined && (docsPage !== undefined || !needsDocsPage),
  };
}

function isEdited(ctx: RuleContext, path: string): boolean {
  const change = ctx.affected.changeOf(path);
  return change !== undefined && change.status !== 'removed';
}

/** The first changelog file at head whose lines added in this change name the type. */
async function changelogNaming(ctx: RuleContext, type: string): Promise<string | undefined> {
  for (const object of ctx.head.index.ofKind('changelog')) {
    for (const file of object.files) {
      const change = ctx.affected.changeOf(file);
      if (!change) continue;
      const before = (await ctx.base?.text(change.previousPath ?? file)) ?? '';
      if (addedLines(before, (await ctx.head.text(file)) ?? '').some((line) => namesWord(line, type))) return file;
    }
  }
  return undefined;
}

/** Lines of `after` that `before` does not have (as a multiset, so a moved line is not new). */
export function addedLines(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const line of before.split(/\r?\n/)) left.set(line, (left.get(line) ?? 0) + 1);
  return after.split(/\r?\n/).filter((line) => {
    const count = left.get(line) ?? 0;
    if (count > 0) left.set(line, count - 1);
    return count === 0;
  });
}

/** True when `word` occurs in `text` not as part of a longer id (no letter, digit, `_` or `-` right before or after). */
export function namesWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isIdChar(text[at - 1]) && !isIdChar(text[at + word.length])) return true;
  }
  return false;
}

function isIdChar(char: string | undefined): boolean {
  return char !== undefined && /[\w-]/.test(char);
}
