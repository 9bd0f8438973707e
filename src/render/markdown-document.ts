/**
 * The whole Markdown report (comment or job summary), fitted into a budget: details are cut from
 * the least severe finding up, then object rows, funds rows, then notices; heading, run line and the
 * eleven-row checklist always stay complete.
 */
import { PROPOSED } from '../core/config-label.js';
import type { Finding, ItemResult, Report } from '../core/types.js';
import { countNoun, waiverKey } from './digest.js';
import { codeSpan, NOTICE_LENGTH } from './escape.js';
import { inlineToMarkdown, parseInline } from './inline.js';
import { itemsByUrgency } from './item-status.js';
import { markdownLink, type LinkContext } from './links.js';
import { displayOrder, dropRank, renderDetails, renderFinding } from './markdown-details.js';
import { fitToBudget, type Droppable, type Measure } from './markdown-budget.js';
import { renderFundsRow, renderFundsTable } from './funds-table.js';
import { renderMermaid } from './mermaid.js';
import {
  renderHeading,
  renderItemsTable,
  renderObjectRow,
  renderObjectsTable,
  renderRunLine,
} from './markdown-tables.js';

/** How to render: marker line or not, size budget and its unit, how many notices to list. */
export interface MarkdownDocumentOptions {
  readonly marker?: string;
  readonly budget: number;
  readonly measure: Measure;
  /** Link the run line to the full report (the comment does, the summary itself does not). */
  readonly linkFullReport: boolean;
  readonly noticeLimit: number;
}

interface Plan {
  readonly findings: number[];
  objects: number;
  funds: number;
  notices: number;
  diagrams: number;
}

interface Layout {
  readonly items: readonly ItemResult[];
  readonly ordered: readonly (readonly Finding[])[];
  /** `ordered`, rendered once: the budget loop re-composes many times. */
  readonly rendered: readonly (readonly string[])[];
}

/** Renders the report as Markdown within `options.budget` (see the module comment for the order). */
export function renderMarkdownDocument(report: Report, links: LinkContext, options: MarkdownDocumentOptions): string {
  return renderMarkdownDocumentCounted(report, links, options).text;
}

/** A fitted document and how many of the report's findings its details still list. */
export interface CountedDocument {
  readonly text: string;
  readonly shownFindings: number;
  readonly totalFindings: number;
}

/** `renderMarkdownDocument`, also counting the findings listed, for callers that must state exact counts. */
export function renderMarkdownDocumentCounted(report: Report, links: LinkContext, options: MarkdownDocumentOptions): CountedDocument {
  const items = itemsByUrgency(report.items).filter((item) => item.findings.length > 0);
  const ordered = items.map(displayOrder);
  const rendered = ordered.map((findings) => findings.map((finding) => renderFinding(finding, links)));
  const layout: Layout = { items, ordered, rendered };
  const plan: Plan = {
    findings: layout.ordered.map((findings) => findings.length),
    objects: report.objects.length,
    funds: report.funds?.length ?? 0,
    notices: Math.min(options.noticeLimit, report.notices.length),
    diagrams: report.diagrams?.length ?? 0,
  };
  const render = (): string => compose(report, links, options, layout, plan);
  const text = fitToBudget(render, droppables(report, options.measure, layout, plan), options.budget, options.measure);
  const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0);
  return { text, shownFindings: sum(plan.findings), totalFindings: sum(layout.ordered.map((f) => f.length)) };
}

function droppables(report: Report, measure: Measure, layout: Layout, plan: Plan): Droppable[] {
  const findings = layout.ordered.flatMap((ordered, index) =>
    ordered.map((finding, position) => ({ index, position, rank: dropRank(finding, layout.items[index]) })),
  );
  findings.sort((a, b) => a.rank - b.rank || b.index - a.index || b.position - a.position);
  const findingDrops = findings.map(({ index, position }) => ({
    cost: measure(layout.rendered[index][position]) + 1,
    drop: () => void (plan.findings[index] = Math.min(plan.findings[index], position)),
  }));
  const objectDrops = report.objects.map((row, index) => ({
    cost: measure(renderObjectRow(row)) + 1,
    drop: () => void (plan.objects = Math.min(plan.objects, index)),
  }));
  const fundsDrops = (report.funds ?? []).map((row, index) => ({
    cost: measure(renderFundsRow(row)) + 1,
    drop: () => void (plan.funds = Math.min(plan.funds, index)),
  }));
  const noticeDrops = report.notices.slice(0, plan.notices).map((notice, index) => ({
    cost: measure(renderNotice(notice)) + 1,
    drop: () => void (plan.notices = Math.min(plan.notices, index)),
  }));
  // Diagrams go first when room runs out: they only illustrate the findings.
  const diagramDrops = (report.diagrams ?? []).map((diagram, index) => ({
    cost: measure(renderMermaid(diagram)) + 2,
    drop: () => void (plan.diagrams = Math.min(plan.diagrams, index)),
  }));
  return [...diagramDrops.reverse(), ...findingDrops, ...objectDrops.reverse(), ...fundsDrops.reverse(), ...noticeDrops.reverse()];
}

function compose(
  report: Report,
  links: LinkContext,
  options: MarkdownDocumentOptions,
  layout: Layout,
  plan: Plan,
): string {
  const moreNote = `in the ${options.linkFullReport ? markdownLink('full report', links.summaryUrl) : 'full report'}`;
  const heading = renderHeading(report);
  const sections = [
    options.marker !== undefined ? `${options.marker}\n${heading}` : heading,
    renderRunLine(report.summary, options.linkFullReport ? links.summaryUrl : undefined),
    renderItemsTable(report),
    renderConfigFindings(report, links),
    renderFundsTable(report.funds ?? [], plan.funds, moreNote),
    renderObjectsTable(report.objects, plan.objects, moreNote),
    ...layout.items.map((item, index) =>
      renderDetails(item, layout.rendered[index], plan.findings[index], moreNote, item.id === 'definition-validates' ? diagramsOf(report, plan) : ''),
    ),
    renderFooter(report, links),
    renderNotices(report.notices, plan.notices, moreNote),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function diagramsOf(report: Report, plan: Plan): string {
  return (report.diagrams ?? []).slice(0, plan.diagrams).map((d) => `${codeSpan(d.file, 200)}\n\n${renderMermaid(d)}`).join('\n\n');
}

function renderFooter(report: Report, links: LinkContext): string {
  const findings = report.items.flatMap((item) => item.findings);
  const waivers = new Set(findings.flatMap((f) => (f.waiver ? [waiverKey(f.waiver)] : []))).size;
  return [
    `Reproduce locally: ${codeSpan(links.reproduce, 500)}`,
    markdownLink('rules', links.rulesUrl),
    waivers > 0 ? `${countNoun(waivers, 'waiver')} applied` : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** Problems of the configuration, above everything but the checklist: they change what the checklist means. */
function renderConfigFindings(report: Report, links: LinkContext): string {
  const findings = report.configFindings ?? [];
  if (findings.length === 0) return '';
  const trusted = linksAt(links, report.summary.config?.ref);
  // The file in use was read at the base; only the version a change proposes is the head's.
  // Findings about the change's own files (near misses, duplicate definitions) link to the head.
  const atBase = (f: Finding) => f.location?.file === report.summary.config?.path && !f.message.startsWith(PROPOSED);
  const lines = findings.map((f) => renderFinding(f, atBase(f) ? trusted : links));
  return `**Configuration**\n\n${lines.join('\n')}`;
}

/** The links with file URLs at commit `ref` instead of the head; none when `ref` is no commit id. */
function linksAt(links: LinkContext, ref: string | undefined): LinkContext {
  const at = links.blobBase?.match(/^(.*\/blob\/)[0-9a-f]{40}\/?$/);
  return at && ref !== undefined && /^[0-9a-f]{40}$/.test(ref) ? { ...links, blobBase: `${at[1]}${ref}` } : { ...links, blobBase: undefined };
}

function renderNotice(notice: string): string {
  return `- ${inlineToMarkdown(parseInline(notice, NOTICE_LENGTH))}`;
}

function renderNotices(notices: readonly string[], shown: number, moreNote: string): string {
  if (notices.length === 0) return '';
  const lines = notices.slice(0, shown).map(renderNotice);
  const left = notices.length - lines.length;
  if (left > 0) lines.push(`- …and ${countNoun(left, 'more notice')} ${moreNote}`);
  return `**Notices**\n\n${lines.join('\n')}`;
}
