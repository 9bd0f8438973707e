/**
 * Combines the reports of every shard of one check (`check --shard i/n`) into the report the whole
 * check gives. Each shard checked its own share of the affected objects and the same
 * repository-wide rest, so: findings are the union (repeats dropped), item statuses are derived
 * again from them, and what every shard computes alike (summary, configuration) is kept once.
 * Whether a waiver matched nothing is judged again over all shards.
 */
import { PROPOSED } from './config-label.js';
import { UserError } from './errors.js';
import { dedupe, resultOf, sortFindings, statusOf } from './verdict.js';
import type { Finding, FundsRow, ItemResult, ItemStatus, ObjectRow, Report, WaiverRecord } from './types.js';
import { afterUseKind } from './waivers.js';

/** A shard's report and how the user named it (its file). */
export interface ShardReport {
  readonly label: string;
  readonly report: Report;
}

/** Merges the reports of shards 1..n of one check. Throws `UserError` ("merge refused: …") when they are not that. */
export function mergeShardReports(shards: readonly ShardReport[]): Report {
  const ordered = checkComplete(shards);
  const finished = ordered.filter((s) => !stoppedFinding(s.report));
  // No shard finished: nothing was checked, and the first stopped shard's report says why.
  if (finished.length === 0) return { ...ordered[0].report, shard: undefined };
  checkOneCheck(finished);
  const reports = finished.map((s) => s.report);
  const stops = ordered.map((s) => stoppedFinding(s.report)).filter((f): f is Finding => f !== undefined);
  const items = reports[0].items.map((item, k) => leftUnfinished(mergeItem(reports.map((r) => r.items[k])), stops));
  const waivers = mergeWaivers(reports);
  const configFindings = [...mergeConfigFindings(reports, waivers, items), ...dedupe(stops)];
  const merged: Report = {
    result: 'pass',
    items,
    objects: mergeObjectRows(reports.flatMap((r) => r.objects)),
    summary: reports[0].summary,
    notices: [...new Set(reports.flatMap((r) => r.notices))],
    ...(configFindings.length ? { configFindings } : {}),
    ...mergeFunds(reports.flatMap((r) => r.funds ?? [])),
    ...(waivers.length ? { waivers } : {}),
    ...(reports[0].failOn ? { failOn: reports[0].failOn } : {}),
  };
  return { ...merged, result: verdictOf(merged, reports) };
}

/** The rule id of the finding a stopped check reports (`run/stopped-report.ts`). */
const ENGINE_STOPPED = 'gate/engine-stopped';

function stoppedFinding(report: Report): Finding | undefined {
  return report.configFindings?.find((f) => f.ruleId === ENGINE_STOPPED);
}

/**
 * A shard that stopped did not check its share: an item the finished shards did not fail may
 * still fail there, so it is incomplete, its findings kept. Fails closed.
 */
function leftUnfinished(item: ItemResult, stops: readonly Finding[]): ItemResult {
  if (stops.length === 0 || item.status === 'fail' || item.status === 'off') return item;
  return { ...item, status: 'incomplete', reason: `not checked: ${stops[0].message}` };
}

function refused(reason: string): UserError {
  return new UserError(`merge refused: ${reason}`);
}

/** Every shard of one split, each once; sorted by shard. */
function checkComplete(shards: readonly ShardReport[]): ShardReport[] {
  if (shards.length === 0) throw refused('give the report of every shard');
  for (const { label, report } of shards) if (!report.shard) throw refused(`${label} is not a shard's report: write each with check --shard i/n --format json`);
  const count = shards[0].report.shard!.count;
  const other = shards.find((s) => s.report.shard!.count !== count);
  if (other) throw refused(`${shards[0].label} is a shard of ${count} but ${other.label} is a shard of ${other.report.shard!.count}`);
  const byIndex = new Map<number, ShardReport>();
  for (const s of shards) {
    const twin = byIndex.get(s.report.shard!.index);
    if (twin) throw refused(`shard ${s.report.shard!.index}/${count} is given twice (${twin.label} and ${s.label})`);
    byIndex.set(s.report.shard!.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw refused(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: give the report of every shard`);
  return [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!);
}

/** The shards checked the same change under the same configuration: what they all compute alike is alike. */
function checkOneCheck(shards: readonly ShardReport[]): void {
  const [first, ...rest] = shards;
  const facts = (r: Report) => ({
    mode: r.summary.mode,
    head: r.summary.head,
    base: r.summary.base,
    'changed files': r.summary.changedFiles,
    'affected objects': r.summary.affected,
    'blast radius': r.summary.blastRadius,
    merge: r.summary.merge,
    'configuration source': r.summary.config,
    'items turned off': r.items.filter((i) => i.status === 'off').map((i) => i.id),
    'configuration findings': (r.configFindings ?? []).filter((f) => afterUseKind(f) === undefined),
    'fail-on': r.failOn,
  });
  const expected = Object.entries(facts(first.report));
  for (const shard of rest) {
    const actual = facts(shard.report);
    const differs = expected.find(([key, value]) => JSON.stringify(value) !== JSON.stringify(actual[key as keyof typeof actual]));
    if (!differs) continue;
    throw refused(`${first.label} and ${shard.label} are not of one check: ${difference(differs[0], differs[1], actual[differs[0] as keyof typeof actual])}`);
  }
}

function difference(key: string, one: unknown, other: unknown): string {
  if (key === 'mode') return 'one checks the whole repository (--all), the other a change (--base)';
  if (key === 'fail-on') return `they differ in fail-on (${String(one ?? 'not recorded')} and ${String(other ?? 'not recorded')})`;
  const both = key === 'head' || key === 'base' ? ` (${String(one)} and ${String(other)})` : '';
  return `they differ in ${key}${both}`;
}

const SEVERITY_OF_CLAIM: readonly ItemStatus[] = ['fail', 'incomplete', 'waived', 'pass', 'not-affected', 'off'];

/**
 * One item over all shards: its findings are the union; its status is derived from them as the
 * engine does, except that an item no shard found affected stays so, and one a shard marked
 * incomplete or failing without a finding that says so (a check not built, a change list that may
 * miss files, a report edited by hand) stays incomplete, with that reason, or failing.
 */
function blocks(status: ItemStatus): boolean {
  return status === 'fail' || status === 'incomplete';
}

function mergeItem(parts: readonly ItemResult[]): ItemResult {
  const { id, title, group } = parts[0];
  const findings = sortFindings(dedupe(parts.flatMap((p) => [...p.findings])));
  const claim = [...parts].sort((a, b) => SEVERITY_OF_CLAIM.indexOf(a.status) - SEVERITY_OF_CLAIM.indexOf(b.status))[0];
  const kept = claim.reason !== undefined ? { reason: claim.reason } : {};
  if ((claim.status === 'not-affected' || claim.status === 'off') && findings.length === 0) return { id, title, group, status: claim.status, findings, ...kept };
  const derived = statusOf(findings);
  // A shard's blocking status is never made milder: a report read alone keeps it too (`derivedStatus`).
  if (blocks(claim.status) && !blocks(derived.status)) return { id, title, group, status: claim.status, findings, ...kept };
  return { id, title, group, ...derived };
}

/** Rows per type, each cell from the shard that filled it; sorted by type as the engine sorts them. */
function mergeObjectRows(rows: readonly ObjectRow[]): ObjectRow[] {
  const byType = new Map<string, ObjectRow>();
  for (const row of rows) {
    const seen = byType.get(row.type);
    if (!seen) byType.set(row.type, row);
    else {
      const cell = (key: 'schema' | 'docs' | 'examples' | 'contract') => (seen[key].status === 'n/a' ? row[key] : seen[key]);
      byType.set(row.type, { ...seen, schema: cell('schema'), docs: cell('docs'), examples: cell('examples'), contract: cell('contract') });
    }
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

function mergeFunds(rows: readonly FundsRow[]): { funds?: FundsRow[] } {
  const byNode = new Map(rows.map((row) => [`${row.file}\u0000${row.node}`, row]));
  const funds = [...byNode.values()].sort((a, b) => a.file.localeCompare(b.file) || a.node.localeCompare(b.node));
  return funds.length ? { funds } : {};
}

/**
 * Each waiver's record over all shards (every shard lists the same waivers in the same order):
 * the findings it covered add up; one that covered a finding in any shard was applied.
 */
function mergeWaivers(reports: readonly Report[]): WaiverRecord[] {
  const lists = reports.map((r) => r.waivers ?? []);
  if (lists.some((list) => list.length !== lists[0].length)) throw refused('the shards list different waivers: they are not of one check');
  return lists[0].map((record, k) => {
    const parts = lists.map((list) => list[k]);
    const findings = parts.reduce((n, p) => n + p.findings, 0);
    const matched = (status: WaiverRecord['status']) => status === 'applied' || status === 'unused' || status === 'refused';
    const status = parts.every((p) => matched(p.status)) ? (findings > 0 ? 'applied' : parts.some((p) => p.status === 'refused') ? 'refused' : 'unused') : record.status;
    return { ...record, findings, status };
  });
}

/**
 * The configuration's findings, once: those judged on the configuration alone are the same in
 * every shard; those judged after matching come last, in waiver order, as the gate writes them. A
 * waiver is reported as matching nothing only when it matched nothing in every shard and its item
 * ran to a verdict.
 */
function mergeConfigFindings(reports: readonly Report[], waivers: readonly WaiverRecord[], items: readonly ItemResult[]): Finding[] {
  const all = dedupe(reports.flatMap((r) => [...(r.configFindings ?? [])]));
  const own = all.filter((f) => afterUseKind(f) === undefined);
  const after = all.filter((f) => afterUseKind(f) === 'secret' || (afterUseKind(f) === 'unused' && stillUnused(f, waivers, items)));
  const order = (f: Finding) => [f.message.startsWith(`${PROPOSED}: `) ? 1 : 0, f.location?.line ?? 0] as const;
  after.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  return [...own, ...after];
}

function stillUnused(f: Finding, waivers: readonly WaiverRecord[], items: readonly ItemResult[]): boolean {
  const origin = f.message.startsWith(`${PROPOSED}: `) ? 'pull-request' : 'base';
  const record = waivers.find((w) => w.origin === origin && w.location?.file === f.location?.file && w.location?.line === f.location?.line);
  const item = items.find((i) => i.id === record?.rule.split('/')[0]);
  return record?.status === 'unused' && item !== undefined && !['off', 'not-affected', 'incomplete'].includes(item.status);
}

/**
 * The verdict, as the gate gives it, under the shards' `fail-on`. A report written before it was
 * recorded does not say: a shard that failed with no item blocking failed on open warnings, so
 * the whole fails on them too.
 */
function verdictOf(merged: Report, shards: readonly Report[]): Report['result'] {
  const failOn = merged.failOn ?? (shards.some((r) => r.result === 'fail') ? 'warning' : 'error');
  return resultOf(merged.items, failOn, merged.configFindings);
}
