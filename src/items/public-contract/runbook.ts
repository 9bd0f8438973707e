import { fromSpan, locationIn, startOf } from '../../core/locate.js';
import type { RepoObject } from '../../core/repo-index.js';
import { defineRule, type Reporter, type RuleContext } from '../../core/rule.js';
import type { ParsedDocument } from '../../parse/document.js';
import { conventional, resolveRunbook, workflowsInScope } from './runbook-paths.js';

/** Shorter runbooks (after trimming) are treated as empty. */
export const MIN_RUNBOOK_CHARS = 40;

/**
 * Every workflow in scope has a readiness manifest naming its owner and a runbook that exists and
 * says something. Without `runbook`, the conventional runbook paths for the slug are accepted.
 */
export const runbook = defineRule(
  {
    id: 'public-contract/runbook',
    description: 'every workflow has a manifest that names an owner and a runbook that exists',
    severity: 'error',
  },
  async (ctx, reporter) => {
    for (const workflow of workflowsInScope(ctx)) {
      const manifest = conventional(ctx, ctx.settings.paths.manifests, workflow.id);
      if (!manifest.found) {
        reporter.report({
          message: `workflow \`${workflow.id}\` has no readiness manifest; expected \`${manifest.expected}\``,
          hint: `add \`${manifest.expected}\` with \`owner\` and \`runbook\``,
          location: startOf(workflowFile(workflow)),
        });
        continue;
      }
      const doc = await ctx.head.document(manifest.found);
      if (doc) await checkManifest(ctx, reporter, workflow.id, doc);
    }
  },
);

async function checkManifest(ctx: RuleContext, reporter: Reporter, slug: string, doc: ParsedDocument): Promise<void> {
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
  if (path !== undefined) reportEmpty(reporter, path, (await ctx.head.text(path)) ?? '');
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

function workflowFile(workflow: RepoObject): string {
  return [...workflow.files].sort()[0];
}
