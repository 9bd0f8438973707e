/**
 * How each item status is shown and whether it blocks: the one place the renderers agree on
 * emoji, words and the "N of 11 items block" phrase.
 */
import type { Finding, ItemResult, ItemStatus, Report } from '../core/types.js';

/** The checklist emoji per status, as in comment.md. */
export const STATUS_EMOJI: Readonly<Record<ItemStatus, string>> = {
  pass: '✅',
  fail: '❌',
  incomplete: '⚠️',
  waived: '☑️',
  'not-affected': '➖',
  off: '⏸️',
};

/** The CLI status word per status. */
export const STATUS_WORD: Readonly<Record<ItemStatus, string>> = {
  pass: 'PASS',
  fail: 'FAIL',
  incomplete: 'INCOMPLETE',
  waived: 'WAIVED',
  'not-affected': 'N/A',
  off: 'OFF',
};

/** True for the statuses that fail the gate: `fail` and `incomplete` (fail closed). */
export function isBlocking(status: ItemStatus): boolean {
  return status === 'fail' || status === 'incomplete';
}

/** The items that block, in checklist order. */
export function blockingItems(report: Report): readonly ItemResult[] {
  return report.items.filter((item) => isBlocking(item.status));
}

/** "3 of 11 items block" / "1 of 11 items blocks": `total` is the number of items in the report. */
export function blockPhrase(blocking: number, total: number): string {
  return `${blocking} of ${total} items ${blocking === 1 ? 'blocks' : 'block'}`;
}

/**
 * Open (unwaived) warnings, the items' and the configuration's (a near-miss path, waiver hygiene):
 * with `fail-on: warning` they fail the gate although no item blocks.
 */
export function openWarnings(report: Report): number {
  const open = (f: Finding): boolean => f.severity === 'warning' && !f.waiver;
  return report.items.reduce((n, item) => n + item.findings.filter(open).length, (report.configFindings ?? []).filter(open).length);
}

/** Errors of the configuration (of the version a change proposes, or paths that check nothing). */
export function configErrors(report: Report): number {
  return (report.configFindings ?? []).filter((f) => f.severity === 'error').length;
}

/**
 * Why a report fails: "3 of 11 items block", "1 configuration problem blocks", both, or, with
 * neither, "2 warnings fail it under fail-on: warning".
 */
export function failPhrase(report: Report): string {
  const blocking = blockingItems(report).length;
  const config = configErrors(report);
  const configPart = config > 0 ? `${config} configuration ${config === 1 ? 'problem blocks' : 'problems block'}` : '';
  if (blocking > 0) return [blockPhrase(blocking, report.items.length), configPart].filter((p) => p !== '').join('; ');
  if (configPart) return configPart;
  const warnings = openWarnings(report);
  return `${warnings} ${warnings === 1 ? 'warning fails' : 'warnings fail'} it under fail-on: warning`;
}

/** "3 items off", or '' when every item is on: a green verdict must say what it left out. */
export function offPhrase(report: Report): string {
  const off = report.items.filter((item) => item.status === 'off').length;
  return off === 0 ? '' : `${off} ${off === 1 ? 'item' : 'items'} off`;
}

/** True when the report may ship: the result is pass and no item blocks. */
export function isReady(report: Report): boolean {
  return report.result === 'pass' && blockingItems(report).length === 0;
}

/**
 * Items in the order their details are shown: fail first, then incomplete, then the rest, each
 * group in checklist order.
 */
export function itemsByUrgency(items: readonly ItemResult[]): readonly ItemResult[] {
  const rank = (item: ItemResult): number => (item.status === 'fail' ? 0 : item.status === 'incomplete' ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b));
}
