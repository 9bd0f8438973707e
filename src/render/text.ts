/**
 * The CLI output: every finding as `path:line:col: message [rule-id]` with a hint line, then the
 * checklist as an aligned table, then the result line. Untrusted text is made one line with no
 * control characters, so a file name can neither move the cursor nor start a workflow command.
 */
import type { Finding, ItemStatus, Report } from '../core/types.js';
import { itemDigest, messageInline, waiverInline } from './digest.js';
import { pendingInline, reviewLinkPlain } from './waiver-text.js';
import { toOneLine, NOTICE_LENGTH } from './escape.js';
import { comparePlace } from './finding-order.js';
import { inlineToPlain, parseInline } from './inline.js';
import { failPhrase, isReady, offPhrase, STATUS_WORD } from './item-status.js';
import { comparedPhrase, configPhrase } from './run-description.js';

/** Options of `renderText`. */
export interface TextOptions {
  /** Use ANSI colors (only for a TTY that wants them). */
  readonly color?: boolean;
  /** The rule's page on this machine (in the installed package), when there is one. */
  readonly localDocs?: (ruleId: string) => string | undefined;
}

type Paint = (code: string, text: string) => string;

const STATUS_COLOR: Readonly<Record<ItemStatus, string>> = {
  pass: '32',
  fail: '1;31',
  incomplete: '33',
  waived: '36',
  'not-affected': '2',
  off: '2',
};

/** Renders the report for a terminal or a log; ends with a newline. Deterministic. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint: Paint = options.color === true ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_, text) => text;
  const findings = [...(report.configFindings ?? []), ...report.items.flatMap((item) => item.findings)].sort(comparePlace);
  const sections = [
    findings.map((finding) => renderFindingText(finding, paint, options.localDocs?.(finding.ruleId))).join('\n'),
    renderChecklistText(report, paint),
    report.notices.map((notice) => `note: ${inlineToPlain(parseInline(notice, NOTICE_LENGTH))}`).join('\n'),
    report.summary.blastRadius.length ? `re-validated for a changed schema: ${report.summary.blastRadius.map((f) => toOneLine(f)).join(', ')}` : '',
    `Checked ${inlineToPlain(parseInline([comparedPhrase(report.summary), configPhrase(report.summary)].filter((p) => p !== '').join(' · ')))}\n${renderResultLine(report, paint)}`,
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function renderFindingText(finding: Finding, paint: Paint, docs: string | undefined): string {
  const at = finding.location;
  // The runner treats any line starting with `::` (after spaces) as a workflow command (T3).
  const file = at === undefined ? '<no file>' : toOneLine(at.file).replace(/^(\s*::)/, './$1');
  const place = at === undefined ? file : `${file}:${at.line}:${at.column}`;
  const level =
    finding.severity === 'error' ? '' : paint(finding.severity === 'warning' ? '33' : '36', `${finding.severity}: `);
  const waiver = finding.waiver
    ? ` (${inlineToPlain(waiverInline(finding.waiver))}${reviewLinkPlain(finding.waiver)})`
    : finding.pendingWaiver ? ` (${inlineToPlain(pendingInline(finding.pendingWaiver))})` : '';
  const message = `${level}${inlineToPlain(messageInline(finding))}${waiver}`;
  const first = `${paint('1', place)}: ${message} ${paint('2', `[${toOneLine(finding.ruleId)}]`)}`;
  const hint = finding.hint === undefined ? '' : `\n  hint: ${inlineToPlain(parseInline(finding.hint))}`;
  return `${first}${hint}${docs !== undefined ? `\n  docs: ${toOneLine(docs)}` : ''}`;
}

function renderChecklistText(report: Report, paint: Paint): string {
  const wordWidth = Math.max(0, ...report.items.map((item) => STATUS_WORD[item.status].length));
  const titles = report.items.map((item) => toOneLine(item.title, 80));
  const titleWidth = Math.max(0, ...titles.map((title) => title.length));
  return report.items
    .map((item, index) => {
      const word = paint(STATUS_COLOR[item.status], STATUS_WORD[item.status].padEnd(wordWidth));
      return `${word}  ${titles[index].padEnd(titleWidth)}  ${inlineToPlain(itemDigest(item))}`.trimEnd();
    })
    .join('\n');
}

function renderResultLine(report: Report, paint: Paint): string {
  const off = offPhrase(report);
  if (isReady(report)) return `Result: ${paint('32', 'pass')}${off ? ` (${off})` : ''}`;
  return `Result: ${paint('1;31', 'fail')} (${failPhrase(report)}${off ? `; ${off}` : ''})`;
}
