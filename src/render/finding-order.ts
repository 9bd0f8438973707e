/**
 * Orders and levels of findings shared by every renderer, so the same report always lists its
 * findings in the same order (byte-identical output).
 */
import type { Finding, Severity } from '../core/types.js';

/** Severity rank: 0 is most severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/**
 * The level a finding is reported at outside the checklist (SARIF, annotations): an unverified
 * finding says the rule could not decide, so it is a warning whatever its severity.
 */
export function reportedLevel(finding: Finding): Severity {
  return finding.unverified === true ? 'warning' : finding.severity;
}

/** Compares strings by UTF-16 code units: locale-independent, hence deterministic. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders by file, line, column (findings without a location last), then rule id and message
 * so that ties are broken the same way on every run.
 */
export function comparePlace(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  if (la === undefined || lb === undefined) {
    if (la !== lb) return la === undefined ? 1 : -1;
  } else {
    const byPlace = compareText(la.file, lb.file) || la.line - lb.line || la.column - lb.column;
    if (byPlace !== 0) return byPlace;
  }
  return compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

/** `path:line:col` for a located finding, undefined otherwise. Raw: escape before showing. */
export function placeLabel(finding: Finding): string | undefined {
  const at = finding.location;
  return at === undefined ? undefined : `${at.file}:${at.line}:${at.column}`;
}
