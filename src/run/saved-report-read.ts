/**
 * Reading a saved report as untrusted data: a regular file under a size cap, strict UTF-8, JSON,
 * schemas/report.schema.json, the eleven items in checklist order. The report is rebuilt from the
 * validated values: titles, groups and rule links come from the gate itself, and the verdict is
 * never milder than the items it lists.
 */
import { lstat, readFile } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import { docsUrlOf } from '../core/rule.js';
import type { ApprovingReview, Finding, FundsRow, ItemResult, Report, WaiverRecord } from '../core/types.js';
import { ITEMS } from '../items/index.js';
import { configErrors, isBlocking } from '../render/item-status.js';
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

/** Reads, validates and rebuilds the saved report at `path`. Throws `UserError` ("saved report refused: …"). */
export async function readSavedReport(path: string): Promise<SavedReport> {
  const document = await readDocument(path);
  const problems = validateSavedReport(document);
  if (problems.length > 0) throw refused(`it does not match schemas/report.schema.json (${problems.join('; ')})`);
  const doc = document as SavedDocument;
  if (doc.pullRequest === undefined) throw refused('it names no pull request: write it from the `pull_request` run, whose report records the pull request and its head');
  if (doc.summary.head !== doc.pullRequest.headSha) throw refused(`it checked ${doc.summary.head.slice(0, 7)} but names ${doc.pullRequest.headSha.slice(0, 7)} as the pull request's head`);
  return { report: toReport(doc), pullRequest: doc.pullRequest };
}

async function readDocument(path: string): Promise<unknown> {
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
  readonly waivers?: ReadonlyArray<Omit<WaiverRecord, 'location' | 'review'> & { file: string | null; line: number | null; review: ApprovingReview | null }>;
}

function toReport(doc: SavedDocument): Report {
  const items = doc.items.map((item, index): ItemResult => {
    const definition = ITEMS[index];
    if (item.id !== definition.id) throw refused(`its items are not the checklist in order (item ${index + 1} is \`${item.id}\`)`);
    const reason = item.reason !== undefined ? { reason: item.reason } : {};
    return { id: definition.id, title: definition.title, group: definition.group, status: item.status, ...reason, findings: item.findings.map(toFinding) };
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
  };
  // A report cannot pass while an item it lists blocks or its configuration is in error.
  const blocked = items.some((item) => isBlocking(item.status)) || configErrors(report) > 0;
  return blocked ? { ...report, result: 'fail' } : report;
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
    ...(saved.waiver !== undefined ? { waiver: saved.waiver } : {}),
    ...(saved.pendingWaiver !== undefined ? { pendingWaiver: saved.pendingWaiver } : {}),
  };
}

function toWaiverRecord(saved: NonNullable<SavedDocument['waivers']>[number]): WaiverRecord {
  const { file, line, review, ...rest } = saved;
  return { ...rest, ...(file !== null && line !== null ? { location: { file, line, column: 1 } } : {}), ...(review !== null ? { review } : {}) };
}
