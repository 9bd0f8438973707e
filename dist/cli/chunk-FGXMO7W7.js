import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROPOSED
} from "./chunk-BGRAV4BC.js";
import {
  SECRET_KINDS,
  compilePattern,
  daysBetween,
  definitionOf,
  isCalendarDay
} from "./chunk-IERFFYUB.js";
import {
  didYouMean,
  docsUrlOf
} from "./chunk-4RIYA6T5.js";

// src/core/verdict.ts
var RANK = { error: 0, warning: 1, notice: 2 };
function statusOf(findings) {
  const open = findings.filter((f) => !f.waiver);
  if (open.some((f) => f.severity === "error" && !f.unverified)) return { status: "fail", findings };
  const unverified = open.find((f) => f.unverified);
  if (unverified) return { status: "incomplete", findings, reason: unverified.message };
  if (findings.some((f) => f.waiver)) return { status: "waived", findings };
  return { status: "pass", findings };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = [f.ruleId, f.location?.file, f.location?.line, f.location?.column, f.message].join("\0");
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function sortFindings(findings) {
  const place = (f) => [f.location?.file ?? "￿", f.location?.line ?? 0, f.location?.column ?? 0];
  return [...findings].sort((a, b) => {
    const [fa, la, ca] = place(a);
    const [fb, lb, cb] = place(b);
    return RANK[a.severity] - RANK[b.severity] || fa.localeCompare(fb) || la - lb || ca - cb || a.ruleId.localeCompare(b.ruleId);
  });
}
function resultOf(items, failOn, configFindings = []) {
  const blocks = items.some((i) => i.status === "fail" || i.status === "incomplete") || configFindings.some((f) => f.severity === "error");
  const open = (f) => !f.waiver && f.severity === "warning";
  const warns = failOn === "warning" && (items.some((i) => i.findings.some(open)) || configFindings.some(open));
  return blocks || warns ? "fail" : "pass";
}

// src/core/waiver-approval.ts
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
async function approvalOf(approver, reading, port) {
  const pending = `pending approval by ${approver}`;
  if (!reading.readable) return { approved: false, why: `${pending} (${reading.why})` };
  const name = approverName(approver);
  if (!name) return { approved: false, why: `\`${approver}\` is no GitHub user or team (\`@login\`, \`@org/team\`), so no review can approve it` };
  const latest = latestDecisive(reading.reviews);
  const onHead = [...latest.values()].filter((r) => r.state === "APPROVED" && r.commit === reading.head && !same(r.user, reading.author));
  if ("team" in name) return teamApproval(name.org, name.team, onHead, pending, port);
  const login = name.login;
  const review = onHead.find((r) => same(r.user, login));
  if (review) return { approved: true, review: approving(review) };
  return { approved: false, why: whyNot(login, latest.get(login.toLowerCase()), reading, pending) };
}
async function teamApproval(org, team, onHead, pending, port) {
  for (const review of onHead) {
    const member = await port.isTeamMember(org, team, review.user);
    if (member === "unreadable") return { approved: false, why: `${pending} (the token cannot read the members of @${org}/${team})` };
    if (member) return { approved: true, review: approving(review) };
  }
  return { approved: false, why: `${pending} (no member of the team approved the head commit)` };
}
function whyNot(login, latest, reading, pending) {
  if (same(login, reading.author)) return `${pending}: @${login} opened this pull request, and an author cannot approve their own waiver`;
  if (!latest) return pending;
  if (latest.state === "DISMISSED") return `${pending}: the review of @${login} was dismissed`;
  if (latest.state === "APPROVED") return `${pending}: @${login} approved an older commit \`${latest.commit.slice(0, 7)}\`, not the head \`${reading.head.slice(0, 7)}\``;
  return `${pending}: @${login} requested changes`;
}
function latestDecisive(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of reviews) if (DECISIVE.has(review.state)) latest.set(review.user.toLowerCase(), review);
  return latest;
}
function approverName(approver) {
  const team = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99})$/.exec(approver);
  if (team) return { org: team[1], team: team[2] };
  const user = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(approver);
  return user ? { login: user[1] } : void 0;
}
function same(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function approving(review) {
  return { user: review.user, url: review.url, commit: review.commit };
}

// src/core/waiver-hygiene.ts
var WAIVER_RULE = "configuration/waiver";
var WAIVER_SECRET_RULE = "configuration/waiver-secret";
var NEVER_WAIVABLE = /* @__PURE__ */ new Set([
  "credentials-in-connectors",
  "templates-portable/secret",
  ...Object.values(SECRET_KINDS).map((kind) => kind.rule)
]);
function waiverHygiene(entry, ctx) {
  const findings = [];
  const strict = entry.origin === "pull-request";
  const label = `waiver ${entry.index + 1} for \`${entry.rule}\``;
  if (!ctx.ruleIds.has(entry.rule)) {
    findings.push(waiverFinding(entry.at("rule"), strict ? "error" : "warning", `${label} names no item or rule id${didYouMean(entry.rule, ctx.ruleIds)}`, "name an existing rule id, or remove the waiver"));
    return { findings, usable: false };
  }
  if (strict && NEVER_WAIVABLE.has(entry.rule)) {
    const message = `${label} names findings of secret values found in the repository, which no waiver can cover`;
    findings.push(waiverFinding(entry.at("rule"), "error", message, "rotate the secret and remove it from the repository; remove the waiver", WAIVER_SECRET_RULE));
    return { findings, usable: false };
  }
  if (!isCalendarDay(entry.expires)) return { findings, usable: false };
  const ahead = daysBetween(ctx.today, entry.expires);
  if (ahead < 0) {
    const by = `approved by ${entry.approver}`;
    findings.push(waiverFinding(entry.at("expires"), strict ? "error" : "warning", `${label} (${by}) expired on ${entry.expires} and no longer applies`, "fix the findings it covered, or renew it with a new end date and a new approval"));
    return { findings, usable: false };
  }
  if (ahead > ctx.maxDays) {
    const message = `${label} expires on ${entry.expires}, ${ahead} days ahead; at most ${ctx.maxDays} are allowed (\`policy.maxWaiverDays\`)`;
    findings.push(waiverFinding(entry.at("expires"), strict ? "error" : "warning", message, `set \`expires\` to ${ctx.maxDays} days ahead or less, and renew it when it runs out`));
    return { findings, usable: !strict };
  }
  return { findings, usable: true };
}
function waiverFinding(at, severity, message, hint, ruleId = WAIVER_RULE) {
  return { ruleId, severity, message, hint, location: at, docsUrl: docsUrlOf(ruleId) };
}

// src/core/waiver-scope.ts
function matchWaiver(waiver, ruleId, subject) {
  const exactRule = waiver.rule === ruleId;
  if (!exactRule && !ruleId.startsWith(`${waiver.rule}/`)) return void 0;
  const nodes = waiver.nodes ?? [];
  const types = waiver.types ?? [];
  const path = waiver.paths.find((p) => subject.file !== void 0 && compilePattern(p).match(subject.file) !== void 0);
  if (waiver.paths.length > 0 && path === void 0) return void 0;
  if (nodes.length > 0 && (subject.node === void 0 || !nodes.includes(subject.node))) return void 0;
  if (types.length > 0 && (subject.type === void 0 || !types.includes(subject.type))) return void 0;
  const rank = exactRule ? 1 : 0;
  if (nodes.length > 0) return { specificity: 30 + rank, scope: `node \`${subject.node}\`` };
  if (types.length > 0) return { specificity: 20 + rank, scope: `type \`${subject.type}\`` };
  if (path !== void 0) return { specificity: 10 + rank, scope: `path \`${path}\`` };
  return { specificity: rank, scope: `${exactRule ? "rule" : "item"} \`${waiver.rule}\`` };
}
function mostSpecific(waivers, ruleId, subject) {
  let best;
  for (const waiver of waivers) {
    const match = matchWaiver(waiver, ruleId, subject);
    if (match && (!best || match.specificity > best.match.specificity)) best = { waiver, match };
  }
  return best;
}
function subjectResolver(head) {
  const spans = /* @__PURE__ */ new Map();
  return async (finding) => {
    const at = finding.location;
    if (!at) return {};
    const owner = head.index.objectOf(at.file);
    if (owner && (owner.kind === "action" || owner.kind === "trigger")) return { file: at.file, type: owner.id };
    if (!spans.has(at.file)) spans.set(at.file, nodeSpans(head, at.file));
    const inner = innermost(await spans.get(at.file), at);
    return inner ? { file: at.file, node: `${at.file}#${inner.id}`, ...inner.type ? { type: inner.type } : {} } : { file: at.file };
  };
}
async function nodeSpans(head, file) {
  const doc = await head.document(file).catch(() => void 0);
  const view = doc ? definitionOf(doc.value) : void 0;
  if (!doc || !view) return [];
  return view.nodes.map((n) => ({ id: n.id, type: n.type, span: doc.locate(n.pointer) }));
}
function innermost(spans, at) {
  const holding = spans.filter(({ span }) => !before(at, { line: span.line, column: span.column }) && !before({ line: span.endLine, column: span.endColumn }, at));
  return holding.sort((a, b) => before(b.span, a.span) ? -1 : before(a.span, b.span) ? 1 : 0)[0];
}
function before(a, b) {
  return a.line < b.line || a.line === b.line && a.column < b.column;
}

// src/core/waiver-use.ts
function isUnused(waiver, changes, items) {
  const item = items.find((i) => i.id === waiver.rule.split("/")[0]);
  if (!item || item.status === "off" || item.status === "not-affected" || item.status === "incomplete") return false;
  if (changes.mode === "all") return true;
  const files = exactFiles(waiver);
  if (files === void 0 || files.length === 0) return false;
  const touched = new Set(changes.files.filter((f) => f.status !== "removed").map((f) => f.path));
  return files.every((file) => touched.has(file));
}
function exactFiles(waiver) {
  if ((waiver.types ?? []).length > 0) return void 0;
  if (waiver.paths.some((p) => /[*{]/.test(p))) return void 0;
  const workflows = (waiver.nodes ?? []).map((node) => node.slice(0, node.indexOf("#")));
  return [.../* @__PURE__ */ new Set([...waiver.paths, ...workflows])];
}

// src/core/waivers.ts
async function applyWaivers(input) {
  const findings = [];
  const usable = [];
  const refused = [];
  for (const entry of input.entries) {
    const judged = waiverHygiene(entry, input);
    findings.push(...judged.findings.map((f) => placed(entry, f)));
    if (judged.usable) usable.push(entry);
    else refused.push({ ...recordOf({ ...entry, uses: 0, coversSecret: false }), status: "refused", ...judged.findings[0] ? { why: judged.findings[0].message } : {} });
  }
  const candidates = await withApprovals(usable, input.approvals);
  const subjectOf = subjectResolver(input.head);
  const items = [];
  for (const item of input.items) items.push(await waiveItem(item, candidates, subjectOf));
  findings.push(...candidates.flatMap((c) => afterUse(c, input, items).map((f) => placed(c, f))));
  return { items, findings, records: [...candidates.map(recordOf), ...refused] };
}
async function withApprovals(entries, port) {
  const proposed = entries.filter((e) => e.origin === "pull-request");
  const reading = port && proposed.length > 0 ? await port.reviews() : void 0;
  const out = [];
  for (const entry of entries) {
    const approval = entry.origin === "base" ? void 0 : reading && port ? await approvalOf(entry.approver, reading, port) : void 0;
    out.push({ ...entry, ...approval ? { approval } : {}, uses: 0, coversSecret: false });
  }
  return out;
}
function placed(entry, finding) {
  return entry.origin === "pull-request" ? { ...finding, message: `${PROPOSED}: ${finding.message}` } : finding;
}
function applies(c) {
  return c.origin === "base" || c.approval?.approved === true;
}
async function waiveItem(item, candidates, subjectOf) {
  if (item.findings.length === 0 || candidates.length === 0) return item;
  const findings = [];
  for (const finding of item.findings) findings.push(finding.unverified ? finding : waiveFinding(finding, candidates, await subjectOf(finding)));
  return { ...item, ...statusOf(findings) };
}
function waiveFinding(finding, candidates, subject) {
  if (finding.secret) {
    for (const c2 of candidates) if (mostSpecific([c2], finding.ruleId, subject)) c2.coversSecret = true;
    return finding;
  }
  const live = mostSpecific(candidates.filter(applies), finding.ruleId, subject);
  if (live) {
    live.waiver.uses += 1;
    const { waiver: c2, match } = live;
    const review = c2.approval?.approved ? { review: c2.approval.review } : {};
    return { ...finding, waiver: { reason: c2.reason, approver: c2.approver, expires: c2.expires, origin: c2.origin, scope: match.scope, ...review } };
  }
  const waiting = mostSpecific(candidates.filter((c2) => !applies(c2)), finding.ruleId, subject);
  if (!waiting) return finding;
  waiting.waiver.uses += 1;
  const c = waiting.waiver;
  const why = c.approval && !c.approval.approved ? c.approval.why : `unverified: approval by ${c.approver} is checked on the pull request`;
  return { ...finding, pendingWaiver: { approver: c.approver, reason: c.reason, expires: c.expires, state: c.approval ? "pending" : "unverified", why } };
}
var UNUSED_END = "matched no finding in a run over its scope: remove it";
var SECRET_END = "would cover a secret value found in the repository, which no waiver can cover";
function afterUseKind(f) {
  if (f.ruleId === WAIVER_RULE && f.message.endsWith(UNUSED_END)) return "unused";
  if (f.ruleId === WAIVER_SECRET_RULE && f.message.endsWith(SECRET_END)) return "secret";
  return void 0;
}
function afterUse(c, input, items) {
  if (c.coversSecret) {
    const message = `waiver ${c.index + 1} for \`${c.rule}\` ${SECRET_END}`;
    return [waiverFinding(c.at("rule"), "error", message, "rotate the secret, remove it from the repository, and narrow or remove the waiver", WAIVER_SECRET_RULE)];
  }
  if (c.uses > 0 || !isUnused(c, input.changes, items)) return [];
  return [waiverFinding(c.at("rule"), "notice", `waiver ${c.index + 1} for \`${c.rule}\` ${UNUSED_END}`, "remove the waiver: what it covered is fixed")];
}
function recordOf(c) {
  const status = applies(c) ? c.uses > 0 ? "applied" : c.coversSecret ? "refused" : "unused" : c.approval ? "pending" : "unverified";
  const review = c.approval?.approved ? { review: c.approval.review } : {};
  const why = c.approval && !c.approval.approved ? { why: c.approval.why } : {};
  return { rule: c.rule, reason: c.reason, approver: c.approver, expires: c.expires, origin: c.origin, status, location: c.at("rule"), findings: c.uses, ...review, ...why };
}
function waiverEntries(trusted, proposed, at) {
  const locate = (origin, index) => (key) => ({ file: at.path, ...pick((origin === "base" ? at.trusted : at.proposed)(`/waivers/${index}/${key}`)) });
  const base = trusted.map((w, index) => ({ ...w, origin: "base", index, at: locate("base", index) }));
  const added = (proposed ?? []).flatMap((w, index) => trusted.some((t) => sameWaiver(t, w)) ? [] : [{ ...w, origin: "pull-request", index, at: locate("pull-request", index) }]);
  return [...base, ...added];
}
function pick(p) {
  return { line: p.line, column: p.column };
}
function sameWaiver(a, b) {
  const key = (w) => JSON.stringify([w.rule, w.paths, w.nodes ?? [], w.types ?? [], w.reason, w.approver, w.expires]);
  return key(a) === key(b);
}

export {
  RANK,
  statusOf,
  dedupe,
  sortFindings,
  resultOf,
  applyWaivers,
  afterUseKind,
  waiverEntries
};
