import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  afterUseKind,
  dedupe,
  resultOf,
  sortFindings,
  statusOf
} from "./chunk-JNUKRGWE.js";
import {
  PROPOSED
} from "./chunk-BGRAV4BC.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";

// src/core/shard-merge.ts
function mergeShardReports(shards) {
  const ordered = checkComplete(shards);
  const finished = ordered.filter((s) => !stoppedFinding(s.report));
  if (finished.length === 0) return { ...ordered[0].report, shard: void 0 };
  checkOneCheck(finished);
  const reports = finished.map((s) => s.report);
  const stops = ordered.map((s) => stoppedFinding(s.report)).filter((f) => f !== void 0);
  const items = reports[0].items.map((item, k) => leftUnfinished(mergeItem(reports.map((r) => r.items[k])), stops));
  const waivers = mergeWaivers(reports);
  const configFindings = [...mergeConfigFindings(reports, waivers, items), ...dedupe(stops)];
  const merged = {
    result: "pass",
    items,
    objects: mergeObjectRows(reports.flatMap((r) => r.objects)),
    summary: reports[0].summary,
    notices: [...new Set(reports.flatMap((r) => r.notices))],
    ...configFindings.length ? { configFindings } : {},
    ...mergeFunds(reports.flatMap((r) => r.funds ?? [])),
    ...waivers.length ? { waivers } : {},
    ...reports[0].failOn ? { failOn: reports[0].failOn } : {}
  };
  return { ...merged, result: verdictOf(merged, reports) };
}
var ENGINE_STOPPED = "gate/engine-stopped";
function stoppedFinding(report) {
  return report.configFindings?.find((f) => f.ruleId === ENGINE_STOPPED);
}
function leftUnfinished(item, stops) {
  if (stops.length === 0 || item.status === "fail" || item.status === "off") return item;
  return { ...item, status: "incomplete", reason: `not checked: ${stops[0].message}` };
}
function refused(reason) {
  return new UserError(`merge refused: ${reason}`);
}
function checkComplete(shards) {
  if (shards.length === 0) throw refused("give the report of every shard");
  for (const { label, report } of shards) if (!report.shard) throw refused(`${label} is not a shard's report: write each with check --shard i/n --format json`);
  const count = shards[0].report.shard.count;
  const other = shards.find((s) => s.report.shard.count !== count);
  if (other) throw refused(`${shards[0].label} is a shard of ${count} but ${other.label} is a shard of ${other.report.shard.count}`);
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const twin = byIndex.get(s.report.shard.index);
    if (twin) throw refused(`shard ${s.report.shard.index}/${count} is given twice (${twin.label} and ${s.label})`);
    byIndex.set(s.report.shard.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw refused(`shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} ${missing.length > 1 ? "are" : "is"} missing: give the report of every shard`);
  return [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i));
}
function checkOneCheck(shards) {
  const [first, ...rest] = shards;
  const facts = (r) => ({
    mode: r.summary.mode,
    head: r.summary.head,
    base: r.summary.base,
    "changed files": r.summary.changedFiles,
    "affected objects": r.summary.affected,
    "blast radius": r.summary.blastRadius,
    merge: r.summary.merge,
    "configuration source": r.summary.config,
    "items turned off": r.items.filter((i) => i.status === "off").map((i) => i.id),
    "configuration findings": (r.configFindings ?? []).filter((f) => afterUseKind(f) === void 0),
    "fail-on": r.failOn
  });
  const expected = Object.entries(facts(first.report));
  for (const shard of rest) {
    const actual = facts(shard.report);
    const differs = expected.find(([key, value]) => JSON.stringify(value) !== JSON.stringify(actual[key]));
    if (!differs) continue;
    throw refused(`${first.label} and ${shard.label} are not of one check: ${difference(differs[0], differs[1], actual[differs[0]])}`);
  }
}
function difference(key, one, other) {
  if (key === "mode") return "one checks the whole repository (--all), the other a change (--base)";
  if (key === "fail-on") return `they differ in fail-on (${String(one ?? "not recorded")} and ${String(other ?? "not recorded")})`;
  const both = key === "head" || key === "base" ? ` (${String(one)} and ${String(other)})` : "";
  return `they differ in ${key}${both}`;
}
var SEVERITY_OF_CLAIM = ["fail", "incomplete", "waived", "pass", "not-affected", "off"];
function blocks(status) {
  return status === "fail" || status === "incomplete";
}
function mergeItem(parts) {
  const { id, title, group } = parts[0];
  const findings = sortFindings(dedupe(parts.flatMap((p) => [...p.findings])));
  const claim = [...parts].sort((a, b) => SEVERITY_OF_CLAIM.indexOf(a.status) - SEVERITY_OF_CLAIM.indexOf(b.status))[0];
  const kept = claim.reason !== void 0 ? { reason: claim.reason } : {};
  if ((claim.status === "not-affected" || claim.status === "off") && findings.length === 0) return { id, title, group, status: claim.status, findings, ...kept };
  const derived = statusOf(findings);
  if (blocks(claim.status) && !blocks(derived.status)) return { id, title, group, status: claim.status, findings, ...kept };
  return { id, title, group, ...derived };
}
function mergeObjectRows(rows) {
  const byType = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const seen = byType.get(row.type);
    if (!seen) byType.set(row.type, row);
    else {
      const cell = (key) => seen[key].status === "n/a" ? row[key] : seen[key];
      byType.set(row.type, { ...seen, schema: cell("schema"), docs: cell("docs"), examples: cell("examples"), contract: cell("contract") });
    }
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}
function mergeFunds(rows) {
  const byNode = new Map(rows.map((row) => [`${row.file}\0${row.node}`, row]));
  const funds = [...byNode.values()].sort((a, b) => a.file.localeCompare(b.file) || a.node.localeCompare(b.node));
  return funds.length ? { funds } : {};
}
function mergeWaivers(reports) {
  const lists = reports.map((r) => r.waivers ?? []);
  if (lists.some((list) => list.length !== lists[0].length)) throw refused("the shards list different waivers: they are not of one check");
  return lists[0].map((record, k) => {
    const parts = lists.map((list) => list[k]);
    const findings = parts.reduce((n, p) => n + p.findings, 0);
    const matched = (status2) => status2 === "applied" || status2 === "unused" || status2 === "refused";
    const status = parts.every((p) => matched(p.status)) ? findings > 0 ? "applied" : parts.some((p) => p.status === "refused") ? "refused" : "unused" : record.status;
    return { ...record, findings, status };
  });
}
function mergeConfigFindings(reports, waivers, items) {
  const all = dedupe(reports.flatMap((r) => [...r.configFindings ?? []]));
  const own = all.filter((f) => afterUseKind(f) === void 0);
  const after = all.filter((f) => afterUseKind(f) === "secret" || afterUseKind(f) === "unused" && stillUnused(f, waivers, items));
  const order = (f) => [f.message.startsWith(`${PROPOSED}: `) ? 1 : 0, f.location?.line ?? 0];
  after.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  return [...own, ...after];
}
function stillUnused(f, waivers, items) {
  const origin = f.message.startsWith(`${PROPOSED}: `) ? "pull-request" : "base";
  const record = waivers.find((w) => w.origin === origin && w.location?.file === f.location?.file && w.location?.line === f.location?.line);
  const item = items.find((i) => i.id === record?.rule.split("/")[0]);
  return record?.status === "unused" && item !== void 0 && !["off", "not-affected", "incomplete"].includes(item.status);
}
function verdictOf(merged, shards) {
  const failOn = merged.failOn ?? (shards.some((r) => r.result === "fail") ? "warning" : "error");
  return resultOf(merged.items, failOn, merged.configFindings);
}

export {
  mergeShardReports
};
