/**
 * The `<details>` block of one item: its findings as list items, most severe first, each with a
 * link to the file and line, its rule id linked to the rule's docs, the message and the hint.
 */
import type { Finding, ItemResult } from '../core/types.js';
import { countNoun, countPhrase, messageInline, waiverInline } from './digest.js';
import { codeSpan, escapeHtmlText } from './escape.js';
import { pendingInline, reviewLinkMarkdown } from './waiver-text.js';
import { comparePlace, placeLabel } from './finding-order.js';
import { inlineToMarkdown, parseInline } from './inline.js';
import { isBlocking, STATUS_EMOJI } from './item-status.js';
import { fileLineUrl, markdownLink, type LinkContext } from './links.js';

/**
 * How dispensable a finding is when the comment runs out of room: 0 notices, 1 warnings,
 * 2 errors of items that do not block (or waived errors), 3 errors of blocking items.
 */
export function dropRank(finding: Finding, item: ItemResult): number {
  if (finding.severity === 'notice') return 0;
  if (finding.severity === 'warning') return 1;
  return isBlocking(item.status) && finding.waiver === undefined ? 3 : 2;
}

/**
 * An item's findings in display order: least dispensable first, then by place. Truncation keeps
 * a prefix of this order, so cutting always removes the least severe findings first.
 */
export function displayOrder(item: ItemResult): readonly Finding[] {
  return [...item.findings].sort((a, b) => dropRank(b, item) - dropRank(a, item) || comparePlace(a, b));
}

/** One finding as a Markdown list item (three lines joined by hard breaks, two without a hint). */
export function renderFinding(finding: Finding, links: LinkContext): string {
  const place = placeLabel(finding);
  const where =
    place === undefined ? '' : `${markdownLink(codeSpan(place), fileLineUrl(links, finding.location))} `;
  const rule = markdownLink(codeSpan(finding.ruleId, 120), finding.docsUrl);
  const label = finding.severity === 'error' ? '' : `**${finding.severity}**: `;
  const waiver = finding.waiver
    ? ` (${inlineToMarkdown(waiverInline(finding.waiver))}${reviewLinkMarkdown(finding.waiver)})`
    : finding.pendingWaiver ? ` (${inlineToMarkdown(pendingInline(finding.pendingWaiver))})` : '';
  const message = `${label}${inlineToMarkdown(messageInline(finding))}${waiver}`;
  const hint = finding.hint !== undefined ? `\\\n  Hint: ${inlineToMarkdown(parseInline(finding.hint))}` : '';
  return `- ${where}${rule}\\\n  ${message}${hint}`;
}

/**
 * The details block of an item showing the first `shown` of its rendered findings (see
 * `renderFinding`, in display order) and, when some were cut, "…and N more findings <moreNote>".
 */
export function renderDetails(item: ItemResult, findings: readonly string[], shown: number, moreNote: string, extra = ''): string {
  const summary = `${STATUS_EMOJI[item.status]} ${escapeHtmlText(item.title)}: ${countPhrase(item.findings)}`;
  const lines = findings.slice(0, shown);
  const left = findings.length - lines.length;
  if (left > 0) lines.push(`- …and ${countNoun(left, 'more finding')} ${moreNote}`);
  const after = extra === '' ? '' : `\n\n${extra}`;
  return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}${after}\n\n</details>`;
}
