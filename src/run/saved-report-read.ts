/**
 * Reading a saved report as untrusted data: a regular file under a size cap, strict UTF-8, JSON,
 * schemas/report.schema.json, the eleven items in checklist order. The report is rebuilt from the
 * validated values: titles, groups and rule links come from the gate itself; each item's status
 * and the verdict are derived afresh from the findings with the gate's own logic (never milder
 * than the report says); a waiver on a found secret, or one whose approving review is not a review
 * on this pull request at the run's own GitHub server, refuses the report.
 */
import { lstat, readFile } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import { statusOf } from '../core/verdict.js';
import { docsUrlOf } from '../core/rule.js';
import type { ApprovingReview, Finding, FundsRow, ItemResult, ItemStatus, Report, WaiverRecord } from '../core/types.js';
import { ITEMS } from '../items/index.js';
import { configErrors, isBlocking, openWarnings } from '../render/item-status.js';
import { SECRET_FINDING_RULES } from '../secrets/kinds.js';
import type { ReportPullRequest } from '../render/json.js';
import { validateSavedReport } from './saved-report-schema.js';

/** The largest saved report read: 10,000 findings take about 5 MiB. */
export const MAX_SAVED_REPORT_BYTES = 8 * 1024 * 1024;

/** A saved report that passed every check of its own: the report and the pull request it names. */
export interface SavedReport {
  readonly report: Report;
  readonly pullRequest: ReportPullRequest;
}

/** Refuses a saved report: the message says why, and nothing of it is published. */
export function refused(reason: string): UserError {
  return new UserError(`saved report refused: ${reason}`);
}

/** Where the privileged run publishes: approving reviews must be reviews on the pull request there. */
export interface SavedReportOrigin {
  /** `GITHUB_SERVER_URL` of the privileged run (https://github.com or the GitHub Enterprise Server). */
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
}

const GITHUB = { serverUrl: 'https://github.com' } as const;

/** Reads, validates and rebuilds the saved report at `path`. Throws `UserError` ("saved report refused: …"). */
export async function readSavedReport(path: string, origin?: SavedReportOrigin): Promise<SavedReport> {
  const doc = await readValidDocument(path, refused);
  if (doc.pullRequest === undefined) throw refused('it names no pull request: write it from the `pull_request` run, whose report records the pull request and its head');
  if (doc.summary.head !== doc.pullRequest.headSha) throw refused(`it checked ${doc.summary.head.slice(0, 7)} but names ${doc.pullRequest.headSha.slice(0, 7)} as the pull request's head`);
  checkWaivers(doc, origin, doc.pullRequest.number);
  return { report: toReport(doc), pullRequest: doc.pullRequest };
}

/**
 * Waiver data is the report's claim, not the gate's: a waiver never covers a found secret (the
 * value must be rotated), and an approving review links to a review on this pull request at the
 * run's own server, nowhere else.
 */
function checkWaivers(doc: SavedDocument, origin: SavedReportOrigin | undefined, number: number): void {
  const findings = [...doc.items.flatMap((item) => item.findings), ...doc.configuration.findings];
  for (const finding of findings) {
    if (SECRET_FINDING_RULES.has(finding.ruleId) && (finding.waiver !== undefined || finding.pendingWaiver !== undefined)) {
      throw refused(`it shows a finding of \`${finding.ruleId}\` as waived, but no waiver covers a found secret`);
    }
    if (finding.waiver?.review !== undefined) checkReview(finding.waiver.review, origin, number);
  }
  for (const record of doc.waivers ?? []) if (record.review !== null) checkReview(record.review, origin, number);
}

function checkReview(review: ApprovingReview, origin: SavedReportOrigin | undefined, number: number): void {
  const server = (origin?.serverUrl ?? GITHUB.serverUrl).replace(/\/+$/, '');
  const repo = origin ? `${origin.owner}/${origin.repo}` : '[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+';
  const expected = new RegExp(`^${escapeRegExp(server)}/${origin ? escapeRegExp(repo) : repo}/pull/${number}#pullrequestreview-[0-9]+$`, origin ? 'i' : '');
  if (!expected.test(review.url)) throw refused(`a waiver's approving review links to ${review.url.slice(0, 200)}, not to a review on pull request #${number} at ${server}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a report file as untrusted data and rebuilds it (`toReport`), without asking for a pull
 * request: for `merge`, which combines the reports of a check's shards. `refuse` words the error.
 */
export async function readReportFile(path: string, refuse: (reason: string) => UserError): Promise<{ report: Report; pullRequest?: ReportPullRequest }> {
  const doc = await readValidDocument(path, refuse);
  return { report: toReport(doc), ...(doc.pullRequest ? { pullRequest: doc.pullRequest } : {}) };
}

async function readValidDocument(path: string, refuse: (reason: string) => UserError): Promise<SavedDocument> {
  const document = await readDocument(path, refuse);
  const problems = validateSavedReport(document);
  if (problems.length > 0) throw refuse(`it does not match schemas/report.schema.json (${problems.join('; ')})`);
  return document as SavedDocument;
}

async function readDocument(path: string, refused: (reason: string) => UserError): Promise<unknown> {
  const stat = await lstat(path).catch(() => undefined);
  if (stat === undefined) throw refused(`no file at ${path}: download the artifact with the report first`);
  if (!stat.isFile()) throw refused(`${path} is not a regular file`);
  if (stat.size > MAX_SAVED_REPORT_BYTES) throw refused(`it is ${stat.size} bytes, over the limit of ${MAX_SAVED_REPORT_BYTES} bytes`);
  const bytes = await readFile(path);
  if (bytes.length > MAX_SAVED_REPORT_BYTES) throw refused(`it is over the limit of ${MAX_SAVED_REPORT_BYTES} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused('it is not UTF-8 text');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refused('it is not JSON');
  }
}

type Nullable<T> = { [K in keyof T]: T[K] | null };
type SavedFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'docsUrl' | 'fingerprint' | 'unverified' | 'waiver' | 'pendingWaiver'> &
  Nullable<{ file: string; line: number; column: number; hint: string }> & { endLine?: number; endColumn?: number };
interface SavedDocument {
  readonly result: 'pass' | 'fail';
  readonly items: ReadonlyArray<Omit<ItemResult, 'findings'> & { findings: SavedFinding[] }>;
  readonly objects: Report['objects'];
  readonly funds: ReadonlyArray<Omit<FundsRow, 'maxAmount' | 'approvals' | 'evidenceRun'> & Nullable<Pick<FundsRow, 'maxAmount' | 'approvals' | 'evidenceRun'>>>;
  readonly summary: Omit<Report['summary'], 'config'>;
  readonly notices: readonly string[];
  readonly configuration: { source: Report['summary']['config'] | null; findings: SavedFinding[] };
  readonly pullRequest?: ReportPullRequest;
  readonly failOn?: Report['failOn'];
  readonly shard?: Report['shard'];
  readonly waivers?: ReadonlyArray<Omit<WaiverRecord, 'location' | 'review'> & { file: string | null; line: number | null; review: ApprovingReview | null }>;
}

function toReport(doc: SavedDocument): Report {
  const items = doc.items.map((item, index): ItemResult => {
    const definition = ITEMS[index];
    if (item.id !== definition.id) throw refused(`its items are not the checklist in order (item ${index + 1} is \`${item.id}\`)`);
    return { id: definition.id, title: definition.title, group: definition.group, ...derivedStatus(item.status, item.reason, item.findings.map(toFinding)) };
  });
  const report: Report = {
    result: doc.result,
    items,
    objects: doc.objects,
    funds: doc.funds.map((row) => ({ ...row, maxAmount: row.maxAmount ?? undefined, approvals: row.approvals ?? undefined, evidenceRun: row.evidenceRun ?? undefined })),
    summary: { ...doc.summary, merge: doc.summary.merge ?? undefined, config: doc.configuration.source ?? undefined },
    notices: doc.notices,
    configFindings: doc.configuration.findings.map(toFinding),
    waivers: (doc.waivers ?? []).map(toWaiverRecord),
    ...(doc.failOn ? { failOn: doc.failOn } : {}),
    ...(doc.shard ? { shard: doc.shard } : {}),
  };
  // The verdict is the gate's own: it fails when an item blocks or the configuration is in error;
  // otherwise only open warnings can fail it, under `fail-on: warning` (a report written before
  // `failOn` was recorded is taken at its word), and a `fail` with nothing to fail on is a pass.
  const blocked = items.some((item) => isBlocking(item.status)) || configErrors(report) > 0;
  const warned = (doc.failOn === undefined ? doc.result === 'fail' : doc.failOn === 'warning') && openWarnings(report) > 0;
  return { ...report, result: blocked || warned ? 'fail' : 'pass' };
}

/**
 * An item's status from its findings, as the engine derives it (`statusOf`), never milder than the
 * report: `fail` and `incomplete` stay (an item can be incomplete with no finding: its files could
 * not be listed, or a check is not built); `not-affected` and `off` only with no finding.
 */
export function derivedStatus(claimed: ItemStatus, reason: string | undefined, findings: Finding[]): Pick<ItemResult, 'status' | 'findings' | 'reason'> {
  const kept = reason !== undefined ? { reason } : {};
  if ((claimed === 'not-affected' || claimed === 'off') && findings.length === 0) return { status: claimed, ...kept, findings };
  const derived = statusOf(findings);
  if (derived.status === claimed) return { ...derived, ...kept };
  if (derived.status === 'fail') return derived;
  if (derived.status === 'incomplete') return claimed === 'incomplete' ? { status: 'incomplete', ...kept, findings } : derived;
  if (isBlocking(claimed)) return { status: claimed, ...kept, findings };
  return derived;
}

const README_DOCS = docsUrlOf('README');

function toFinding(saved: SavedFinding): Finding {
  const { file, line, column, endLine, endColumn } = saved;
  const location = file !== null && line !== null && column !== null ? { location: { file, line, column, ...(endLine !== undefined ? { endLine } : {}), ...(endColumn !== undefined ? { endColumn } : {}) } } : {};
  return {
    ruleId: saved.ruleId,
    severity: saved.severity,
    message: saved.message,
    ...(saved.hint !== null ? { hint: saved.hint } : {}),
    ...location,
    // Links point at the gate's own rule pages, whatever the file says.
    docsUrl: saved.docsUrl === README_DOCS ? README_DOCS : docsUrlOf(saved.ruleId),
    ...(saved.fingerprint !== undefined ? { fingerprint: saved.fingerprint } : {}),
    ...(saved.unverified !== undefined ? { unverified: saved.unverified } : {}),
    ...(SECRET_FINDING_RULES.has(saved.ruleId) ? { secret: true as const } : {}),
    // The gate never waives a check that could not finish: such a waiver is dropped, and the finding counts.
    ...(saved.waiver !== undefined && saved.unverified !== true ? { waiver: saved.waiver } : {}),
    ...(saved.pendingWaiver !== undefined ? { pendingWaiver: saved.pendingWaiver } : {}),
  };
}

function toWaiverRecord(saved: NonNullable<SavedDocument['waivers']>[number]): WaiverRecord {
  const { file, line, review, ...rest } = saved;
  return { ...rest, ...(file !== null && line !== null ? { location: { file, line, column: 1 } } : {}), ...(review !== null ? { review } : {}) };
}
