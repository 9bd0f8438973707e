/**
 * The owner and runbook of a workflow, as its manifest names them: checked by
 * `public-contract/runbook`, and by `failure-paths-observable/manifest` when public-contract is
 * turned off (`readiness/shared-requirements.ts`).
 */
import { fromSpan, locationIn, startOf } from '../core/locate.js';
import { fillPattern } from '../core/pattern.js';
import { runbookCandidates } from '../core/affected.js';
import type { Reporter, RuleContext } from '../core/rule.js';
import type { ParsedDocument } from '../parse/document.js';

/** Shorter runbooks (after trimming) are treated as empty. */
export const MIN_RUNBOOK_CHARS = 40;

/** The first existing file among a setting's patterns filled with the slug, and the first candidate. */
export function conventional(ctx: RuleContext, patterns: readonly string[], slug: string): { found?: string; expected: string } {
  const candidates = patterns.map((p) => fillPattern(p, slug));
  const found = candidates.find((c) => ctx.head.has(c));
  return { ...(found ? { found } : {}), expected: candidates[0] ?? '' };
}

/**
 * A runbook path as the manifest names it, resolved against the manifest folder first and the
 * repository root second (`runbookCandidates`); undefined when neither is a regular file at head.
 */
export function resolveRunbook(ctx: RuleContext, manifest: string, named: string): string | undefined {
  return runbookCandidates(manifest, named).find((c) => ctx.head.has(c));
}

/**
 * Reports what is wrong with the owner and runbook of the workflow `slug` whose manifest is `doc`:
 * a manifest that is not a mapping, no owner, no runbook that exists, an empty runbook (a warning).
 */
export async function checkOwnerAndRunbook(ctx: RuleContext, reporter: Reporter, slug: string, doc: ParsedDocument): Promise<void> {
  const value = doc.value;
  if (value === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) {
    const problem = doc.problems[0];
    reporter.report({
      message: `manifest \`${doc.path}\` is not a YAML mapping, so its owner and runbook cannot be read`,
      hint: 'fix the manifest so it parses as a mapping of keys (see schemas/workflow-manifest.schema.json)',
      location: problem ? fromSpan(doc.path, problem.span) : startOf(doc.path),
    });
    return;
  }
  if (typeof value.owner !== 'string' || value.owner.trim() === '') {
    reporter.report({
      message: `manifest of workflow \`${slug}\` names no owner`,
      hint: 'set `owner` to the GitHub team or user accountable for the workflow, e.g. "@acme/treasury"',
      location: locationIn(doc, value.owner === undefined ? '' : '/owner'),
    });
  }
  const path = await runbookPath(ctx, reporter, slug, doc, value.runbook);
  if (path !== undefined) reportEmpty(reporter, path, (await ctx.head.textOnce(path)) ?? '');
}

/** The runbook file, or undefined after reporting why there is none. */
async function runbookPath(ctx: RuleContext, reporter: Reporter, slug: string, doc: ParsedDocument, named: unknown): Promise<string | undefined> {
  if (named === undefined) {
    const fallback = conventional(ctx, ctx.settings.paths.runbooks, slug);
    if (fallback.found) return fallback.found;
    reporter.report({
      message: `manifest of workflow \`${slug}\` names no runbook and there is none at \`${fallback.expected}\``,
      hint: 'write the runbook and set `runbook` to its path (relative to the manifest folder, or a repository path)',
      location: locationIn(doc, ''),
    });
    return undefined;
  }
  const found = typeof named === 'string' && named.trim() !== '' ? resolveRunbook(ctx, doc.path, named) : undefined;
  if (found) return found;
  reporter.report({
    message: typeof named === 'string' ? `runbook \`${named}\` of workflow \`${slug}\` does not exist` : `\`runbook\` of workflow \`${slug}\` is not a path`,
    hint: 'add the runbook, or fix `runbook` (a path relative to the manifest folder, or a repository path such as docs/runbooks/<slug>.md)',
    location: locationIn(doc, '/runbook'),
  });
  return undefined;
}

function reportEmpty(reporter: Reporter, path: string, text: string): void {
  if (text.trim().length >= MIN_RUNBOOK_CHARS) return;
  reporter.report({
    message: `runbook \`${path}\` is empty`,
    hint: 'describe how to tell the workflow is failing, how to pause it, who to call and how to recover',
    location: startOf(path),
    severity: 'warning',
  });
}
