/** What `check` and `merge` print: the report in the format asked for. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../core/types.js';
import { ruleDescriptions } from '../items/descriptions.js';
import { renderJson, type ReportPullRequest } from '../render/json.js';
import { renderSarif } from '../render/sarif.js';
import { renderSummaryMarkdown } from '../render/summary-md.js';
import { renderText } from '../render/text.js';
import { RULES_INDEX_URL, TOOL_URL, TOOL_VERSION } from './about.js';

export const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** How the report was asked for: `base` as the user named it (for the command that reproduces it), the pull request it is about. */
export interface RenderOptions {
  readonly color: boolean;
  readonly base?: string;
  readonly pullRequest?: ReportPullRequest;
}

export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  const { base } = options;
  const reproduce = `b3os-readiness check ${base ? `--base ${base}${report.summary.merge?.status === 'off' ? ' --no-merge' : ''}` : '--all'}`;
  switch (format) {
    case 'json':
      return renderJson(report, options.pullRequest);
    case 'sarif':
      return JSON.stringify(renderSarif(report, { toolVersion: TOOL_VERSION, informationUri: TOOL_URL, descriptions: ruleDescriptions() }), null, 2) + '\n';
    case 'markdown':
      return renderSummaryMarkdown(report, { reproduce, rulesUrl: RULES_INDEX_URL });
    default:
      return renderText(report, { color: options.color, localDocs: localRulePage });
  }
}

// The bundle is dist/cli-engine.js; the rule pages ship beside dist/ in the package (docs/rules).
const LOCAL_RULES = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/rules');

/** The rule's page in the installed package, when the package has it. */
function localRulePage(ruleId: string): string | undefined {
  const page = join(LOCAL_RULES, `${ruleId}.md`);
  return /^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId) && existsSync(page) ? page : undefined;
}
