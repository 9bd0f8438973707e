/**
 * The job summary: the same content as the comment, unabridged (cut only past GitHub's 1 MiB
 * step-summary limit), without the comment marker.
 */
import type { Report } from '../core/types.js';
import { SUMMARY_BYTE_BUDGET } from './checklist-md.js';
import type { LinkContext } from './links.js';
import { utf8Length } from './markdown-budget.js';
import { renderMarkdownDocument } from './markdown-document.js';

/** Renders the full report for `$GITHUB_STEP_SUMMARY`; at most `SUMMARY_BYTE_BUDGET` UTF-8 bytes. */
export function renderSummaryMarkdown(report: Report, links: LinkContext): string {
  return renderMarkdownDocument(report, links, {
    budget: SUMMARY_BYTE_BUDGET,
    measure: utf8Length,
    linkFullReport: false,
    noticeLimit: Number.POSITIVE_INFINITY,
  });
}
