/** What `check` and `merge` print: the report in the format asked for. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../core/types.js';
import type { ReportPullRequest } from '../render/json.js';
import { RULES_INDEX_URL, TOOL_URL, TOOL_VERSION } from './about.js';

export const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** How the report was asked for: `base` as the user named it (for the command that reproduces it), the pull request it is about. */
export interface RenderOptions {
  readonly color: boolean;
  readonly base?: string;
  readonly pullRequest?: ReportPullRequest;
}

/** The report in `format`. Each renderer loads only when its format is asked for (the checklist itself for SARIF's rule descriptions). */
export async function renderReport(report: Report, format: Format, options: RenderOptions): Promise<string> {
  const { base } = options;
  const reproduce = `b3os-readiness check ${base ? `--base ${base}${report.summary.merge?.status === 'off' ? ' --no-merge' : ''}` : '--all'}`;
  switch (format) {
    case 'json':
      return (await import('../render/json.js')).renderJson(report, options.pullRequest);
    case 'sarif': {
      const [{ renderSarif }, { ruleDescriptions }] = await Promise.all([import('../render/sarif.js'), import('../items/descriptions.js')]);
      return JSON.stringify(renderSarif(report, { toolVersion: TOOL_VERSION, informationUri: TOOL_URL, descriptions: ruleDescriptions() }), null, 2) + '\n';
    }
    case 'markdown':
      return (await import('../render/summary-md.js')).renderSummaryMarkdown(report, { reproduce, rulesUrl: RULES_INDEX_URL });
    default:
      return (await import('../render/text.js')).renderText(report, { color: options.color, localDocs: localRulePage });
  }
}

// The bundle is dist/cli-engine.js; the rule pages ship beside dist/ in the package (docs/rules).
const LOCAL_RULES = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/rules');

/** The rule's page in the installed package, when the package has it. */
function localRulePage(ruleId: string): string | undefined {
  const page = join(LOCAL_RULES, `${ruleId}.md`);
  return /^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId) && existsSync(page) ? page : undefined;
}
