/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule per rule id that occurs, one result per
 * finding. No snippets ever (a secret could sit in the line). Waived findings are results with an
 * external suppression, so code scanning shows them as dismissed rather than losing them. An item
 * that blocks without a finding (its checks are not built, or it could not decide) is a result of
 * its own, so code scanning never shows a blocked change as clean; an item turned off is a
 * configuration notification.
 */
import type { AppliedWaiver, Finding, ItemResult, PendingWaiver, Report, Severity } from '../core/types.js';
import { toOneLine } from './escape.js';
import { compareText, reportedLevel } from './finding-order.js';
import { docsUrlOf } from '../core/rule.js';
import { encodePath } from './links.js';

/** Options of `renderSarif`. */
export interface SarifOptions {
  readonly toolVersion: string;
  readonly informationUri: string;
  /**
   * Repository-relative file that findings without a location are attached to: code scanning
   * rejects the whole upload when one result has no location. Default: the gate's config file.
   */
  readonly unlocatedUri?: string;
  /** What each rule and item id checks, in a sentence (rule metadata and item titles). */
  readonly descriptions?: ReadonlyMap<string, string>;
}

/** The SARIF log as a plain object, ready for `JSON.stringify`. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [object];
}

const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

// Long enough for any real message; bounds what a hostile message can add to the upload.
const MAX_SARIF_TEXT = 2_000;

/** Renders the report as a SARIF 2.1.0 log. Deterministic: rules sorted by id, results in report order. */
export function renderSarif(report: Report, options: SarifOptions): SarifLog {
  const findings = [...(report.configFindings ?? []), ...report.items.flatMap((item) => item.findings), ...report.items.flatMap(blockingWithoutFindings)];
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort(compareText);
  const helpUris = new Map(findings.map((f) => [f.ruleId, f.docsUrl] as const).reverse());
  const rules = ruleIds.map((id) => ruleOf(id, helpUris.get(id), options.descriptions?.get(id)));
  const unlocatedUri = options.unlocatedUri ?? '.github/b3os-readiness.yml';
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index] as const));
  const results = findings.map((f) => resultOf(f, ruleIndex.get(f.ruleId) ?? 0, unlocatedUri));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'b3os-readiness',
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolConfigurationNotifications: report.items.filter((i) => i.status === 'off').map(offNotification) }],
        properties: runProperties(report.summary),
        results,
      },
    ],
  };
}

function ruleOf(id: string, helpUri: string | undefined, description: string | undefined): object {
  const text = toOneLine(description ?? id, MAX_SARIF_TEXT);
  return { id, shortDescription: { text }, fullDescription: { text }, helpUri };
}

/** A blocking item with no finding of its own, as one unverified finding of the item. */
function blockingWithoutFindings(item: ItemResult): Finding[] {
  if ((item.status !== 'fail' && item.status !== 'incomplete') || item.findings.length > 0) return [];
  const reason = item.reason ?? 'it could not be verified';
  const docsUrl = docsUrlOf('README');
  return [{ ruleId: item.id, severity: 'error', message: `${item.title}: ${reason}`, docsUrl, unverified: item.status === 'incomplete' }];
}

/** What the run compared and with which configuration, as every format states it. */
function runProperties(summary: Report['summary']): object {
  return { mode: summary.mode, base: summary.base ?? null, head: summary.head, changedFiles: summary.changedFiles, merge: summary.merge ?? null, configuration: summary.config ?? null };
}

function offNotification(item: ItemResult): object {
  return { descriptor: { id: item.id }, level: 'note', message: { text: `${item.title}: turned off in the configuration` } };
}

function resultOf(finding: Finding, ruleIndex: number, unlocatedUri: string): object {
  const prefix = finding.unverified === true ? 'could not verify: ' : '';
  const hint = finding.hint !== undefined ? `. Hint: ${finding.hint}` : '';
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[reportedLevel(finding)],
    message: { text: toOneLine(`${prefix}${finding.message}${hint}`, MAX_SARIF_TEXT) },
    locations: [{ physicalLocation: physicalLocation(finding, unlocatedUri) }],
    ...(finding.fingerprint !== undefined ? { partialFingerprints: { 'b3osReadiness/v1': finding.fingerprint } } : {}),
    ...(finding.waiver !== undefined ? { suppressions: [suppression(finding.waiver)] } : {}),
    ...(finding.waiver === undefined && finding.pendingWaiver !== undefined ? { properties: { pendingWaiver: pendingWaiver(finding.pendingWaiver) } } : {}),
  };
}

/** An applied waiver: accepted, with who approved it, until when and, for a pull-request waiver, the review. */
function suppression(waiver: AppliedWaiver): object {
  const approved = waiver.review ? ` (approved by @${waiver.review.user} on ${waiver.review.commit}: ${waiver.review.url})` : '';
  const justification = `waived until ${waiver.expires} by ${waiver.approver}: ${waiver.reason}${approved}`;
  const properties = { approver: waiver.approver, expires: waiver.expires, ...(waiver.origin ? { origin: waiver.origin } : {}), ...(waiver.review ? { review: waiver.review } : {}) };
  return { kind: 'external', status: 'accepted', justification: toOneLine(justification, MAX_SARIF_TEXT), properties };
}

/** A waiver the change proposes that is not approved: a property, never a suppression, so the result still counts. */
function pendingWaiver(pending: PendingWaiver): object {
  return { approver: pending.approver, expires: pending.expires, state: pending.state, why: toOneLine(pending.why, MAX_SARIF_TEXT) };
}

function physicalLocation(finding: Finding, unlocatedUri: string): object {
  const at = finding.location;
  if (at === undefined) return { artifactLocation: { uri: encodePath(unlocatedUri) }, region: { startLine: 1 } };
  // Both SARIF and our Location give the end as the position just after the region.
  const region = {
    startLine: at.line,
    startColumn: at.column,
    ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
    ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
  };
  return { artifactLocation: { uri: encodePath(at.file) }, region };
}
