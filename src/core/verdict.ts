/**
 * How findings make a verdict: an item's status from its findings, the check's result from its
 * items, and the order and repeats of a list of findings. Shared by the engine, the merge of shard
 * reports and the reading of a saved report, none of which needs the others.
 */
import type { Finding, ItemResult, Report, Severity } from './types.js';
import type { Settings } from './settings.js';

export const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** An item's status from its findings: open errors fail, open unverified ones make it incomplete, waived ones waive. */
export function statusOf(findings: Finding[]): Pick<ItemResult, 'status' | 'findings' | 'reason'> {
  const open = findings.filter((f) => !f.waiver);
  if (open.some((f) => f.severity === 'error' && !f.unverified)) return { status: 'fail', findings };
  const unverified = open.find((f) => f.unverified);
  if (unverified) return { status: 'incomplete', findings, reason: unverified.message };
  if (findings.some((f) => f.waiver)) return { status: 'waived', findings };
  return { status: 'pass', findings };
}

/** Drops repeats: the same rule, place and message. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.ruleId, f.location?.file, f.location?.line, f.location?.column, f.message].join('\u0000');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Most severe first, then by file, line and column. */
export function sortFindings(findings: Finding[]): Finding[] {
  const place = (f: Finding) => [f.location?.file ?? '\uffff', f.location?.line ?? 0, f.location?.column ?? 0] as const;
  return [...findings].sort((a, b) => {
    const [fa, la, ca] = place(a);
    const [fb, lb, cb] = place(b);
    return RANK[a.severity] - RANK[b.severity] || fa.localeCompare(fb) || la - lb || ca - cb || a.ruleId.localeCompare(b.ruleId);
  });
}

/**
 * The gate fails when any item blocks, or, with `failOn: warning`, when any open warning remains:
 * an item's or the configuration's (a near-miss path, waiver hygiene), as `openWarnings` counts them.
 */
export function resultOf(items: readonly ItemResult[], failOn: Settings['failOn'], configFindings: readonly Finding[] = []): Report['result'] {
  const blocks = items.some((i) => i.status === 'fail' || i.status === 'incomplete') || configFindings.some((f) => f.severity === 'error');
  const open = (f: Finding) => !f.waiver && f.severity === 'warning';
  const warns = failOn === 'warning' && (items.some((i) => i.findings.some(open)) || configFindings.some(open));
  return blocks || warns ? 'fail' : 'pass';
}
