import type { RepoObject } from '../../core/repo-index.js';
import type { ReportedFinding, RepositoryRule, RuleContext } from '../../core/rule.js';
import { documentationUrl } from './documentation-url.js';
import { fundsCaution } from './funds-caution.js';
import { pageSections } from './page-sections.js';
import { payloadTable } from './payload-table.js';
import { resultTable } from './result-table.js';

/** The docs-updated rules whose findings are about a type's page or its definition's docs fields. */
const PAGE_RULES: readonly RepositoryRule[] = [pageSections, payloadTable, resultTable, fundsCaution, documentationUrl];
const cache = new WeakMap<RuleContext, Promise<ReportedFinding[]>>();

/**
 * The findings of the page rules that concern one type: those located in its page or in one of
 * its definition files. The rules run once per run here with a collecting reporter (the engine
 * runs them again for the item; both read the same cached pages), so the docs cell of a row never
 * shows ✅ for a page the item fails.
 */
export async function pageFindingsOf(ctx: RuleContext, object: RepoObject, page: string): Promise<ReportedFinding[]> {
  let hit = cache.get(ctx);
  if (!hit) cache.set(ctx, (hit = collect(ctx)));
  const files = new Set([page, ...object.files]);
  return (await hit).filter((f) => f.location !== undefined && files.has(f.location.file));
}

async function collect(ctx: RuleContext): Promise<ReportedFinding[]> {
  const findings: ReportedFinding[] = [];
  for (const rule of PAGE_RULES) await rule.run(ctx, { report: (f) => findings.push(f) });
  return findings;
}
