/**
 * Applies waivers to the findings of a finished run. Trusted waivers (merged on the base branch)
 * apply as written; a waiver the change adds or changes applies only once approved on the head
 * (`waiver-approval.ts`), and until then marks the findings it would cover as pending. No waiver
 * covers a found secret, and one that would is an error at its line. Every waiver ends up in the
 * audit trail with what it covered.
 */
import { PROPOSED } from './config-label.js';
import { statusOf } from './verdict.js';
import type { RepoView } from './repo-view.js';
import type { Waiver } from './settings.js';
import type { ChangeSet, Finding, ItemResult, WaiverRecord } from './types.js';
import { approvalOf, type Approval, type ApprovalPort } from './waiver-approval.js';
import { waiverHygiene, waiverFinding, WAIVER_RULE, WAIVER_SECRET_RULE, type HygieneContext, type WaiverEntry } from './waiver-hygiene.js';
import { mostSpecific, subjectResolver, type FindingSubject } from './waiver-scope.js';
import { isUnused } from './waiver-use.js';

/** Everything the waivers of a run are judged with. */
export interface WaiverInput extends HygieneContext {
  readonly items: readonly ItemResult[];
  readonly entries: readonly WaiverEntry[];
  readonly head: RepoView;
  readonly changes: ChangeSet;
  /** Reads reviews on a pull request (the Action); absent, a proposed waiver is unverified. */
  readonly approvals?: ApprovalPort;
}

/** The items with waivers applied, the findings about waivers, and the audit trail. */
export interface WaiverOutcome {
  readonly items: ItemResult[];
  readonly findings: Finding[];
  readonly records: WaiverRecord[];
}

interface Candidate extends WaiverEntry {
  readonly approval?: Approval;
  uses: number;
  coversSecret: boolean;
}

/** Applies `input.entries` to `input.items`. */
export async function applyWaivers(input: WaiverInput): Promise<WaiverOutcome> {
  const findings: Finding[] = [];
  const usable: WaiverEntry[] = [];
  const refused: WaiverRecord[] = [];
  for (const entry of input.entries) {
    const judged = waiverHygiene(entry, input);
    findings.push(...judged.findings.map((f) => placed(entry, f)));
    if (judged.usable) usable.push(entry);
    else refused.push({ ...recordOf({ ...entry, uses: 0, coversSecret: false }), status: 'refused', ...(judged.findings[0] ? { why: judged.findings[0].message } : {}) });
  }
  const candidates = await withApprovals(usable, input.approvals);
  const subjectOf = subjectResolver(input.head);
  const items: ItemResult[] = [];
  for (const item of input.items) items.push(await waiveItem(item, candidates, subjectOf));
  findings.push(...candidates.flatMap((c) => afterUse(c, input, items).map((f) => placed(c, f))));
  return { items, findings, records: [...candidates.map(recordOf), ...refused] };
}

async function withApprovals(entries: readonly WaiverEntry[], port: ApprovalPort | undefined): Promise<Candidate[]> {
  const proposed = entries.filter((e) => e.origin === 'pull-request');
  const reading = port && proposed.length > 0 ? await port.reviews() : undefined;
  const out: Candidate[] = [];
  for (const entry of entries) {
    const approval = entry.origin === 'base' ? undefined : reading && port ? await approvalOf(entry.approver, reading, port) : undefined;
    out.push({ ...entry, ...(approval ? { approval } : {}), uses: 0, coversSecret: false });
  }
  return out;
}

/** Findings about a waiver the change proposes say so: their place is in the head's file, not the base's. */
function placed(entry: WaiverEntry, finding: Finding): Finding {
  return entry.origin === 'pull-request' ? { ...finding, message: `${PROPOSED}: ${finding.message}` } : finding;
}

function applies(c: Candidate): boolean {
  return c.origin === 'base' || c.approval?.approved === true;
}

async function waiveItem(item: ItemResult, candidates: readonly Candidate[], subjectOf: (f: Finding) => Promise<FindingSubject>): Promise<ItemResult> {
  if (item.findings.length === 0 || candidates.length === 0) return item;
  const findings: Finding[] = [];
  for (const finding of item.findings) findings.push(finding.unverified ? finding : waiveFinding(finding, candidates, await subjectOf(finding)));
  // An item has findings only when it ran (an item off or not affected has none): its status follows them.
  return { ...item, ...statusOf(findings) };
}

function waiveFinding(finding: Finding, candidates: readonly Candidate[], subject: FindingSubject): Finding {
  if (finding.secret) {
    for (const c of candidates) if (mostSpecific([c], finding.ruleId, subject)) c.coversSecret = true;
    return finding;
  }
  const live = mostSpecific(candidates.filter(applies), finding.ruleId, subject);
  if (live) {
    live.waiver.uses += 1;
    const { waiver: c, match } = live;
    const review = c.approval?.approved ? { review: c.approval.review } : {};
    return { ...finding, waiver: { reason: c.reason, approver: c.approver, expires: c.expires, origin: c.origin, scope: match.scope, ...review } };
  }
  const waiting = mostSpecific(candidates.filter((c) => !applies(c)), finding.ruleId, subject);
  if (!waiting) return finding;
  waiting.waiver.uses += 1;
  const c = waiting.waiver;
  const why = c.approval && !c.approval.approved ? c.approval.why : `unverified: approval by ${c.approver} is checked on the pull request`;
  return { ...finding, pendingWaiver: { approver: c.approver, reason: c.reason, expires: c.expires, state: c.approval ? 'pending' : 'unverified', why } };
}

/** How the findings made after matching end: they depend on every finding of the run (`afterUseKind`). */
const UNUSED_END = 'matched no finding in a run over its scope: remove it';
const SECRET_END = 'would cover a secret value found in the repository, which no waiver can cover';

/**
 * Which finding about a waiver depends on the findings of the run (a waiver that matched nothing,
 * one that would cover a secret), as opposed to one judged on the waiver alone: the one kind a
 * merge of shard reports must judge again (`shard-merge.ts`).
 */
export function afterUseKind(f: Finding): 'unused' | 'secret' | undefined {
  if (f.ruleId === WAIVER_RULE && f.message.endsWith(UNUSED_END)) return 'unused';
  if (f.ruleId === WAIVER_SECRET_RULE && f.message.endsWith(SECRET_END)) return 'secret';
  return undefined;
}

function afterUse(c: Candidate, input: WaiverInput, items: readonly ItemResult[]): Finding[] {
  if (c.coversSecret) {
    const message = `waiver ${c.index + 1} for \`${c.rule}\` ${SECRET_END}`;
    return [waiverFinding(c.at('rule'), 'error', message, 'rotate the secret, remove it from the repository, and narrow or remove the waiver', WAIVER_SECRET_RULE)];
  }
  if (c.uses > 0 || !isUnused(c, input.changes, items)) return [];
  return [waiverFinding(c.at('rule'), 'notice', `waiver ${c.index + 1} for \`${c.rule}\` ${UNUSED_END}`, 'remove the waiver: what it covered is fixed')];
}

function recordOf(c: Candidate): WaiverRecord {
  const status = applies(c) ? (c.uses > 0 ? 'applied' : c.coversSecret ? 'refused' : 'unused') : c.approval ? 'pending' : 'unverified';
  const review = c.approval?.approved ? { review: c.approval.review } : {};
  const why = c.approval && !c.approval.approved ? { why: c.approval.why } : {};
  return { rule: c.rule, reason: c.reason, approver: c.approver, expires: c.expires, origin: c.origin, status, location: c.at('rule'), findings: c.uses, ...review, ...why };
}

/** The waivers of the run: the trusted ones, and those the change adds or changes (equal ones stay trusted). */
export function waiverEntries(trusted: readonly Waiver[], proposed: readonly Waiver[] | undefined, at: { trusted: (p: string) => { line: number; column: number }; proposed: (p: string) => { line: number; column: number }; path: string }): WaiverEntry[] {
  const locate = (origin: 'base' | 'pull-request', index: number) => (key: string) => ({ file: at.path, ...pick((origin === 'base' ? at.trusted : at.proposed)(`/waivers/${index}/${key}`)) });
  const base = trusted.map((w, index) => ({ ...w, origin: 'base' as const, index, at: locate('base', index) }));
  const added = (proposed ?? []).flatMap((w, index) => (trusted.some((t) => sameWaiver(t, w)) ? [] : [{ ...w, origin: 'pull-request' as const, index, at: locate('pull-request', index) }]));
  return [...base, ...added];
}

function pick(p: { line: number; column: number }): { line: number; column: number } {
  return { line: p.line, column: p.column };
}

function sameWaiver(a: Waiver, b: Waiver): boolean {
  const key = (w: Waiver) => JSON.stringify([w.rule, w.paths, w.nodes ?? [], w.types ?? [], w.reason, w.approver, w.expires]);
  return key(a) === key(b);
}
