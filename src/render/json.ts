/**
 * The JSON report file and `--format json`: the report with a fixed key order, every finding
 * with `file`/`line`/`column` (null when it has no location). Strings are JSON-escaped only: this
 * is data for programs, shown to no one as Markdown.
 */
import type { Finding, FundsRow, ItemResult, ObjectRow, Report, WaiverRecord } from '../core/types.js';
import { OBJECT_KINDS } from '../core/types.js';

/** Which pull request and commits a report is about, recorded by the Action for a later publishing run. */
export interface ReportPullRequest {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
}

/**
 * Renders the report as JSON with 2-space indentation and a trailing newline. Deterministic.
 * `pullRequest` is recorded when given (schemas/report.schema.json describes the whole file).
 */
export function renderJson(report: Report, pullRequest?: ReportPullRequest): string {
  const document = {
    result: report.result,
    items: report.items.map(itemJson),
    objects: report.objects.map(objectJson),
    funds: (report.funds ?? []).map(fundsJson),
    summary: {
      base: report.summary.base,
      head: report.summary.head,
      mode: report.summary.mode,
      changedFiles: report.summary.changedFiles,
      affected: Object.fromEntries(OBJECT_KINDS.map((kind) => [kind, report.summary.affected[kind] ?? 0])),
      blastRadius: report.summary.blastRadius,
      merge: report.summary.merge ?? null,
    },
    notices: report.notices,
    configuration: { source: report.summary.config ?? null, findings: (report.configFindings ?? []).map(findingJson) },
    waivers: (report.waivers ?? []).map(waiverJson),
    ...(report.failOn ? { failOn: report.failOn } : {}),
    ...(report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {}),
    ...(pullRequest ? { pullRequest: { number: pullRequest.number, headSha: pullRequest.headSha, baseSha: pullRequest.baseSha } } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function itemJson(item: ItemResult): object {
  return {
    id: item.id,
    title: item.title,
    group: item.group,
    status: item.status,
    reason: item.reason,
    findings: item.findings.map(findingJson),
  };
}

function findingJson(finding: Finding): object {
  const at = finding.location;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: at?.file ?? null,
    line: at?.line ?? null,
    column: at?.column ?? null,
    endLine: at?.endLine,
    endColumn: at?.endColumn,
    message: finding.message,
    hint: finding.hint ?? null,
    docsUrl: finding.docsUrl,
    fingerprint: finding.fingerprint,
    unverified: finding.unverified,
    waiver: finding.waiver && {
      reason: finding.waiver.reason,
      approver: finding.waiver.approver,
      expires: finding.waiver.expires,
      origin: finding.waiver.origin,
      scope: finding.waiver.scope,
      review: finding.waiver.review,
    },
    pendingWaiver: finding.pendingWaiver,
  };
}

function objectJson(row: ObjectRow): object {
  const cell = (c: ObjectRow['schema']): object => ({ status: c.status, note: c.note });
  return {
    type: row.type,
    kind: row.kind,
    change: row.change,
    schema: cell(row.schema),
    docs: cell(row.docs),
    examples: cell(row.examples),
    contract: cell(row.contract),
  };
}

function fundsJson(row: FundsRow): object {
  return {
    workflow: row.workflow,
    file: row.file,
    node: row.node,
    action: row.action,
    kind: row.kind,
    bounded: row.bounded,
    chains: row.chains,
    tokens: row.tokens,
    recipients: row.recipients,
    maxAmount: row.maxAmount ?? null,
    approvals: row.approvals ?? null,
    evidence: row.evidence,
    evidenceRun: row.evidenceRun ?? null,
  };
}

/** One waiver of the audit trail: who approved it, until when, and for a pull-request waiver the review. */
function waiverJson(record: WaiverRecord): object {
  return {
    rule: record.rule,
    status: record.status,
    origin: record.origin,
    reason: record.reason,
    approver: record.approver,
    expires: record.expires,
    findings: record.findings,
    file: record.location?.file ?? null,
    line: record.location?.line ?? null,
    review: record.review ?? null,
    why: record.why,
  };
}
