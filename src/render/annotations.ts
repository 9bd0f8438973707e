/**
 * Which findings become workflow annotations. GitHub shows at most 10 error, 10 warning and 10
 * notice annotations per step (github-platform G5, G6); we choose which, most severe first, and
 * count the rest so the caller can say how many were left out.
 */
import type { Finding, Location, Report, Severity } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import { toOneLine } from './escape.js';
import { comparePlace, reportedLevel, SEVERITY_RANK } from './finding-order.js';

/** GitHub's per-step, per-level annotation cap. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** One annotation as `@actions/core` takes it; lines and columns 1-based, ends inclusive. */
export interface PlannedAnnotation {
  readonly level: Severity;
  readonly message: string;
  readonly title: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** The annotations to emit and, per level, how many findings were not annotated. */
export interface AnnotationPlan {
  readonly annotations: readonly PlannedAnnotation[];
  readonly omitted: Readonly<Record<Severity, number>>;
}

/** How many annotations of each level the findings may take. */
export type AnnotationRoom = Readonly<Record<Severity, number>>;

/**
 * Plans annotations for the unwaived findings: at most `room` per level (10 by default), errors
 * first, then by file, line and column; title is the rule id. Unverified findings are warnings
 * ("could not verify: ").
 */
export function planAnnotations(report: Report, room: AnnotationRoom = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL }): AnnotationPlan {
  const findings = report.items
    .flatMap((item) => item.findings)
    .filter((finding) => finding.waiver === undefined)
    .sort((a, b) => SEVERITY_RANK[reportedLevel(a)] - SEVERITY_RANK[reportedLevel(b)] || comparePlace(a, b));
  const annotations: PlannedAnnotation[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of SEVERITIES) {
    const atLevel = findings.filter((finding) => reportedLevel(finding) === level);
    const shown = Math.min(room[level], ANNOTATIONS_PER_LEVEL);
    annotations.push(...atLevel.slice(0, shown).map(annotationOf));
    omitted[level] = Math.max(0, atLevel.length - shown);
  }
  return { annotations, omitted };
}

/** One finding as an annotation (one-line message with its hint, rule id as title, inclusive ends). */
export function annotationOf(finding: Finding): PlannedAnnotation {
  const prefix = finding.unverified === true ? 'could not verify: ' : '';
  const hint = finding.hint !== undefined ? `\nHint: ${toOneLine(finding.hint)}` : '';
  return {
    level: reportedLevel(finding),
    message: `${toOneLine(`${prefix}${finding.message}`)}${hint}`,
    title: toOneLine(finding.ruleId, 120),
    ...(finding.location !== undefined ? placeOf(finding.location) : {}),
  };
}

/**
 * GitHub takes inclusive ends and columns only on single-line annotations; our ends are
 * exclusive, so a region ending at column 1 of the next line ends on its own line.
 */
function placeOf(at: Location): Omit<PlannedAnnotation, 'level' | 'message' | 'title'> {
  const endsAtLineStart = at.endLine !== undefined && at.endLine > at.line && at.endColumn === 1;
  const endLine = at.endLine === undefined ? at.line : endsAtLineStart ? at.endLine - 1 : at.endLine;
  const base = { file: at.file, startLine: at.line, endLine };
  if (endLine !== at.line) return base;
  const endColumn =
    at.endColumn !== undefined && at.endLine === at.line && at.endColumn > at.column ? at.endColumn - 1 : undefined;
  return { ...base, startColumn: at.column, ...(endColumn !== undefined ? { endColumn } : {}) };
}
