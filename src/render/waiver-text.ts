/**
 * How waivers a change proposes read: an applied one names the review that approved it, a
 * pending one says who must approve (with the mention neutralised: the comment notifies no one).
 */
import type { AppliedWaiver, Finding, ItemResult, PendingWaiver } from '../core/types.js';
import { inlineToMarkdown, parseInline, plain, type Inline } from './inline.js';
import { markdownLink } from './links.js';

/** "waiver pending approval by @x: <reason>", or for the CLI "waiver unverified (…)". */
export function pendingInline(pending: PendingWaiver): Inline {
  if (pending.state === 'unverified') return [plain(`waiver until ${pending.expires} by ${pending.approver} unverified (approval is checked on the pull request), not applied: `), ...parseInline(pending.reason)];
  return [plain(`waiver until ${pending.expires} not applied, `), ...parseInline(pending.why), plain(': '), ...parseInline(pending.reason)];
}

/** " · [approved by @x on the head](review)" for a pull-request waiver, '' for a trusted one. */
export function reviewLinkMarkdown(waiver: AppliedWaiver): string {
  if (!waiver.review) return '';
  return ` · ${markdownLink(inlineToMarkdown([plain(`approved by @${waiver.review.user} on the head`)]), waiver.review.url)}`;
}

/** " · approved by @x on the head: <url>" for plain text. */
export function reviewLinkPlain(waiver: AppliedWaiver): string {
  return waiver.review ? ` · approved by @${waiver.review.user} on the head: ${waiver.review.url}` : '';
}

/** What a checklist row adds for waivers: the approving review of a waived item, or what a failing one awaits. */
export function rowWaiverMarkdown(item: ItemResult): string {
  if (item.status === 'waived') {
    const first = item.findings.find((f) => f.waiver)?.waiver;
    return first ? reviewLinkMarkdown(first) : '';
  }
  const pending = firstPending(item.findings);
  return pending ? ` · ${inlineToMarkdown([plain(pending.state === 'unverified' ? `waiver by ${pending.approver} unverified` : pending.why.split(':')[0])])}` : '';
}

function firstPending(findings: readonly Finding[]): PendingWaiver | undefined {
  return findings.find((f) => f.pendingWaiver && !f.waiver)?.pendingWaiver;
}
