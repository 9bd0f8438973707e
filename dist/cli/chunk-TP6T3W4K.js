import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROPOSED,
  shortRef
} from "./chunk-BGRAV4BC.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import {
  OBJECT_KINDS,
  PROJECT_URL,
  RULES_DOCS_BASE,
  SEVERITIES,
  TURNED_OFF,
  docsUrlOf,
  package_default
} from "./chunk-4RIYA6T5.js";

// src/run/cli-options.ts
function oneOf(value, allowed, flag) {
  if (allowed.includes(value)) return value;
  throw new UserError(`${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}

// src/run/cli-render.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// src/render/json.ts
function renderJson(report, pullRequest) {
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
      merge: report.summary.merge ?? null
    },
    notices: report.notices,
    configuration: { source: report.summary.config ?? null, findings: (report.configFindings ?? []).map(findingJson) },
    waivers: (report.waivers ?? []).map(waiverJson),
    ...report.failOn ? { failOn: report.failOn } : {},
    ...report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {},
    ...pullRequest ? { pullRequest: { number: pullRequest.number, headSha: pullRequest.headSha, baseSha: pullRequest.baseSha } } : {}
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function itemJson(item) {
  return {
    id: item.id,
    title: item.title,
    group: item.group,
    status: item.status,
    reason: item.reason,
    findings: item.findings.map(findingJson)
  };
}
function findingJson(finding) {
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
      review: finding.waiver.review
    },
    pendingWaiver: finding.pendingWaiver
  };
}
function objectJson(row) {
  const cell = (c) => ({ status: c.status, note: c.note });
  return {
    type: row.type,
    kind: row.kind,
    change: row.change,
    schema: cell(row.schema),
    docs: cell(row.docs),
    examples: cell(row.examples),
    contract: cell(row.contract)
  };
}
function fundsJson(row) {
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
    evidenceRun: row.evidenceRun ?? null
  };
}
function waiverJson(record) {
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
    why: record.why
  };
}

// src/render/escape.ts
var MAX_UNTRUSTED_LENGTH = 300;
var NOTICE_LENGTH = 2e3;
var LINE_BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var ZERO_WIDTH_SPACE = "​";
function toOneLine(text, max = MAX_UNTRUSTED_LENGTH) {
  const flat = text.replace(LINE_BREAKS, " ").replace(CONTROLS, "�").replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
  if (flat.length <= max) return flat;
  let end = Math.max(0, max - 1);
  const last = flat.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${flat.slice(0, end)}…`;
}
function neutraliseMentions(text) {
  return text.replaceAll("@", `@${ZERO_WIDTH_SPACE}`);
}
function escapeMarkdownText(text, max = MAX_UNTRUSTED_LENGTH) {
  const escaped = toOneLine(text, max).replace(/[&<>]/g, (c) => HTML_ENTITIES[c]).replace(/[\\`*_[\]()#!~$]/g, "\\$&").replace(/:(?=\/\/)/g, "\\:").replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`).replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
  return neutraliseMentions(escaped);
}
function escapeHtmlText(text, max = MAX_UNTRUSTED_LENGTH) {
  return neutraliseMentions(toOneLine(text, max).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]));
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function codeSpan(text, max = MAX_UNTRUSTED_LENGTH) {
  const content = neutraliseMentions(
    toOneLine(text, max).replaceAll("<", `<${ZERO_WIDTH_SPACE}`).replaceAll(">", `${ZERO_WIDTH_SPACE}>`)
  );
  if (content === "") return "` `";
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const needsPadding = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ");
  const pad = needsPadding ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function escapeTableCell(markdown) {
  return markdown.replace(/[\r\n]+/g, " ").replace(/(\\*)\|/g, (run, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : run);
}

// src/render/finding-order.ts
function reportedLevel(finding) {
  return finding.unverified === true ? "warning" : finding.severity;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function comparePlace(a, b) {
  const la = a.location;
  const lb = b.location;
  if (la === void 0 || lb === void 0) {
    if (la !== lb) return la === void 0 ? 1 : -1;
  } else {
    const byPlace = compareText(la.file, lb.file) || la.line - lb.line || la.column - lb.column;
    if (byPlace !== 0) return byPlace;
  }
  return compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
function placeLabel(finding) {
  const at = finding.location;
  return at === void 0 ? void 0 : `${at.file}:${at.line}:${at.column}`;
}

// src/render/links.ts
var URL_UNSAFE = /[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/g;
function safeUrl(url) {
  if (url === void 0 || !/^https?:\/\/[^/\s]/i.test(url)) return void 0;
  return url.replace(
    URL_UNSAFE,
    (char) => Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(
      ""
    )
  );
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function encodePath(path) {
  return path.replace(LONE_SURROGATE, "�").split("/").map(encodeURIComponent).join("/");
}
function fileLineUrl(links, location) {
  if (links.blobBase === void 0 || location === void 0) return void 0;
  const base = links.blobBase.replace(/\/+$/, "");
  return safeUrl(`${base}/${encodePath(location.file)}#L${location.line}`);
}
function markdownLink(textMarkdown, url) {
  const target = safeUrl(url);
  return target === void 0 ? textMarkdown : `[${textMarkdown}](${target})`;
}

// src/render/sarif.ts
var SARIF_LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
var MAX_SARIF_TEXT = 2e3;
function renderSarif(report, options) {
  const findings = [...report.configFindings ?? [], ...report.items.flatMap((item) => item.findings), ...report.items.flatMap(blockingWithoutFindings)];
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort(compareText);
  const helpUris = new Map(findings.map((f) => [f.ruleId, f.docsUrl]).reverse());
  const rules = ruleIds.map((id) => ruleOf(id, helpUris.get(id), options.descriptions?.get(id)));
  const unlocatedUri = options.unlocatedUri ?? ".github/b3os-readiness.yml";
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const results = findings.map((f) => resultOf(f, ruleIndex.get(f.ruleId) ?? 0, unlocatedUri));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "b3os-readiness",
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules
          }
        },
        invocations: [{ executionSuccessful: true, toolConfigurationNotifications: report.items.filter((i) => i.status === "off").map(offNotification) }],
        properties: runProperties(report.summary),
        results
      }
    ]
  };
}
function ruleOf(id, helpUri, description) {
  const text = toOneLine(description ?? id, MAX_SARIF_TEXT);
  return { id, shortDescription: { text }, fullDescription: { text }, helpUri };
}
function blockingWithoutFindings(item) {
  if (item.status !== "fail" && item.status !== "incomplete" || item.findings.length > 0) return [];
  const reason = item.reason ?? "it could not be verified";
  const docsUrl = docsUrlOf("README");
  return [{ ruleId: item.id, severity: "error", message: `${item.title}: ${reason}`, docsUrl, unverified: item.status === "incomplete" }];
}
function runProperties(summary) {
  return { mode: summary.mode, base: summary.base ?? null, head: summary.head, changedFiles: summary.changedFiles, merge: summary.merge ?? null, configuration: summary.config ?? null };
}
function offNotification(item) {
  return { descriptor: { id: item.id }, level: "note", message: { text: `${item.title}: turned off in the configuration` } };
}
function resultOf(finding, ruleIndex, unlocatedUri) {
  const prefix = finding.unverified === true ? "could not verify: " : "";
  const hint = finding.hint !== void 0 ? `. Hint: ${finding.hint}` : "";
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[reportedLevel(finding)],
    message: { text: toOneLine(`${prefix}${finding.message}${hint}`, MAX_SARIF_TEXT) },
    locations: [{ physicalLocation: physicalLocation(finding, unlocatedUri) }],
    ...finding.fingerprint !== void 0 ? { partialFingerprints: { "b3osReadiness/v1": finding.fingerprint } } : {},
    ...finding.waiver !== void 0 ? { suppressions: [suppression(finding.waiver)] } : {},
    ...finding.waiver === void 0 && finding.pendingWaiver !== void 0 ? { properties: { pendingWaiver: pendingWaiver(finding.pendingWaiver) } } : {}
  };
}
function suppression(waiver) {
  const approved = waiver.review ? ` (approved by @${waiver.review.user} on ${waiver.review.commit}: ${waiver.review.url})` : "";
  const justification = `waived until ${waiver.expires} by ${waiver.approver}: ${waiver.reason}${approved}`;
  const properties = { approver: waiver.approver, expires: waiver.expires, ...waiver.origin ? { origin: waiver.origin } : {}, ...waiver.review ? { review: waiver.review } : {} };
  return { kind: "external", status: "accepted", justification: toOneLine(justification, MAX_SARIF_TEXT), properties };
}
function pendingWaiver(pending) {
  return { approver: pending.approver, expires: pending.expires, state: pending.state, why: toOneLine(pending.why, MAX_SARIF_TEXT) };
}
function physicalLocation(finding, unlocatedUri) {
  const at = finding.location;
  if (at === void 0) return { artifactLocation: { uri: encodePath(unlocatedUri) }, region: { startLine: 1 } };
  const region = {
    startLine: at.line,
    startColumn: at.column,
    ...at.endLine !== void 0 ? { endLine: at.endLine } : {},
    ...at.endColumn !== void 0 ? { endColumn: at.endColumn } : {}
  };
  return { artifactLocation: { uri: encodePath(at.file) }, region };
}

// src/render/markdown-budget.ts
var encoder = new TextEncoder();
var utf8Length = (text) => encoder.encode(text).length;
function fitToBudget(render, droppables2, budget, measure) {
  let text = render();
  let next = 0;
  while (measure(text) > budget && next < droppables2.length) {
    let excess = measure(text) - budget;
    while (excess > 0 && next < droppables2.length) {
      const part = droppables2[next];
      next += 1;
      part.drop();
      excess -= part.cost;
    }
    text = render();
  }
  return text;
}

// src/render/inline.ts
var plain = (text) => ({ code: false, text });
var code = (text) => ({ code: true, text });
function parseInline(text, max = MAX_UNTRUSTED_LENGTH) {
  const line = toOneLine(text, max);
  const parts = [];
  let plainFrom = 0;
  for (let at = line.indexOf("`"); at >= 0; at = line.indexOf("`", at)) {
    const fence = runLength(line, at);
    const close = closingRun(line, at + fence, fence);
    if (close < 0) {
      at += fence;
      continue;
    }
    if (at > plainFrom) parts.push(plain(line.slice(plainFrom, at)));
    const inner = line.slice(at + fence, close);
    parts.push(code(inner.length > 1 && inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "" ? inner.slice(1, -1) : inner));
    at = plainFrom = close + fence;
  }
  if (plainFrom < line.length) parts.push(plain(line.slice(plainFrom)));
  return parts;
}
function runLength(text, at) {
  let end = at;
  while (text[end] === "`") end++;
  return end - at;
}
function closingRun(text, from, length) {
  for (let at = text.indexOf("`", from); at >= 0; at = text.indexOf("`", at)) {
    const run = runLength(text, at);
    if (run === length) return at;
    at += run;
  }
  return -1;
}
function inlineToMarkdown(inline) {
  return mergeAdjacentCode(inline).map((part) => part.code ? codeSpan(part.text) : escapeMarkdownText(part.text)).join("");
}
function mergeAdjacentCode(inline) {
  const merged = [];
  for (const part of inline) {
    if (!part.code && part.text === "") continue;
    const previous = merged.at(-1);
    if (part.code && previous?.code === true) merged[merged.length - 1] = code(previous.text + part.text);
    else merged.push(part);
  }
  return merged;
}
function inlineToPlain(inline) {
  return inline.map((part) => part.code ? `\`${toOneLine(part.text)}\`` : toOneLine(part.text)).join("");
}

// src/render/digest.ts
var DIGEST_MESSAGE_LENGTH = 160;
function countNoun(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function activeFindings(findings) {
  return findings.filter((finding) => finding.waiver === void 0);
}
function countPhrase(findings) {
  const active = activeFindings(findings);
  const unverified = active.filter((f) => f.unverified === true).length;
  const waived = findings.length - active.length;
  const parts = [
    severityCounts(active.filter((f) => f.unverified !== true), SEVERITIES),
    unverified > 0 ? `${unverified} unverified` : "",
    waived > 0 ? `${waived} waived` : ""
  ];
  return parts.filter((part) => part !== "").join(", ");
}
function severityCounts(findings, severities) {
  const active = activeFindings(findings);
  return severities.map((severity) => countNoun(active.filter((f) => f.severity === severity).length, severity)).filter((part) => !part.startsWith("0 ")).join(", ");
}
function waiverKey(waiver) {
  return JSON.stringify([waiver.expires, waiver.approver, waiver.reason]);
}
function waiverInline(waiver) {
  const scope = waiver.scope !== void 0 ? [plain(" for "), ...parseInline(waiver.scope)] : [];
  return [plain(`waived until ${waiver.expires} by ${waiver.approver}`), ...scope, plain(": "), ...parseInline(waiver.reason)];
}
function messageInline(finding, max) {
  const prefix = finding.unverified === true ? [plain("could not verify: ")] : [];
  return [...prefix, ...parseInline(finding.message, max)];
}
function itemDigest(item) {
  switch (item.status) {
    case "fail":
      return item.reason !== void 0 ? parseInline(item.reason) : failureDigest(item.findings);
    case "incomplete":
      return incompleteDigest(item);
    case "waived":
      return waivedDigest(item);
    case "not-affected":
      return [plain("not affected")];
    case "off":
      return [plain(TURNED_OFF)];
    case "pass":
      return passDigest(item);
  }
}
function failureDigest(findings) {
  const active = activeFindings(findings);
  if (active.length === 0) return [plain("failed")];
  if (active.length === 1) return messageInline(active[0], DIGEST_MESSAGE_LENGTH);
  const errors = active.filter((f) => f.severity === "error" && f.unverified !== true);
  const unverified = active.filter((f) => f.unverified === true).length;
  const others = [severityCounts(active.filter((f) => f.unverified !== true), ["warning", "notice"]), unverified > 0 ? `${unverified} unverified` : ""].filter((p) => p !== "").join(", ");
  if (errors.length === 0) return [plain(countPhrase(active))];
  const lead = errors.length === 1 ? messageInline(errors[0], DIGEST_MESSAGE_LENGTH) : errorsWhere(errors);
  return others === "" ? lead : [...lead, plain(` · ${others}`)];
}
function errorsWhere(errors) {
  const files = [...new Set(errors.flatMap((f) => f.location ? [f.location.file] : []))];
  const phrase = countNoun(errors.length, "error");
  if (files.length === 1) return [plain(`${phrase} in `), code(files[0])];
  return [plain(files.length > 1 ? `${phrase} in ${files.length} files` : phrase)];
}
function incompleteDigest(item) {
  if (item.reason !== void 0) return parseInline(item.reason);
  const unverified = item.findings.find((f) => f.unverified === true);
  return unverified ? messageInline(unverified, DIGEST_MESSAGE_LENGTH) : [plain("could not verify")];
}
function waivedDigest(item) {
  const waivers = item.findings.flatMap((f) => f.waiver ? [f.waiver] : []);
  if (waivers.length === 0) return item.reason !== void 0 ? parseInline(item.reason) : [plain("waived")];
  const distinct = new Set(waivers.map(waiverKey)).size;
  const more = distinct > 1 ? [plain(` (+${countNoun(distinct - 1, "more waiver")})`)] : [];
  return [...waiverInline(waivers[0]), ...more];
}
function passDigest(item) {
  const counts = severityCounts(item.findings, ["warning", "notice"]);
  const reason = item.reason !== void 0 ? parseInline(item.reason) : [];
  if (counts === "") return reason;
  return reason.length > 0 ? [...reason, plain(` · ${counts}`)] : [plain(counts)];
}

// src/render/item-status.ts
var STATUS_EMOJI = {
  pass: "✅",
  fail: "❌",
  incomplete: "⚠️",
  waived: "☑️",
  "not-affected": "➖",
  off: "⏸️"
};
var STATUS_WORD = {
  pass: "PASS",
  fail: "FAIL",
  incomplete: "INCOMPLETE",
  waived: "WAIVED",
  "not-affected": "N/A",
  off: "OFF"
};
function isBlocking(status) {
  return status === "fail" || status === "incomplete";
}
function blockingItems(report) {
  return report.items.filter((item) => isBlocking(item.status));
}
function blockPhrase(blocking, total) {
  return `${blocking} of ${total} items ${blocking === 1 ? "blocks" : "block"}`;
}
function openWarnings(report) {
  const open = (f) => f.severity === "warning" && !f.waiver;
  return report.items.reduce((n, item) => n + item.findings.filter(open).length, (report.configFindings ?? []).filter(open).length);
}
function configErrors(report) {
  return (report.configFindings ?? []).filter((f) => f.severity === "error").length;
}
function failPhrase(report) {
  const blocking = blockingItems(report).length;
  const config = configErrors(report);
  const configPart = config > 0 ? `${config} configuration ${config === 1 ? "problem blocks" : "problems block"}` : "";
  if (blocking > 0) return [blockPhrase(blocking, report.items.length), configPart].filter((p) => p !== "").join("; ");
  if (configPart) return configPart;
  const warnings = openWarnings(report);
  return `${warnings} ${warnings === 1 ? "warning fails" : "warnings fail"} it under fail-on: warning`;
}
function offPhrase(report) {
  const off = report.items.filter((item) => item.status === "off").length;
  return off === 0 ? "" : `${off} ${off === 1 ? "item" : "items"} off`;
}
function isReady(report) {
  return report.result === "pass" && blockingItems(report).length === 0;
}
function itemsByUrgency(items) {
  const rank = (item) => item.status === "fail" ? 0 : item.status === "incomplete" ? 1 : 2;
  return [...items].sort((a, b) => rank(a) - rank(b));
}

// src/render/waiver-text.ts
function pendingInline(pending) {
  if (pending.state === "unverified") return [plain(`waiver until ${pending.expires} by ${pending.approver} unverified (approval is checked on the pull request), not applied: `), ...parseInline(pending.reason)];
  return [plain(`waiver until ${pending.expires} not applied, `), ...parseInline(pending.why), plain(": "), ...parseInline(pending.reason)];
}
function reviewLinkMarkdown(waiver) {
  if (!waiver.review) return "";
  return ` · ${markdownLink(inlineToMarkdown([plain(`approved by @${waiver.review.user} on the head`)]), waiver.review.url)}`;
}
function reviewLinkPlain(waiver) {
  return waiver.review ? ` · approved by @${waiver.review.user} on the head: ${waiver.review.url}` : "";
}
function rowWaiverMarkdown(item) {
  if (item.status === "waived") {
    const first = item.findings.find((f) => f.waiver)?.waiver;
    return first ? reviewLinkMarkdown(first) : "";
  }
  const pending = firstPending(item.findings);
  return pending ? ` · ${inlineToMarkdown([plain(pending.state === "unverified" ? `waiver by ${pending.approver} unverified` : pending.why.split(":")[0])])}` : "";
}
function firstPending(findings) {
  return findings.find((f) => f.pendingWaiver && !f.waiver)?.pendingWaiver;
}

// src/render/markdown-details.ts
function dropRank(finding, item) {
  if (finding.severity === "notice") return 0;
  if (finding.severity === "warning") return 1;
  return isBlocking(item.status) && finding.waiver === void 0 ? 3 : 2;
}
function displayOrder(item) {
  return [...item.findings].sort((a, b) => dropRank(b, item) - dropRank(a, item) || comparePlace(a, b));
}
function renderFinding(finding, links) {
  const place = placeLabel(finding);
  const where = place === void 0 ? "" : `${markdownLink(codeSpan(place), fileLineUrl(links, finding.location))} `;
  const rule = markdownLink(codeSpan(finding.ruleId, 120), finding.docsUrl);
  const label = finding.severity === "error" ? "" : `**${finding.severity}**: `;
  const waiver = finding.waiver ? ` (${inlineToMarkdown(waiverInline(finding.waiver))}${reviewLinkMarkdown(finding.waiver)})` : finding.pendingWaiver ? ` (${inlineToMarkdown(pendingInline(finding.pendingWaiver))})` : "";
  const message = `${label}${inlineToMarkdown(messageInline(finding))}${waiver}`;
  const hint = finding.hint !== void 0 ? `\\
  Hint: ${inlineToMarkdown(parseInline(finding.hint))}` : "";
  return `- ${where}${rule}\\
  ${message}${hint}`;
}
function renderDetails(item, findings, shown, moreNote, extra = "") {
  const summary = `${STATUS_EMOJI[item.status]} ${escapeHtmlText(item.title)}: ${countPhrase(item.findings)}`;
  const lines = findings.slice(0, shown);
  const left = findings.length - lines.length;
  if (left > 0) lines.push(`- …and ${countNoun(left, "more finding")} ${moreNote}`);
  const after = extra === "" ? "" : `

${extra}`;
  return `<details><summary>${summary}</summary>

${lines.join("\n")}${after}

</details>`;
}

// src/funds/chains.ts
var CHAIN_NAMES = /* @__PURE__ */ new Map([
  [1, "Ethereum"],
  [10, "Optimism"],
  [56, "BNB Chain"],
  [100, "Gnosis"],
  [137, "Polygon"],
  [324, "zkSync Era"],
  [8453, "Base"],
  [42161, "Arbitrum One"],
  [43114, "Avalanche"],
  [59144, "Linea"],
  [81457, "Blast"],
  [84532, "Base Sepolia"],
  [11155111, "Sepolia"]
]);
function chainLabel(id) {
  const name = /^[0-9]{1,15}$/.test(id) ? CHAIN_NAMES.get(Number(id)) : void 0;
  return name ? `${name} (${id})` : id;
}

// src/render/run-description.ts
function headName(head) {
  return head === "WORKTREE" ? "the working tree" : codeSpan(shortRef(head), 80);
}
function comparedPhrase(summary) {
  if (summary.mode === "all") return `full audit of ${headName(summary.head)} · ${countNoun(summary.changedFiles, "file")}`;
  const base = summary.base !== void 0 ? ` from ${codeSpan(shortRef(summary.base), 80)}` : "";
  const merge = summary.merge ? ` · ${mergePhrase(summary.merge)}` : "";
  return `change${base} to ${headName(summary.head)} · ${countNoun(summary.changedFiles, "file")} changed${merge}`;
}
function mergePhrase(merge) {
  const into = `${merge.baseLabel !== void 0 ? `${codeSpan(merge.baseLabel, 80)} at ` : ""}${codeSpan(shortRef(merge.base), 80)}`;
  switch (merge.status) {
    case "merged":
      return `checked merged into ${into} as ${codeSpan(shortRef(merge.checked ?? ""), 80)}`;
    case "off":
      return `checked as branched (--no-merge), not merged into ${into}`;
    case "conflict":
      return `checked as branched: it does not merge cleanly into ${into} (${merge.reason ?? "no reason given"})`;
    default:
      return `checked as branched: it could not be merged into ${into} (${merge.reason ?? "no reason given"})`;
  }
}
function configPhrase(summary) {
  const source = summary.config;
  if (source === void 0) return "";
  const file = codeSpan(source.path, 120);
  const label = source.label !== void 0 ? `${codeSpan(source.label, 80)} at ` : "";
  const at = source.ref === void 0 ? "" : source.ref === "WORKTREE" ? " in the working tree" : ` on ${label}${codeSpan(shortRef(source.ref), 80)}`;
  const text = {
    file: `${file}${at}`,
    absent: `the defaults (no ${file}${at})`,
    invalid: `the defaults (${file}${at} is invalid)`,
    "no-base": "the defaults (no trusted base to read it from)",
    explicit: `${file} (--config)`
  };
  return `configuration: ${text[source.kind]}`;
}

// src/render/markdown-tables.ts
function renderHeading(report) {
  const blocking = blockingItems(report).length;
  const verdict = isReady(report) ? "✅ ready" : blocking > 0 ? `❌ ${blockPhrase(blocking, report.items.length)} this PR` : `❌ not ready: ${failPhrase(report)}`;
  const off = offPhrase(report);
  return `## B3OS production readiness: ${verdict}${off ? ` · ${off}` : ""}`;
}
var KIND_NOUNS = {
  workflow: "workflow",
  manifest: "manifest",
  runbook: "runbook",
  action: "action",
  trigger: "trigger",
  template: "template",
  environment: "environment",
  openapi: "OpenAPI spec",
  catalog: "catalog",
  docs: "docs page",
  changelog: "changelog",
  config: "config file"
};
function affectedPhrase(summary) {
  const parts = OBJECT_KINDS.filter((kind) => (summary.affected[kind] ?? 0) > 0).map(
    (kind) => countNoun(summary.affected[kind], KIND_NOUNS[kind])
  );
  return parts.length === 0 ? "" : `${parts.join(", ")} affected`;
}
function renderRunLine(summary, reportUrl) {
  const radius = summary.blastRadius.length;
  const parts = [
    comparedPhrase(summary),
    affectedPhrase(summary),
    radius > 0 ? `re-validated for a changed schema: ${blastRadiusNames(summary.blastRadius)}` : "",
    configPhrase(summary),
    safeUrl(reportUrl) !== void 0 ? markdownLink("full report", reportUrl) : ""
  ];
  return parts.filter((part) => part !== "").join(" · ");
}
function blastRadiusNames(files) {
  const shown = files.slice(0, 5).map((f) => codeSpan(f, 120));
  return files.length > 5 ? `${shown.join(", ")} and ${files.length - 5} more` : shown.join(", ");
}
function renderItemsTable(report) {
  const rows = report.items.map((item) => {
    const title = escapeMarkdownText(item.title);
    const cells = [
      STATUS_EMOJI[item.status],
      isBlocking(item.status) ? `**${title}**` : title,
      `${inlineToMarkdown(itemDigest(item))}${rowWaiverMarkdown(item)}`
    ];
    return `| ${cells.map(escapeTableCell).join(" | ")} |`;
  });
  return ["| | Launch requirement | Findings |", "|---|---|---|", ...rows].join("\n");
}
var CELL_MARK = {
  ok: "✅",
  fail: "❌",
  incomplete: "⚠️",
  "n/a": "–"
};
function renderCell(cell) {
  const note = cell.note !== void 0 && cell.note !== "" ? ` ${inlineToMarkdown(parseInline(cell.note))}` : "";
  return `${CELL_MARK[cell.status]}${note}`;
}
function renderObjectRow(row) {
  const name = `${codeSpan(row.type)} (${row.change} ${row.kind})`;
  const cells = [name, ...[row.schema, row.docs, row.examples, row.contract].map(renderCell)];
  return `| ${cells.map(escapeTableCell).join(" | ")} |`;
}
function renderObjectsTable(objects, shown, moreNote) {
  const header = ["type", "schema", "docs", "examples", "contract"];
  return renderTableSection({ title: "New and changed actions and triggers", header, noun: "more object" }, objects.slice(0, shown).map(renderObjectRow), objects.length, moreNote);
}
function renderTableSection(section, body, total, moreNote) {
  if (total === 0) return "";
  const { title, header, noun } = section;
  const left = total - body.length;
  const rest = left > 0 ? `

…and ${countNoun(left, noun)} ${moreNote}` : "";
  const lines = [`| ${header.join(" | ")} |`, `|${"---|".repeat(header.length)}`, ...body];
  return `**${title}**

${lines.join("\n")}${rest}`;
}

// src/render/funds-table.ts
var EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
var LISTED = 2;
var EVIDENCE = {
  current: "✅",
  stale: "❌ stale",
  missing: "❌ none"
};
function shortAddress(value) {
  return EVM_ADDRESS.test(value) ? `${value.slice(0, 6)}…${value.slice(-4)}` : value;
}
function list(values, show) {
  if (values.length === 0) return "any";
  const shown = values.slice(0, LISTED).map(show);
  return values.length > LISTED ? `${shown.join(", ")} +${values.length - LISTED}` : shown.join(", ");
}
var address = (value) => codeSpan(shortAddress(value), 60);
function tokens(row) {
  const symbol = row.maxAmount?.symbol;
  if (symbol === void 0 || row.tokens.length !== 1) return list(row.tokens, address);
  return `${escapeMarkdownText(symbol, 20)} ${address(row.tokens[0])}`;
}
function amount(row) {
  const max = row.maxAmount;
  if (!max) return "any";
  if (max.units === void 0) return `${codeSpan(max.raw, 90)} raw`;
  const symbol = max.symbol !== void 0 ? ` ${escapeMarkdownText(max.symbol, 20)}` : "";
  return `${max.units}${symbol} (${codeSpan(max.raw, 90)})`;
}
function evidence(row) {
  const run = row.evidenceRun;
  return run ? `${EVIDENCE[row.evidence]} (${escapeMarkdownText(run.kind, 20)} ${escapeMarkdownText(run.date, 10)})` : EVIDENCE[row.evidence];
}
function renderFundsRow(row) {
  const where = `${codeSpan(row.workflow, 80)} · ${codeSpan(row.node, 80)}`;
  const action = `${codeSpan(row.action, 80)} (${escapeMarkdownText(row.kind, 20)})`;
  const bounds = row.bounded ? [list(row.chains, (c) => escapeMarkdownText(chainLabel(c), 40)), tokens(row), list(row.recipients, address), amount(row), escapeMarkdownText(row.approvals ?? "–", 40)] : ["❌ no bounds", "–", "–", "–", "–"];
  const cells = [where, action, ...bounds, evidence(row)];
  return `| ${cells.map(escapeTableCell).join(" | ")} |`;
}
var SECTION = {
  title: "Funds this change can move",
  header: ["workflow · node", "action", "chain", "token", "recipient", "max amount", "approvals", "evidence"],
  noun: "more funds node"
};
function renderFundsTable(rows, shown, moreNote) {
  return renderTableSection(SECTION, rows.slice(0, shown).map(renderFundsRow), rows.length, moreNote);
}

// src/render/mermaid.ts
var LABEL_LENGTH = 40;
function renderMermaid(diagram) {
  const ids = new Map(diagram.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ["```mermaid", "flowchart LR"];
  for (const node of diagram.nodes) {
    const icon = node.trigger ? "⏰ " : node.movesFunds ? "💸 " : "";
    const label = `${icon}${plain2(node.id)} · ${plain2(node.type)}`;
    const shape = node.type === "if" ? `{"${label}"}` : `["${label}"]`;
    lines.push(`  ${ids.get(node.id)}${shape}${node.failing ? ":::bad" : ""}`);
  }
  for (const edge of diagram.edges) {
    const arrow = edge.label ? ` -- ${plain2(edge.label)} --> ` : " --> ";
    lines.push(`  ${ids.get(edge.from)}${arrow}${ids.get(edge.to)}`);
  }
  lines.push("  classDef bad fill:#ffebe9,stroke:#cf222e", "```");
  return lines.join("\n");
}
function plain2(text) {
  const kept = text.replace(/[^A-Za-z0-9_.:-]/g, "_");
  return kept.length > LABEL_LENGTH ? `${kept.slice(0, LABEL_LENGTH - 1)}…` : kept;
}

// src/render/markdown-document.ts
function renderMarkdownDocument(report, links, options) {
  return renderMarkdownDocumentCounted(report, links, options).text;
}
function renderMarkdownDocumentCounted(report, links, options) {
  const items = itemsByUrgency(report.items).filter((item) => item.findings.length > 0);
  const ordered = items.map(displayOrder);
  const rendered = ordered.map((findings) => findings.map((finding) => renderFinding(finding, links)));
  const layout = { items, ordered, rendered };
  const plan = {
    findings: layout.ordered.map((findings) => findings.length),
    objects: report.objects.length,
    funds: report.funds?.length ?? 0,
    notices: Math.min(options.noticeLimit, report.notices.length),
    diagrams: report.diagrams?.length ?? 0
  };
  const render = () => compose(report, links, options, layout, plan);
  const text = fitToBudget(render, droppables(report, options.measure, layout, plan), options.budget, options.measure);
  const sum = (counts) => counts.reduce((a, b) => a + b, 0);
  return { text, shownFindings: sum(plan.findings), totalFindings: sum(layout.ordered.map((f) => f.length)) };
}
function droppables(report, measure, layout, plan) {
  const findings = layout.ordered.flatMap(
    (ordered, index) => ordered.map((finding, position) => ({ index, position, rank: dropRank(finding, layout.items[index]) }))
  );
  findings.sort((a, b) => a.rank - b.rank || b.index - a.index || b.position - a.position);
  const findingDrops = findings.map(({ index, position }) => ({
    cost: measure(layout.rendered[index][position]) + 1,
    drop: () => void (plan.findings[index] = Math.min(plan.findings[index], position))
  }));
  const objectDrops = report.objects.map((row, index) => ({
    cost: measure(renderObjectRow(row)) + 1,
    drop: () => void (plan.objects = Math.min(plan.objects, index))
  }));
  const fundsDrops = (report.funds ?? []).map((row, index) => ({
    cost: measure(renderFundsRow(row)) + 1,
    drop: () => void (plan.funds = Math.min(plan.funds, index))
  }));
  const noticeDrops = report.notices.slice(0, plan.notices).map((notice, index) => ({
    cost: measure(renderNotice(notice)) + 1,
    drop: () => void (plan.notices = Math.min(plan.notices, index))
  }));
  const diagramDrops = (report.diagrams ?? []).map((diagram, index) => ({
    cost: measure(renderMermaid(diagram)) + 2,
    drop: () => void (plan.diagrams = Math.min(plan.diagrams, index))
  }));
  return [...diagramDrops.reverse(), ...findingDrops, ...objectDrops.reverse(), ...fundsDrops.reverse(), ...noticeDrops.reverse()];
}
function compose(report, links, options, layout, plan) {
  const moreNote = `in the ${options.linkFullReport ? markdownLink("full report", links.summaryUrl) : "full report"}`;
  const heading = renderHeading(report);
  const sections = [
    options.marker !== void 0 ? `${options.marker}
${heading}` : heading,
    renderRunLine(report.summary, options.linkFullReport ? links.summaryUrl : void 0),
    renderItemsTable(report),
    renderConfigFindings(report, links),
    renderFundsTable(report.funds ?? [], plan.funds, moreNote),
    renderObjectsTable(report.objects, plan.objects, moreNote),
    ...layout.items.map(
      (item, index) => renderDetails(item, layout.rendered[index], plan.findings[index], moreNote, item.id === "definition-validates" ? diagramsOf(report, plan) : "")
    ),
    renderFooter(report, links),
    renderNotices(report.notices, plan.notices, moreNote)
  ];
  return `${sections.filter((section) => section !== "").join("\n\n")}
`;
}
function diagramsOf(report, plan) {
  return (report.diagrams ?? []).slice(0, plan.diagrams).map((d) => `${codeSpan(d.file, 200)}

${renderMermaid(d)}`).join("\n\n");
}
function renderFooter(report, links) {
  const findings = report.items.flatMap((item) => item.findings);
  const waivers = new Set(findings.flatMap((f) => f.waiver ? [waiverKey(f.waiver)] : [])).size;
  return [
    `Reproduce locally: ${codeSpan(links.reproduce, 500)}`,
    markdownLink("rules", links.rulesUrl),
    waivers > 0 ? `${countNoun(waivers, "waiver")} applied` : ""
  ].filter((part) => part !== "").join(" · ");
}
function renderConfigFindings(report, links) {
  const findings = report.configFindings ?? [];
  if (findings.length === 0) return "";
  const trusted = linksAt(links, report.summary.config?.ref);
  const atBase = (f) => f.location?.file === report.summary.config?.path && !f.message.startsWith(PROPOSED);
  const lines = findings.map((f) => renderFinding(f, atBase(f) ? trusted : links));
  return `**Configuration**

${lines.join("\n")}`;
}
function linksAt(links, ref) {
  const at = links.blobBase?.match(/^(.*\/blob\/)[0-9a-f]{40}\/?$/);
  return at && ref !== void 0 && /^[0-9a-f]{40}$/.test(ref) ? { ...links, blobBase: `${at[1]}${ref}` } : { ...links, blobBase: void 0 };
}
function renderNotice(notice) {
  return `- ${inlineToMarkdown(parseInline(notice, NOTICE_LENGTH))}`;
}
function renderNotices(notices, shown, moreNote) {
  if (notices.length === 0) return "";
  const lines = notices.slice(0, shown).map(renderNotice);
  const left = notices.length - lines.length;
  if (left > 0) lines.push(`- …and ${countNoun(left, "more notice")} ${moreNote}`);
  return `**Notices**

${lines.join("\n")}`;
}

// src/render/checklist-md.ts
var SUMMARY_BYTE_BUDGET = 1024 * 1024 - 16 * 1024;

// src/render/summary-md.ts
function renderSummaryMarkdown(report, links) {
  return renderMarkdownDocument(report, links, {
    budget: SUMMARY_BYTE_BUDGET,
    measure: utf8Length,
    linkFullReport: false,
    noticeLimit: Number.POSITIVE_INFINITY
  });
}

// src/render/text.ts
var STATUS_COLOR = {
  pass: "32",
  fail: "1;31",
  incomplete: "33",
  waived: "36",
  "not-affected": "2",
  off: "2"
};
function renderText(report, options = {}) {
  const paint = options.color === true ? (code2, text) => `\x1B[${code2}m${text}\x1B[0m` : (_, text) => text;
  const findings = [...report.configFindings ?? [], ...report.items.flatMap((item) => item.findings)].sort(comparePlace);
  const sections = [
    findings.map((finding) => renderFindingText(finding, paint, options.localDocs?.(finding.ruleId))).join("\n"),
    renderChecklistText(report, paint),
    report.notices.map((notice) => `note: ${inlineToPlain(parseInline(notice, NOTICE_LENGTH))}`).join("\n"),
    report.summary.blastRadius.length ? `re-validated for a changed schema: ${report.summary.blastRadius.map((f) => toOneLine(f)).join(", ")}` : "",
    `Checked ${inlineToPlain(parseInline([comparedPhrase(report.summary), configPhrase(report.summary)].filter((p) => p !== "").join(" · ")))}
${renderResultLine(report, paint)}`
  ];
  return `${sections.filter((section) => section !== "").join("\n\n")}
`;
}
function renderFindingText(finding, paint, docs) {
  const at = finding.location;
  const file = at === void 0 ? "<no file>" : toOneLine(at.file).replace(/^(\s*::)/, "./$1");
  const place = at === void 0 ? file : `${file}:${at.line}:${at.column}`;
  const level = finding.severity === "error" ? "" : paint(finding.severity === "warning" ? "33" : "36", `${finding.severity}: `);
  const waiver = finding.waiver ? ` (${inlineToPlain(waiverInline(finding.waiver))}${reviewLinkPlain(finding.waiver)})` : finding.pendingWaiver ? ` (${inlineToPlain(pendingInline(finding.pendingWaiver))})` : "";
  const message = `${level}${inlineToPlain(messageInline(finding))}${waiver}`;
  const first = `${paint("1", place)}: ${message} ${paint("2", `[${toOneLine(finding.ruleId)}]`)}`;
  const hint = finding.hint === void 0 ? "" : `
  hint: ${inlineToPlain(parseInline(finding.hint))}`;
  return `${first}${hint}${docs !== void 0 ? `
  docs: ${toOneLine(docs)}` : ""}`;
}
function renderChecklistText(report, paint) {
  const wordWidth = Math.max(0, ...report.items.map((item) => STATUS_WORD[item.status].length));
  const titles = report.items.map((item) => toOneLine(item.title, 80));
  const titleWidth = Math.max(0, ...titles.map((title) => title.length));
  return report.items.map((item, index) => {
    const word = paint(STATUS_COLOR[item.status], STATUS_WORD[item.status].padEnd(wordWidth));
    return `${word}  ${titles[index].padEnd(titleWidth)}  ${inlineToPlain(itemDigest(item))}`.trimEnd();
  }).join("\n");
}
function renderResultLine(report, paint) {
  const off = offPhrase(report);
  if (isReady(report)) return `Result: ${paint("32", "pass")}${off ? ` (${off})` : ""}`;
  return `Result: ${paint("1;31", "fail")} (${failPhrase(report)}${off ? `; ${off}` : ""})`;
}

// src/run/about.ts
var TOOL_VERSION = package_default.version;
var TOOL_URL = PROJECT_URL;
var RULES_INDEX_URL = `${RULES_DOCS_BASE}/README.md`;

// src/run/cli-render.ts
var FORMATS = ["text", "markdown", "json", "sarif"];
async function ruleDescriptions() {
  return (await import("./descriptions-Z5LTM54Q.js")).ruleDescriptions();
}
async function renderReport(report, format, options) {
  const { base } = options;
  const reproduce = `b3os-readiness check ${base ? `--base ${base}${report.summary.merge?.status === "off" ? " --no-merge" : ""}` : "--all"}`;
  switch (format) {
    case "json":
      return renderJson(report, options.pullRequest);
    case "sarif":
      return JSON.stringify(renderSarif(report, { toolVersion: TOOL_VERSION, informationUri: TOOL_URL, descriptions: await ruleDescriptions() }), null, 2) + "\n";
    case "markdown":
      return renderSummaryMarkdown(report, { reproduce, rulesUrl: RULES_INDEX_URL });
    default:
      return renderText(report, { color: options.color, localDocs: (ruleId) => options.rulePages ? localRulePage(options.rulePages, ruleId) : void 0 });
  }
}
function rulePagesBeside(entry) {
  return entry && fileURLToPath(new URL("../docs/rules", entry));
}
function localRulePage(folder, ruleId) {
  const page = join(folder, `${ruleId}.md`);
  return /^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId) && existsSync(page) ? page : void 0;
}

export {
  TOOL_VERSION,
  oneOf,
  isBlocking,
  openWarnings,
  configErrors,
  FORMATS,
  renderReport,
  rulePagesBeside
};
