/**
 * The short texts of the checklist: what the Findings column says for each item, and count
 * phrases such as "2 errors, 1 warning". Shared by the Markdown and the plain-text renderers.
 */
import type { AppliedWaiver, Finding, ItemResult, Severity } from '../core/types.js';
import { SEVERITIES, TURNED_OFF } from '../core/types.js';
import { code, parseInline, plain, type Inline } from './inline.js';

const DIGEST_MESSAGE_LENGTH = 160;

/** `1 error` / `2 errors`. */
export function countNoun(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Findings that no waiver covers. */
export function activeFindings(findings: readonly Finding[]): readonly Finding[] {
  return findings.filter((finding) => finding.waiver === undefined);
}

/**
 * Counts of findings, e.g. "2 errors, 1 warning, 1 unverified, 1 waived": unwaived verified ones
 * by severity, then unverified ones, then waived ones. Empty string when there are none.
 */
export function countPhrase(findings: readonly Finding[]): string {
  const active = activeFindings(findings);
  const unverified = active.filter((f) => f.unverified === true).length;
  const waived = findings.length - active.length;
  const parts = [
    severityCounts(active.filter((f) => f.unverified !== true), SEVERITIES),
    unverified > 0 ? `${unverified} unverified` : '',
    waived > 0 ? `${waived} waived` : '',
  ];
  return parts.filter((part) => part !== '').join(', ');
}

/** "1 warning, 2 notices": counts of the given severities among unwaived findings; '' if none. */
export function severityCounts(findings: readonly Finding[], severities: readonly Severity[]): string {
  const active = activeFindings(findings);
  return severities
    .map((severity) => countNoun(active.filter((f) => f.severity === severity).length, severity))
    .filter((part) => !part.startsWith('0 '))
    .join(', ');
}

/** Identifies a waiver: two findings with equal keys are covered by the same waiver. */
export function waiverKey(waiver: AppliedWaiver): string {
  return JSON.stringify([waiver.expires, waiver.approver, waiver.reason]);
}

/** "waived until <expires> by <approver>[ for <most specific scope>]: <reason>". */
export function waiverInline(waiver: AppliedWaiver): Inline {
  const scope = waiver.scope !== undefined ? [plain(' for '), ...parseInline(waiver.scope)] : [];
  return [plain(`waived until ${waiver.expires} by ${waiver.approver}`), ...scope, plain(': '), ...parseInline(waiver.reason)];
}

/** The first finding's message, prefixed when the rule could not decide. */
export function messageInline(finding: Finding, max?: number): Inline {
  const prefix = finding.unverified === true ? [plain('could not verify: ')] : [];
  return [...prefix, ...parseInline(finding.message, max)];
}

/**
 * What the checklist row says for an item: for fail its reason or a digest of its findings; for
 * incomplete the reason; for waived the waiver; "not affected"; for an item turned off, so; for pass its
 * reason and warning counts (often nothing).
 */
export function itemDigest(item: ItemResult): Inline {
  switch (item.status) {
    case 'fail':
      return item.reason !== undefined ? parseInline(item.reason) : failureDigest(item.findings);
    case 'incomplete':
      return incompleteDigest(item);
    case 'waived':
      return waivedDigest(item);
    case 'not-affected':
      return [plain('not affected')];
    case 'off':
      return [plain(TURNED_OFF)];
    case 'pass':
      return passDigest(item);
  }
}

function failureDigest(findings: readonly Finding[]): Inline {
  const active = activeFindings(findings);
  if (active.length === 0) return [plain('failed')];
  if (active.length === 1) return messageInline(active[0], DIGEST_MESSAGE_LENGTH);
  const errors = active.filter((f) => f.severity === 'error' && f.unverified !== true);
  const unverified = active.filter((f) => f.unverified === true).length;
  const others = [severityCounts(active.filter((f) => f.unverified !== true), ['warning', 'notice']), unverified > 0 ? `${unverified} unverified` : ''].filter((p) => p !== '').join(', ');
  if (errors.length === 0) return [plain(countPhrase(active))];
  const lead = errors.length === 1 ? messageInline(errors[0], DIGEST_MESSAGE_LENGTH) : errorsWhere(errors);
  return others === '' ? lead : [...lead, plain(` · ${others}`)];
}

/** "2 errors in `file`" or "5 errors in 3 files". */
function errorsWhere(errors: readonly Finding[]): Inline {
  const files = [...new Set(errors.flatMap((f) => (f.location ? [f.location.file] : [])))];
  const phrase = countNoun(errors.length, 'error');
  if (files.length === 1) return [plain(`${phrase} in `), code(files[0])];
  return [plain(files.length > 1 ? `${phrase} in ${files.length} files` : phrase)];
}

function incompleteDigest(item: ItemResult): Inline {
  if (item.reason !== undefined) return parseInline(item.reason);
  const unverified = item.findings.find((f) => f.unverified === true);
  return unverified ? messageInline(unverified, DIGEST_MESSAGE_LENGTH) : [plain('could not verify')];
}

function waivedDigest(item: ItemResult): Inline {
  const waivers = item.findings.flatMap((f) => (f.waiver ? [f.waiver] : []));
  if (waivers.length === 0) return item.reason !== undefined ? parseInline(item.reason) : [plain('waived')];
  const distinct = new Set(waivers.map(waiverKey)).size;
  const more = distinct > 1 ? [plain(` (+${countNoun(distinct - 1, 'more waiver')})`)] : [];
  return [...waiverInline(waivers[0]), ...more];
}

function passDigest(item: ItemResult): Inline {
  const counts = severityCounts(item.findings, ['warning', 'notice']);
  const reason = item.reason !== undefined ? parseInline(item.reason) : [];
  if (counts === '') return reason;
  return reason.length > 0 ? [...reason, plain(` · ${counts}`)] : [plain(counts)];
}
