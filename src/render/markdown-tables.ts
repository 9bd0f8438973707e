/**
 * The always-complete top of the Markdown report: heading, run line, the eleven-row checklist
 * table, and the table of new and changed actions and triggers.
 */
import { rowWaiverMarkdown } from './waiver-text.js';
import type { CellStatus, ChangeSummary, ObjectKind, ObjectRow, Report } from '../core/types.js';
import { OBJECT_KINDS } from '../core/types.js';
import { countNoun, itemDigest } from './digest.js';
import { codeSpan, escapeMarkdownText, escapeTableCell } from './escape.js';
import { inlineToMarkdown, parseInline } from './inline.js';
import { blockingItems, blockPhrase, failPhrase, isBlocking, isReady, offPhrase, STATUS_EMOJI } from './item-status.js';
import { markdownLink, safeUrl } from './links.js';
import { comparedPhrase, configPhrase } from './run-description.js';

/** "## B3OS production readiness: ✅ ready" or "… ❌ 3 of 11 items block this PR". */
export function renderHeading(report: Report): string {
  const blocking = blockingItems(report).length;
  const verdict = isReady(report)
    ? '✅ ready'
    : blocking > 0
      ? `❌ ${blockPhrase(blocking, report.items.length)} this PR`
      : `❌ not ready: ${failPhrase(report)}`;
  const off = offPhrase(report);
  return `## B3OS production readiness: ${verdict}${off ? ` · ${off}` : ''}`;
}

const KIND_NOUNS: Readonly<Record<ObjectKind, string>> = {
  workflow: 'workflow',
  manifest: 'manifest',
  runbook: 'runbook',
  action: 'action',
  trigger: 'trigger',
  template: 'template',
  environment: 'environment',
  openapi: 'OpenAPI spec',
  catalog: 'catalog',
  docs: 'docs page',
  changelog: 'changelog',
  config: 'config file',
};

/** "3 workflows, 1 action, 2 docs pages affected", zero kinds omitted; '' when nothing is. */
export function affectedPhrase(summary: ChangeSummary): string {
  const parts = OBJECT_KINDS.filter((kind) => (summary.affected[kind] ?? 0) > 0).map((kind) =>
    countNoun(summary.affected[kind], KIND_NOUNS[kind]),
  );
  return parts.length === 0 ? '' : `${parts.join(', ')} affected`;
}

/** `0f1e2d3` → `a1b2c3d` · 14 files changed · 3 workflows, … affected · configuration: … · [full report](…). */
export function renderRunLine(summary: ChangeSummary, reportUrl: string | undefined): string {
  const radius = summary.blastRadius.length;
  const parts = [
    comparedPhrase(summary),
    affectedPhrase(summary),
    radius > 0 ? `re-validated for a changed schema: ${blastRadiusNames(summary.blastRadius)}` : '',
    configPhrase(summary),
    safeUrl(reportUrl) !== undefined ? markdownLink('full report', reportUrl) : '',
  ];
  return parts.filter((part) => part !== '').join(' · ');
}

/** Up to five file names as code spans, then "and N more". */
function blastRadiusNames(files: readonly string[]): string {
  const shown = files.slice(0, 5).map((f) => codeSpan(f, 120));
  return files.length > 5 ? `${shown.join(', ')} and ${files.length - 5} more` : shown.join(', ');
}

/** The checklist: one row per item, in report order, never truncated. */
export function renderItemsTable(report: Report): string {
  const rows = report.items.map((item) => {
    const title = escapeMarkdownText(item.title);
    const cells = [
      STATUS_EMOJI[item.status],
      isBlocking(item.status) ? `**${title}**` : title,
      `${inlineToMarkdown(itemDigest(item))}${rowWaiverMarkdown(item)}`,
    ];
    return `| ${cells.map(escapeTableCell).join(' | ')} |`;
  });
  return ['| | Launch requirement | Findings |', '|---|---|---|', ...rows].join('\n');
}

const CELL_MARK: Readonly<Record<CellStatus['status'], string>> = {
  ok: '✅',
  fail: '❌',
  incomplete: '⚠️',
  'n/a': '–',
};

function renderCell(cell: CellStatus): string {
  const note = cell.note !== undefined && cell.note !== '' ? ` ${inlineToMarkdown(parseInline(cell.note))}` : '';
  return `${CELL_MARK[cell.status]}${note}`;
}

/** One row of the objects table. */
export function renderObjectRow(row: ObjectRow): string {
  const name = `${codeSpan(row.type)} (${row.change} ${row.kind})`;
  const cells = [name, ...[row.schema, row.docs, row.examples, row.contract].map(renderCell)];
  return `| ${cells.map(escapeTableCell).join(' | ')} |`;
}

/**
 * The "New and changed actions and triggers" section with the first `shown` rows and, when rows
 * were left out, a line saying how many. Empty string when the report has no object rows.
 */
export function renderObjectsTable(objects: readonly ObjectRow[], shown: number, moreNote: string): string {
  const header = ['type', 'schema', 'docs', 'examples', 'contract'];
  return renderTableSection({ title: 'New and changed actions and triggers', header, noun: 'more object' }, objects.slice(0, shown).map(renderObjectRow), objects.length, moreNote);
}

/** What names a table section: its bold title, column names, and the noun that counts rows left out. */
export interface TableSection {
  readonly title: string;
  readonly header: readonly string[];
  readonly noun: string;
}

/** The section with the rendered rows shown, then "…and N more <noun>s <moreNote>" up to `total`; '' when `total` is 0. */
export function renderTableSection(section: TableSection, body: readonly string[], total: number, moreNote: string): string {
  if (total === 0) return '';
  const { title, header, noun } = section;
  const left = total - body.length;
  const rest = left > 0 ? `\n\n…and ${countNoun(left, noun)} ${moreNote}` : '';
  const lines = [`| ${header.join(' | ')} |`, `|${'---|'.repeat(header.length)}`, ...body];
  return `**${title}**\n\n${lines.join('\n')}${rest}`;
}
