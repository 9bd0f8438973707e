/** What `check` and `merge` print: the report in the format asked for. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../core/types.js';
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
  /** The folder of the rule pages, when the CLI runs from its package (`rulePagesBeside`): the text report names a rule's page there. */
  readonly rulePages?: string;
}

/** The rules' descriptions, for SARIF only: loading them loads every rule. */
async function ruleDescriptions() {
  return (await import('../items/descriptions.js')).ruleDescriptions();
}

export async function renderReport(report: Report, format: Format, options: RenderOptions): Promise<string> {
  const { base } = options;
  const reproduce = `b3os-readiness check ${base ? `--base ${base}${report.summary.merge?.status === 'off' ? ' --no-merge' : ''}` : '--all'}`;
  switch (format) {
    case 'json':
      return renderJson(report, options.pullRequest);
    case 'sarif':
      return JSON.stringify(renderSarif(report, { toolVersion: TOOL_VERSION, informationUri: TOOL_URL, descriptions: await ruleDescriptions() }), null, 2) + '\n';
    case 'markdown':
      return renderSummaryMarkdown(report, { reproduce, rulesUrl: RULES_INDEX_URL });
    default:
      return renderText(report, { color: options.color, localDocs: (ruleId) => (options.rulePages ? localRulePage(options.rulePages, ruleId) : undefined) });
  }
}

/** The folder of the rule pages the package ships beside dist/ (docs/rules), from the bundled entry (dist/cli.js). */
export function rulePagesBeside(entry: URL | undefined): string | undefined {
  return entry && fileURLToPath(new URL('../docs/rules', entry));
}

/** The rule's page in the installed package, when the package has it. */
function localRulePage(folder: string, ruleId: string): string | undefined {
  const page = join(folder, `${ruleId}.md`);
  return /^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId) && existsSync(page) ? page : undefined;
}
