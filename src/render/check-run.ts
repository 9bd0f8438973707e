/**
 * The gate's own check run, rendered: title, Markdown summary within GitHub's 65,535-character
 * limit (github-platform G5), and the findings as check annotations, most severe first.
 */
import type { Finding, Report } from '../core/types.js';
import { annotationOf, type PlannedAnnotation } from './annotations.js';
import { countNoun } from './digest.js';
import { comparePlace, reportedLevel, SEVERITY_RANK } from './finding-order.js';
import { failPhrase, isReady, offPhrase } from './item-status.js';
import type { LinkContext } from './links.js';
import { utf16Length } from './markdown-budget.js';
import { renderMarkdownDocumentCounted } from './markdown-document.js';

/** The check run's name: unique to the gate, so no other workflow's check is mistaken for it (threats T20). */
export const CHECK_RUN_NAME = 'B3OS readiness';

/** GitHub's cap on `output.summary`, in characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/**
 * Annotations written per run: 10 requests of 50. More would cost rate limit and make the pull
 * request page unresponsive; the rest are counted in the summary.
 */
export const CHECK_ANNOTATION_LIMIT = 500;

// Room kept for the notes appended below the document.
const NOTE_ROOM = 1_000;
const COMMENT_NOTICE_LIMIT = 10;

/** One check annotation as the Checks API takes it: lines and columns 1-based, ends inclusive. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title: string;
}

/** What identifies the run that wrote the check: the commit checked and the workflow run's attempt. */
export interface CheckRunOrigin {
  readonly headSha: string;
  readonly runId?: string;
  readonly attempt?: number;
  /** Set when the verdict comes from a report saved by the pull request's own run. */
  readonly savedReport?: boolean;
}

/** Title, summary and annotations of one check run. */
export interface CheckRunOutput {
  readonly conclusion: 'success' | 'failure';
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
}

/** Renders the check run for `report`; pure and deterministic. The conclusion mirrors `report.result`. */
export function renderCheckRun(report: Report, links: LinkContext, origin: CheckRunOrigin): CheckRunOutput {
  const located = annotatable(report);
  const annotations = located.slice(0, CHECK_ANNOTATION_LIMIT).map(toCheckAnnotation);
  const document = renderMarkdownDocumentCounted(report, links, {
    budget: CHECK_SUMMARY_LIMIT - NOTE_ROOM,
    measure: utf16Length,
    linkFullReport: true,
    noticeLimit: COMMENT_NOTICE_LIMIT,
  });
  const notes = [
    document.shownFindings < document.totalFindings ? shortenedNote(document.shownFindings, document.totalFindings) : '',
    annotationNote(report, located.length, annotations.length),
    origin.savedReport === true ? SAVED_REPORT_NOTE : '',
  ].filter((note) => note !== '');
  const summary = capSummary(notes.length === 0 ? document.text : `${notes.join('\n\n')}\n\n${document.text}`);
  return { conclusion: report.result === 'pass' ? 'success' : 'failure', title: checkRunTitle(report, origin), summary, annotations };
}

/** "❌ 3 of 11 items block · a1b2c3d, run 42 attempt 2": the verdict and which run wrote it, so a re-run is told apart. */
export function checkRunTitle(report: Report, origin: CheckRunOrigin): string {
  const off = offPhrase(report);
  const verdict = isReady(report) ? `✅ ready${off ? ` · ${off}` : ''}` : `❌ ${failPhrase(report)}`;
  return `${verdict} · ${runLabel(origin)}`;
}

/** The title and summary of a run that could not check at all: it fails, so no earlier ✅ stands for this commit. */
export function renderCheckRunError(lines: readonly string[], origin: CheckRunOrigin, runUrl: string | undefined): CheckRunOutput {
  const run = runUrl ? `\n\nThe details are in [the run](${runUrl}).` : '';
  const summary = capSummary(`### ⚠️ B3OS production readiness could not run\n\n${lines.join('\n')}\n\nThe check failed closed: nothing was verified.${run}\n`);
  return { conclusion: 'failure', title: `⚠️ could not run · ${runLabel(origin)}`, summary, annotations: [] };
}

function runLabel(origin: CheckRunOrigin): string {
  const attempt = origin.attempt !== undefined && origin.attempt > 1 ? ` attempt ${origin.attempt}` : '';
  const run = origin.runId !== undefined ? `, run ${origin.runId}${attempt}` : '';
  return `${origin.headSha.slice(0, 7)}${run}`;
}

const SAVED_REPORT_NOTE =
  '_Published from the report saved by the pull request\'s own `pull_request` run (checked against the pull request\'s current head); a pull request can change that run\'s workflow, so the required check is that run\'s job._';

function shortenedNote(shown: number, total: number): string {
  return `> ✂️ Shortened to fit GitHub's ${CHECK_SUMMARY_LIMIT.toLocaleString('en-US')}-character limit: ${shown} of ${countNoun(total, 'finding')} listed here; all of them are in the full report (the job summary).`;
}

function annotationNote(report: Report, located: number, written: number): string {
  const open = openFindings(report).length;
  const unlocated = open - located;
  const parts = [
    written < located ? `${written} of ${located} located findings are annotated (most severe first)` : '',
    unlocated > 0 ? `${countNoun(unlocated, 'finding')} without a file location ${unlocated === 1 ? 'is' : 'are'} not annotated` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : `> ${parts.join('; ')}.`;
}

/** Unwaived findings: a waived one is shown in the checklist, not flagged on the line. */
function openFindings(report: Report): Finding[] {
  return report.items.flatMap((item) => item.findings).filter((finding) => finding.waiver === undefined);
}

function annotatable(report: Report): Finding[] {
  return openFindings(report)
    .filter((finding) => finding.location !== undefined)
    .sort((a, b) => SEVERITY_RANK[reportedLevel(a)] - SEVERITY_RANK[reportedLevel(b)] || comparePlace(a, b));
}

const LEVELS: Readonly<Record<PlannedAnnotation['level'], CheckAnnotation['annotation_level']>> = { error: 'failure', warning: 'warning', notice: 'notice' };

function toCheckAnnotation(finding: Finding): CheckAnnotation {
  const a = annotationOf(finding);
  const line = a.startLine ?? 1;
  const columns = a.startColumn !== undefined ? { start_column: a.startColumn, ...(a.endColumn !== undefined ? { end_column: a.endColumn } : {}) } : {};
  return { path: a.file ?? '', start_line: line, end_line: a.endLine ?? line, ...columns, annotation_level: LEVELS[a.level], message: a.message, title: a.title };
}

/** Last line of defence: the table alone never nears the limit, but the API must never see more. */
export function capSummary(summary: string): string {
  if (summary.length <= CHECK_SUMMARY_LIMIT) return summary;
  const note = '\n\n> ✂️ Cut at GitHub\'s 65,535-character limit; the full report is in the job summary.\n';
  const cut = summary.lastIndexOf('\n', CHECK_SUMMARY_LIMIT - note.length);
  return `${summary.slice(0, Math.max(0, cut))}${note}`;
}
