/**
 * The sticky PR comment: the checklist as Markdown, starting with the hidden marker the comment
 * adapter finds it by, and fitted into the comment budget.
 */
import type { Report } from '../core/types.js';
import type { LinkContext } from './links.js';
import { utf16Length, utf8Length } from './markdown-budget.js';
import { renderMarkdownDocument } from './markdown-document.js';

/** The first line of our comment; the adapter matches it together with the author. */
export const COMMENT_MARKER = '<!-- b3os-readiness:checklist v1 -->';

/** Default comment budget in UTF-16 units: GitHub rejects bodies over 65,536 (github-platform G17). */
export const COMMENT_BUDGET = 60_000;

/**
 * Summary budget in UTF-8 bytes: GitHub aborts a step summary over 1 MiB (G7); the margin leaves
 * room for anything else written to the same step's summary.
 */
export const SUMMARY_BYTE_BUDGET = 1_024 * 1_024 - 16 * 1_024;

// A comment lists only the first notices; the full list is in the job summary.
const COMMENT_NOTICE_LIMIT = 10;

/** Options of `renderChecklistMarkdown`. */
export interface ChecklistMarkdownOptions {
  /** Maximum length in UTF-16 units when not `full`; default 60,000. */
  readonly budget?: number;
  /** Job-summary mode: nothing cut unless the output would exceed 1 MiB of UTF-8. */
  readonly full?: boolean;
}

/**
 * Renders the report as the sticky comment: marker on the first line, heading, run line, the
 * complete checklist table, objects table, per-item details, footer. Pure and deterministic.
 * Over budget, details are cut from the least severe finding up with "…and N more findings in the
 * full report"; the heading and the checklist table always stay complete.
 */
export function renderChecklistMarkdown(
  report: Report,
  links: LinkContext,
  options: ChecklistMarkdownOptions = {},
): string {
  const full = options.full ?? false;
  return renderMarkdownDocument(report, links, {
    marker: COMMENT_MARKER,
    budget: full ? SUMMARY_BYTE_BUDGET : (options.budget ?? COMMENT_BUDGET),
    measure: full ? utf8Length : utf16Length,
    linkFullReport: !full,
    noticeLimit: full ? Number.POSITIVE_INFINITY : COMMENT_NOTICE_LIMIT,
  });
}
