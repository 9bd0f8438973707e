import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PROPOSED,
  shardAffected,
  shortRef
} from "./chunk-ROLON4ER.js";
import {
  createRedactor,
  redactError,
  redactReport
} from "./chunk-OPXKDCSX.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import {
  CONFIG_PATH,
  DEFAULT_LIMITS,
  DEFAULT_PATHS,
  DEFAULT_SETTINGS,
  DOCS_SITE_PATHS,
  ITEMS,
  SDK_PRESET_PATHS,
  SECRET_KINDS,
  buildGraph,
  compilePattern,
  computeAffected,
  createClassifier,
  daysBetween,
  definitionOf,
  describeViolations,
  escapeSegment,
  indexRepository,
  isCalendarDay,
  loadCatalog,
  movesFunds,
  objectKey,
  scanAsRead,
  secretValuesIn,
  secretValuesOf,
  splitKey,
  validateOwn
} from "./chunk-ZJZPJOLN.js";
import {
  ITEM_IDS,
  OBJECT_KINDS,
  TURNED_OFF,
  didYouMean,
  docsUrlOf,
  isFileRule,
  isPassRule
} from "./chunk-4RIYA6T5.js";
import {
  decodeText,
  formatOf,
  oversizedDocument,
  parseDocument
} from "./chunk-OXKGPKZ2.js";

// src/core/config.ts
function readConfig(doc, ruleIds) {
  if (!doc) return { settings: DEFAULT_SETTINGS, problems: [], notes: [] };
  const fatal = doc.problems.filter((p) => p.fatal);
  if (fatal.length) return { problems: sorted(fatal.map((p) => ({ ...p.span, message: p.message }))), notes: [] };
  if (doc.value === null) return { settings: DEFAULT_SETTINGS, problems: [], notes: [] };
  const { value, notes } = ruleIds ? { value: doc.value, notes: [] } : withoutUnknownItems(doc);
  const violations = describeViolations(validateOwn("config", value));
  const problems = violations.map((v) => ({ ...v.atKey ? doc.locateKey(v.pointer) : doc.locate(v.pointer), message: v.message }));
  const file = violations.length ? {} : value;
  problems.push(...patternProblems(doc, file.paths ?? {}));
  if (ruleIds) problems.push(...waiverProblems(doc, waiversIn(doc.value), ruleIds));
  if (problems.length) return { problems: sorted(problems), notes };
  return { settings: settingsOf(file), problems: [], notes };
}
function withoutUnknownItems(doc) {
  const items = doc.value.items;
  if (typeof items !== "object" || items === null || Array.isArray(items)) return { value: doc.value, notes: [] };
  const known = new Set(ITEM_IDS);
  const unknown = Object.keys(items).filter((key) => !known.has(key));
  if (unknown.length === 0) return { value: doc.value, notes: [] };
  const notes = unknown.map((key) => {
    const at = doc.locateKey(`/items/${escapeSegment(key)}`);
    return `${at.line}:${at.column}: \`items.${key}\` names no item and is ignored${didYouMean(key, ITEM_IDS)}`;
  });
  const kept = Object.fromEntries(Object.entries(items).filter(([key]) => known.has(key)));
  return { value: { ...doc.value, items: kept }, notes };
}
function settingsOf(file) {
  return {
    // Presets first, so a `paths` list the file names still wins.
    paths: { ...DEFAULT_SETTINGS.paths, ...file.docs?.layout === "docs-site" ? DOCS_SITE_PATHS : {}, ...file.preset === "b3os-sdk" ? SDK_PRESET_PATHS : {}, ...file.paths },
    docs: { headings: { ...DEFAULT_SETTINGS.docs.headings, ...file.docs?.headings }, layout: file.docs?.layout ?? DEFAULT_SETTINGS.docs.layout },
    preset: file.preset ?? DEFAULT_SETTINGS.preset,
    items: { ...file.items },
    failOn: file.failOn ?? DEFAULT_SETTINGS.failOn,
    waivers: (file.waivers ?? []).map((w) => ({ ...w, paths: w.paths ?? [] })),
    policy: { ...DEFAULT_SETTINGS.policy, ...file.policy },
    limits: { ...DEFAULT_SETTINGS.limits, ...file.limits }
  };
}
function sorted(problems) {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
function patternProblems(doc, paths) {
  const out = [];
  for (const [key, list2] of Object.entries(paths)) {
    (list2 ?? []).forEach((source, i) => {
      try {
        compilePattern(source);
      } catch (error) {
        out.push({ ...doc.locate(`/paths/${key}/${i}`), message: error.message });
      }
    });
  }
  return out;
}
function waiversIn(value) {
  const list2 = value?.waivers;
  if (!Array.isArray(list2)) return [];
  return list2.flatMap((w, index) => typeof w?.rule === "string" && typeof w?.expires === "string" ? [{ rule: w.rule, expires: w.expires, index }] : []);
}
function waiverProblems(doc, waivers, ruleIds) {
  const problems = [];
  waivers.forEach((waiver) => {
    const i = waiver.index;
    if (!ruleIds.has(waiver.rule)) problems.push({ ...doc.locate(`/waivers/${i}/rule`), message: `waiver ${i + 1} names \`${waiver.rule}\`, which is no item or rule id${didYouMean(waiver.rule, ruleIds)}` });
    if (!isCalendarDay(waiver.expires)) problems.push({ ...doc.locate(`/waivers/${i}/expires`), message: `waiver ${i + 1} expires on \`${waiver.expires}\`, which is not a real date` });
  });
  return problems;
}

// src/core/config-source.ts
var RULE_ID = "configuration/invalid";
var NOT_A_FILE = (path) => ({ line: 1, column: 1, message: `\`${path}\` is not a regular file (a symlink or a submodule is never read)` });
async function loadConfig(request) {
  if (request.file) return explicitFile(request.file, request.ruleIds);
  const path = request.path ?? CONFIG_PATH;
  const trusted = await trustedConfig(request, path);
  const edited = request.changes.mode === "diff" && request.changes.files.some((f) => f.path === path && f.status !== "removed");
  if (!edited) return trusted;
  const proposed = await readAt(request.head, path, request.ruleIds);
  if (proposed.kind === "absent") return trusted;
  if (proposed.kind === "read" && proposed.settings) {
    const doc = proposed.doc;
    return { ...trusted, proposed: proposed.settings, proposedLocate: (pointer) => doc.locateKey(pointer) };
  }
  const problems = proposed.kind === "read" ? proposed.problems : [NOT_A_FILE(path)];
  const where = `${PROPOSED} is invalid`;
  return { ...trusted, findings: [...trusted.findings, ...problems.map((p) => problemFinding(path, p, where, "error"))] };
}
function explicitFile(file, ruleIds) {
  const doc = parseDocument(file.path, file.bytes, { maxBytes: DEFAULT_LIMITS.maxFileBytes });
  const reading = readConfig(doc, ruleIds);
  if (!reading.settings) throw new UserError(`invalid configuration:
${reading.problems.map((p) => `${file.path}:${p.line}:${p.column}: ${p.message}`).join("\n")}`);
  return { settings: reading.settings, source: { kind: "explicit", path: file.path }, findings: [], locate: (pointer) => doc.locateKey(pointer) };
}
async function trustedConfig(request, path) {
  const from = request.from;
  if (from === "defaults") return { settings: DEFAULT_SETTINGS, source: { kind: "no-base", path }, findings: [] };
  const where = { path, ref: from.ref, ...request.label !== void 0 ? { label: request.label } : {} };
  const at = from.ref === "WORKTREE" ? "in the working tree" : `on ${request.label ? `\`${request.label}\` at ` : ""}\`${shortRef(from.ref)}\``;
  const read = await readAt(from, path, void 0);
  if (read.kind === "absent") {
    if (request.path) throw new UserError(`the configuration file ${path} does not exist at ${from.ref}`);
    return { settings: DEFAULT_SETTINGS, source: { kind: "absent", ...where }, findings: [] };
  }
  if (read.kind === "not-a-file") return brokenTrusted(where, at, [NOT_A_FILE(path)]);
  if (read.settings) {
    const notes = read.notes.map((n) => `\`${path}\` ${at}: ${n}`);
    return { settings: read.settings, source: { kind: "file", ...where }, findings: [], notes, locate: (pointer) => read.doc.locateKey(pointer) };
  }
  return brokenTrusted(where, at, read.problems);
}
function brokenTrusted(where, at, problems) {
  const path = where.path;
  const [first, ...rest] = problems;
  const more = rest.length ? ` (and ${rest.length} more at ${rest.map((p) => `${p.line}:${p.column}`).join(", ")})` : "";
  const finding3 = problemFinding(path, { ...first, message: `${first.message}${more}` }, `the configuration ${at} is invalid, so the defaults apply`, "warning");
  return { settings: DEFAULT_SETTINGS, source: { kind: "invalid", ...where }, findings: [finding3] };
}
function problemFinding(path, problem, where, severity) {
  const hint = severity === "warning" ? `fix \`${path}\` on the base branch; a pull request that fixes it is checked with its fixed version too` : `fix \`${path}\`: it applies to every change once merged`;
  return configFinding(RULE_ID, path, { ...problem, message: `${where}: ${problem.message}` }, severity, hint);
}
function configFinding(ruleId, path, problem, severity, hint) {
  return { ruleId, severity, message: problem.message, hint, location: { file: path, line: problem.line, column: problem.column }, docsUrl: docsUrlOf(ruleId) };
}
async function readAt(snapshot, path, ruleIds) {
  const entry = (await snapshot.list()).find((e) => e.path === path);
  if (!entry) return { kind: "absent" };
  const bytes = entry.kind === "file" ? await snapshot.read(path) : void 0;
  if (!bytes) return { kind: "not-a-file" };
  const doc = parseDocument(path, bytes, { maxBytes: DEFAULT_LIMITS.maxFileBytes });
  return { kind: "read", doc, ...readConfig(doc, ruleIds) };
}

// src/core/gate-workflow.ts
var WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var RUNS_THE_GATE = /b3os-readiness/;
async function gateWorkflowNotices(changes, head, base) {
  if (changes.mode !== "diff") return [];
  const notices = [];
  for (const file of changes.files) {
    const paths = [file.path, file.previousPath].filter((p) => p !== void 0 && WORKFLOW_FILE.test(p));
    if (paths.length === 0) continue;
    const texts = await Promise.all([head.read(file.path), ...paths.map((p) => base?.read(p))]);
    if (!texts.some((bytes) => bytes !== void 0 && RUNS_THE_GATE.test(Buffer.from(bytes).toString("utf8")))) continue;
    const what = file.status === "removed" ? "removes" : "edits";
    notices.push(`this change ${what} \`${file.path}\`, the workflow that runs the readiness gate: GitHub runs this change's copy of it, so review it like code (protect \`.github/workflows/\` with CODEOWNERS)`);
  }
  return notices;
}

// src/core/merge-note.ts
function mergeNotices(merge) {
  if (merge === void 0 || merge.status !== "conflict" && merge.status !== "unavailable") return [];
  const into = `${merge.baseLabel !== void 0 ? `\`${merge.baseLabel}\` at ` : ""}\`${shortRef(merge.base)}\``;
  const why = `${merge.status === "conflict" ? "does not merge cleanly into" : "could not be merged into"} ${into} (${merge.reason ?? "no reason given"})`;
  return [`the head ${why}, so it was checked as branched; what lands may differ from what was checked`];
}

// src/core/path-coverage.ts
var CHECKED_SETTINGS = ["workflows", "sdkActions", "actions", "triggers", "templates", "openapi"];
function pathFindings(input) {
  const files = input.entries.filter((e) => e.kind === "file").map((e) => e.path);
  const out = [];
  for (const key of Object.keys(DEFAULT_PATHS)) {
    const configured = input.settings.paths[key];
    if (configured.join("\n") === DEFAULT_PATHS[key].join("\n") || firstMatch(files, configured) !== void 0) continue;
    const example = firstMatch(files, DEFAULT_PATHS[key]);
    if (example === void 0) continue;
    const moved = input.proposed !== void 0 && input.proposed.paths[key].join("\n") !== configured.join("\n");
    const at = input.config.locate?.(`/paths/${key}`) ?? { line: 1, column: 1 };
    const message = `\`paths.${key}\` (${list(configured)}) matches no file, but the default (${list(DEFAULT_PATHS[key])}) matches \`${example}\`: nothing there is checked`;
    const hint = `point \`paths.${key}\` at where these files are, or remove it to use the default`;
    out.push(configFinding("configuration/paths", input.config.path, { ...at, message }, moved ? "warning" : "error", hint));
  }
  return out;
}
function requireSomethingToCheck(entries, settings, where, nearMisses = []) {
  const files = entries.filter((e) => e.kind === "file").map((e) => e.path);
  const patternsOf = (s) => CHECKED_SETTINGS.flatMap((key) => s.paths[key]);
  if (settings.some((s) => firstMatch(files, patternsOf(s)) !== void 0)) return;
  const patterns = patternsOf(settings[0]);
  const near = nearMisses.length ? `; but ${nearMisses.slice(0, 3).join("; ")}${nearMisses.length > 3 ? `; and ${nearMisses.length - 3} more` : ""}` : "";
  throw new UserError(`nothing to check: no workflow, action, trigger, template or API description found in ${where} (looked for ${patterns.map((p) => `\`${p}\``).join(", ")})${near}`);
}
function firstMatch(files, sources) {
  const patterns = sources.map((source) => compilePattern(source));
  return files.find((file) => patterns.some((p) => p.match(file) !== void 0));
}
function list(patterns) {
  return patterns.map((p) => `\`${p}\``).join(", ");
}

// src/core/diagrams.ts
var MAX_DIAGRAM_NODES = 40;
var MAX_DIAGRAMS = 5;
async function failingDiagrams(items, head, catalog) {
  const errors = items.find((i) => i.id === "definition-validates")?.findings.filter((f) => f.severity === "error" && !f.waiver && f.location) ?? [];
  const files = [...new Set(errors.map((f) => f.location.file))].sort().slice(0, MAX_DIAGRAMS);
  const diagrams = [];
  for (const file of files) {
    const doc = await head.document(file);
    const view = definitionOf(doc?.value);
    if (!doc || !view || view.nodes.length === 0 || view.nodes.length > MAX_DIAGRAM_NODES) continue;
    const lines = errors.filter((f) => f.location.file === file).map((f) => f.location.line);
    const graph = buildGraph(view);
    const nodes = view.nodes.map((n) => {
      const span = doc.locate(n.pointer);
      const entry = n.type ? catalog.lookup(n.type) : void 0;
      return {
        id: n.id,
        type: n.type ?? "?",
        trigger: graph.triggers.includes(n.id),
        movesFunds: entry ? movesFunds(entry) : false,
        failing: lines.some((line) => line >= span.line && line <= span.endLine)
      };
    });
    const edges = graph.edges.map((e) => ({ from: e.from, to: e.to, label: e.kind === "loopBody" ? "loop" : branchOf(view.nodes.find((n) => n.id === e.to)?.value.branch) }));
    diagrams.push({ file, nodes, edges });
  }
  return diagrams;
}
function branchOf(value) {
  return typeof value === "string" ? value : void 0;
}

// src/core/file-pass.ts
var KIND_ORDER = ["workflow", "template", "action", "trigger", "catalog"];
async function runFilePass(runs, ctx) {
  for (const run of runs) await guarded(run, () => run.rule.before?.(ctx, run.reporter));
  const fileRuns = runs.filter((run) => isFileRule(run.rule));
  const visits = await objectVisits(runs.filter((run) => !isFileRule(run.rule)), ctx);
  const isActionJson = actionJsonMatcher(ctx);
  for (const kind of kindsOf(fileRuns, visits)) {
    const subscribed = fileRuns.filter((run) => run.rule.kinds.includes(kind));
    const visiting = visits.filter((visit) => visit.run.rule.kind === kind);
    for (const { object, affected } of objectsOf(kind, subscribed, visiting, ctx)) {
      const files = affected ? object.files.filter((path) => formatOf(path) && (kind !== "action" || isActionJson(path))) : [];
      await visitObject(kind, object, files, subscribed, visiting.filter((v) => v.ids.has(object.id)).map((v) => v.run), ctx);
    }
  }
  for (const { run } of visits) await guarded(run, () => run.rule.after?.(ctx, run.reporter));
}
async function objectVisits(runs, ctx) {
  const visits = [];
  for (const run of runs) {
    let objects = [];
    await guarded(run, async () => void (objects = await run.rule.objects(ctx)));
    visits.push({ run, objects, ids: new Set(objects.map((o) => o.id)) });
  }
  return visits;
}
function objectsOf(kind, subscribed, visiting, ctx) {
  const affected = subscribed.length > 0 ? ctx.affected.objects(kind) : [];
  const seen = new Set(affected.map((o) => o.id));
  const extra = /* @__PURE__ */ new Map();
  for (const visit of visiting) for (const object of visit.objects) if (!seen.has(object.id)) extra.set(object.id, object);
  const sorted2 = [...extra.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...affected.map((object) => ({ object, affected: true })), ...sorted2.map((object) => ({ object, affected: false }))];
}
async function visitObject(kind, object, paths, fileRuns, objectRuns, ctx) {
  const opened = /* @__PURE__ */ new Map();
  const open = (path) => {
    let file = opened.get(path);
    if (!file) opened.set(path, file = openFile(kind, object.id, path, ctx));
    return file;
  };
  try {
    for (const path of paths) await checkFile(open(path), fileRuns, ctx);
    const visited = visitedObject(kind, object, open, ctx);
    for (const run of objectRuns) await guarded(run, () => run.rule.check(visited, ctx, run.reporter));
  } finally {
    for (const path of opened.keys()) ctx.head.release(path);
  }
}
function visitedObject(kind, object, open, ctx) {
  const once = viewMemo();
  const visited = {
    kind,
    id: object.id,
    files: object.files,
    file: open,
    derive: (view) => once(view, () => view(visited, ctx))
  };
  return visited;
}
async function openFile(kind, id, path, ctx) {
  const doc = await ctx.head.document(path);
  if (!doc) return void 0;
  const once = viewMemo();
  const file = { kind, id, path, doc, derive: (view) => once(view, () => view(file)) };
  return file;
}
function viewMemo() {
  const views = /* @__PURE__ */ new Map();
  return (view, compute) => {
    if (!views.has(view)) views.set(view, compute());
    return views.get(view);
  };
}
async function checkFile(opening, runs, ctx) {
  const file = await opening.catch((error) => {
    for (const run of runs) if (!run.failed) run.fail(error);
    return void 0;
  });
  if (!file) return;
  for (const run of runs) await guarded(run, () => run.rule.check(file, ctx, run.reporter));
}
async function guarded(run, step) {
  if (run.failed) return;
  try {
    await step();
  } catch (error) {
    run.fail(error);
  }
}
function kindsOf(runs, visits) {
  const wanted = /* @__PURE__ */ new Set([...runs.flatMap((run) => run.rule.kinds), ...visits.map((visit) => visit.run.rule.kind)]);
  return [...KIND_ORDER.filter((kind) => wanted.has(kind)), ...[...wanted].filter((kind) => !KIND_ORDER.includes(kind))];
}
function actionJsonMatcher(ctx) {
  const patterns = ctx.settings.paths.actions.map(compilePattern);
  return (path) => patterns.some((p) => p.match(path) !== void 0);
}

// src/core/engine.ts
async function runChecklist(items, ctx) {
  const plans = items.map((item) => planItem(item, ctx));
  const running = plans.filter((plan) => "outcomes" in plan);
  await runFilePass(running.flatMap((plan) => plan.outcomes.flatMap((outcome) => fileRuleRun(outcome))), ctx);
  for (const outcome of running.flatMap((plan) => plan.outcomes)) {
    if (!isPassRule(outcome.rule)) await runRepositoryRule(outcome.rule, outcome, ctx);
  }
  const rows = { objects: /* @__PURE__ */ new Map(), funds: /* @__PURE__ */ new Map() };
  const results = plans.map((plan) => "outcomes" in plan ? finishItem(plan, ctx, rows) : plan);
  const objects = [...rows.objects.values()].sort((a, b) => a.type.localeCompare(b.type));
  const funds = [...rows.funds.values()].sort((a, b) => a.file.localeCompare(b.file) || a.node.localeCompare(b.node));
  return { items: results, objects, funds, notices: [] };
}
function planItem(item, ctx) {
  const base = { id: item.id, title: item.title, group: item.group };
  const enforcement = ctx.settings.items[item.id] ?? "error";
  if (ctx.changes.incompleteReason) return { ...base, status: "incomplete", findings: [], reason: ctx.changes.incompleteReason };
  if (enforcement === "off") return { ...base, status: "off", findings: [], reason: TURNED_OFF };
  if (!concerns(item, ctx)) return { ...base, status: "not-affected", findings: [] };
  if (item.rules.length === 0) return { ...base, status: "incomplete", findings: [], reason: "the checks for this item are not built yet" };
  return { item, enforcement, outcomes: item.rules.map((rule) => ({ rule, findings: [], rows: [], failed: false })) };
}
function reporterOf(outcome) {
  return {
    report: (f) => void outcome.findings.push(f),
    objectRow: (row) => void outcome.rows.push((rows) => mergeRow(rows.objects, row)),
    fundsRow: (row) => void outcome.rows.push((rows) => void rows.funds.set(`${row.file}\0${row.node}`, row))
  };
}
function recordFailure(outcome, error) {
  outcome.failed = true;
  outcome.findings.push({ message: `the check could not finish: ${errorText(error)}`, unverified: true, hint: "report this as a bug in b3os-readiness" });
}
async function runRepositoryRule(rule, outcome, ctx) {
  try {
    await rule.run(ctx, reporterOf(outcome));
  } catch (error) {
    recordFailure(outcome, error);
  }
}
function fileRuleRun(outcome) {
  const { rule } = outcome;
  if (!isPassRule(rule)) return [];
  return [{ rule, reporter: reporterOf(outcome), fail: (error) => recordFailure(outcome, error), get failed() {
    return outcome.failed;
  } }];
}
function finishItem({ item, enforcement, outcomes }, ctx, rows) {
  const findings = pendingFindings(item, ctx);
  for (const { rule, findings: reported, rows: added } of outcomes) {
    for (const f of reported) findings.push(finish(f, rule.meta.id, rule.meta.severity, enforcement));
    for (const add of added) add(rows);
  }
  return { id: item.id, title: item.title, group: item.group, ...statusOf(sortFindings(dedupe(findings))) };
}
function pendingFindings(item, ctx) {
  return (item.pendingConcerns ?? []).filter((kind) => ctx.affected.touches(kind)).map((kind) => ({
    ruleId: `${item.id}/pending`,
    severity: "error",
    message: `changes to ${kind} files are not checked by this item yet, so it cannot pass`,
    docsUrl: docsUrlOf("README"),
    unverified: true
  }));
}
function concerns(item, ctx) {
  if (item.readsEveryFile && ctx.changes.files.some((f) => f.status !== "removed")) return true;
  return item.concerns.some((kind) => ctx.affected.touches(kind) || hasRemoved(ctx, kind));
}
function hasRemoved(ctx, kind) {
  for (const key of ctx.affected.removed) if (key.startsWith(`${kind}:`)) return true;
  return false;
}
function finish(f, ruleId, ruleSeverity, enforcement) {
  const severity = f.secret ? f.severity ?? ruleSeverity : lower(f.severity ?? ruleSeverity, enforcement);
  return { ...f, ruleId, severity, docsUrl: docsUrlOf(ruleId) };
}
var RANK = { error: 0, warning: 1, notice: 2 };
function lower(severity, enforcement) {
  return RANK[severity] >= RANK[enforcement] ? severity : enforcement;
}
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
function mergeRow(rows, row) {
  const na = { status: "n/a" };
  const previous = rows.get(row.type) ?? { schema: na, docs: na, examples: na, contract: na };
  rows.set(row.type, { ...previous, ...row });
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/core/duplicate-definition.ts
var RULE_ID2 = "configuration/duplicate-definition";
var DEFINITION_SETTINGS = ["workflows", "manifests", "environments", "actions", "triggers", "templates"];
function duplicateDefinitionFindings(changes, head, paths, classify) {
  const definitions = DEFINITION_SETTINGS.flatMap((setting) => paths[setting].filter((p) => !p.includes("*")).map((p) => compilePattern(p)));
  const isDefinition = (path) => head.entries.get(path)?.kind === "file" && definitions.some((p) => p.match(path) !== void 0);
  const out = [];
  for (const change of changes.files) {
    if (change.status === "removed") continue;
    const hit = classify(change.path);
    if (!hit || !DEFINITION_SETTINGS.includes(hit.setting)) continue;
    const group = definitionFiles(head, hit, isDefinition, classify);
    if (group.length < 2 || !group.includes(change.path)) continue;
    out.push(finding(change.path, group, hit.setting, hit.id));
  }
  return out;
}
function definitionFiles(head, hit, isDefinition, classify) {
  const files = head.objects.get(objectKey(hit.kind, hit.id))?.files ?? [];
  return files.filter((path) => {
    if (!isDefinition(path)) return false;
    const other = classify(path);
    return other?.setting === hit.setting && other.id === hit.id;
  });
}
function finding(path, group, setting, id) {
  const others = group.filter((p) => p !== path).map((p) => `\`${p}\``).join(", ");
  const message = `\`${path}\` and ${others} both define \`${id}\` (\`paths.${setting}\`): one object needs exactly one definition file, and the gate cannot know which one is deployed`;
  const hint = "keep one definition file and delete the others";
  return { ruleId: RULE_ID2, severity: "error", message, hint, location: { file: path, line: 1, column: 1 }, docsUrl: docsUrlOf(RULE_ID2) };
}

// src/core/path-fold.ts
var LOOK_ALIKES = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  "ԁ": "d",
  "ӏ": "l",
  "ԛ": "q",
  "ԝ": "w",
  ɡ: "g",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  α: "a",
  ο: "o",
  ρ: "p",
  ν: "v",
  κ: "k",
  ι: "i",
  τ: "t",
  υ: "u",
  χ: "x",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  // Armenian.
  օ: "o",
  ո: "n",
  ս: "u",
  հ: "h",
  ց: "g",
  զ: "q",
  Տ: "S",
  Օ: "O",
  Ս: "U",
  // Latin small capitals (IPA and phonetic extensions): no NFKC form, read as lower-case letters.
  "ᴀ": "a",
  ʙ: "b",
  "ᴄ": "c",
  "ᴅ": "d",
  "ᴇ": "e",
  "ꜰ": "f",
  ɢ: "g",
  ʜ: "h",
  ɪ: "i",
  "ᴊ": "j",
  "ᴋ": "k",
  ʟ: "l",
  "ᴍ": "m",
  ɴ: "n",
  "ᴏ": "o",
  "ᴘ": "p",
  ʀ: "r",
  "ꜱ": "s",
  "ᴛ": "t",
  "ᴜ": "u",
  "ᴠ": "v",
  "ᴡ": "w",
  ʏ: "y",
  "ᴢ": "z"
};
var LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "gu");
var INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u180e\u2028\u2029]/gu;
var SLASH_ALIKE = /[\\\u2044\u2215\u2571\u27cb\u29f5\u29f8\u29f9\u3033\ufe68\uff0f\uff3c]/gu;
var LEADING = /^[ \t\u00a0]+/u;
var TRAILING = /[. \t\u00a0]+$/u;
var LOOSE_JSON = /\.json[c5]$/i;
function foldPath(path) {
  const reasons = /* @__PURE__ */ new Set();
  const segments = path.split("/").flatMap((segment) => replaceNoting(segment, SLASH_ALIKE, () => "/", reasons, "slash").split("/")).map((segment) => foldSegment(segment, reasons));
  const folded = segments.join("/");
  const lower2 = folded.toLowerCase();
  if (lower2 !== folded) reasons.add("case");
  return { path: lower2, reasons };
}
function foldSegment(segment, reasons) {
  const visible = replaceNoting(segment, INVISIBLE, () => "", reasons, "invisible");
  let out = visible.normalize("NFKC");
  if (out !== visible) reasons.add("look-alike");
  out = replaceNoting(out, INVISIBLE, () => "", reasons, "invisible");
  out = replaceNoting(out, LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c, reasons, "look-alike");
  out = replaceNoting(out, LEADING, () => "", reasons, "leading");
  out = replaceNoting(out, TRAILING, () => "", reasons, "trailing");
  return replaceNoting(out, LOOSE_JSON, () => ".json", reasons, "extension");
}
function replaceNoting(text, pattern, by, reasons, reason) {
  const out = text.replace(pattern, by);
  if (out !== text) reasons.add(reason);
  return out;
}
var REASON_WORDS = {
  case: "the letter case differs",
  "look-alike": "it has a character that only looks Latin",
  invisible: "it has an invisible character",
  slash: "a name has a character that looks like a slash",
  leading: "a name starts with a space",
  trailing: "a name ends with a dot or a space",
  extension: "its extension is not `.json`"
};
function describeFold(reasons) {
  return [...reasons].map((reason) => REASON_WORDS[reason]).join("; ");
}
function firstUnusual(path) {
  const match = /[^\x20-\x7e]/u.exec(path);
  return match ? `U+${match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}` : void 0;
}

// src/core/near-miss.ts
var RULE_ID3 = "configuration/near-miss";
var DEFINITION_SETTINGS2 = ["workflows", "manifests", "actions", "triggers", "templates", "environments", "openapi", "catalog"];
var SDK_FILES = /* @__PURE__ */ new Set(["schema.ts", "execute.ts"]);
var NAMED_FILE = /\/[^/{*]+$/;
function nearMissFindings(changes, isFile, paths, classify) {
  const compiled = compileFolded(paths);
  const out = [];
  for (const change of changes.files) {
    if (change.status === "removed" || !isFile(change.path)) continue;
    const hit = classify(change.path);
    if (hit !== void 0) {
      const why = DEFINITION_SETTINGS2.some((s) => s === hit.setting) ? hiddenCharacter(change.path) : void 0;
      if (why) out.push(hiddenFinding(change.path, hit.setting, why));
      continue;
    }
    const miss = nearMiss(change.path, compiled, paths);
    if (miss) out.push(finding2(change.path, miss));
  }
  return out;
}
function nearMiss(path, compiled, paths) {
  const folded = foldPath(path);
  const direct = matchFolded(folded.path, compiled);
  if (direct) return { ...direct, why: `${describeFold(folded.reasons) || "the letter case differs"}${unusualNote(path)}`, suggestion: suggest(folded.path, direct.pattern) };
  const segments = folded.path.split("/");
  const named = compiled.filter((c) => NAMED_FILE.test(c.source));
  const endsIn = (name) => named.filter((c) => c.source.toLowerCase().endsWith(`/${name}`));
  const sameName = endsIn(segments[segments.length - 1]);
  for (let count = 1; sameName.length > 0 && count <= segments.length - 2; count++) {
    for (let drop = segments.length - 1 - count; drop >= 1; drop--) {
      const shallower = [...segments.slice(0, drop), ...segments.slice(drop + count)].join("/");
      const hit = matchFolded(shallower, sameName);
      if (!hit) continue;
      const extra = segments.slice(drop, drop + count).join("/");
      const why = count === 1 ? `it is one folder too deep (\`${extra}\`)` : `it is ${count} folders too deep (\`${extra}\`)`;
      return { ...hit, why, suggestion: suggest(shallower, hit.pattern) };
    }
  }
  for (let end = segments.length - 1; end >= 2; end--) {
    const like = endsIn(segments[end - 1]);
    const folder = segments.slice(0, end).join("/");
    const hit = like.length > 0 ? matchFolded(folder, like) : void 0;
    if (hit) return { ...hit, why: `\`${segments[end - 1]}\` is a folder, not a file`, suggestion: suggest(folder, hit.pattern) };
  }
  return sdkNearMiss(segments, paths);
}
var HIDDEN = /* @__PURE__ */ new Set(["invisible", "slash", "leading", "trailing"]);
function hiddenCharacter(path) {
  const { reasons } = foldPath(path);
  const hidden = [...reasons].filter((r) => HIDDEN.has(r));
  return hidden.length === 0 ? void 0 : `${describeFold(new Set(hidden))}${unusualNote(path)}`;
}
function compileFolded(paths) {
  return DEFINITION_SETTINGS2.flatMap((setting) => paths[setting].map((source) => ({ setting, source, folded: compilePattern(source.toLowerCase()) })));
}
function matchFolded(path, compiled) {
  const hit = compiled.find((c) => c.folded.match(path) !== void 0);
  return hit && { setting: hit.setting, pattern: hit.source };
}
function sdkNearMiss(segments, paths) {
  const at = segments.lastIndexOf("actions");
  if (!SDK_FILES.has(segments[segments.length - 1]) || at < 0 || at > segments.length - 3 || paths.sdkActions.length === 0) return void 0;
  return { setting: "sdkActions", pattern: paths.sdkActions.join("`, `"), why: "it is an SDK action file outside the configured layout" };
}
function suggest(folded, pattern) {
  const literal = pattern.split("/");
  const segments = folded.split("/");
  if (literal.length !== segments.length || literal.includes("**")) return void 0;
  return segments.map((segment, k) => /[{*]/.test(literal[k]) ? segment : literal[k]).join("/");
}
function unusualNote(path) {
  const code = firstUnusual(path);
  return code ? ` (${code})` : "";
}
function finding2(path, miss) {
  const noun = OBJECT_NOUN[miss.setting] ?? "a B3OS object";
  const message = `\`${path}\` looks like ${noun} but matches no configured path, so nothing checks it: it nearly matches \`${miss.pattern}\` (\`paths.${miss.setting}\`), but ${miss.why}`;
  const rename = miss.suggestion ? `rename it to \`${miss.suggestion}\`` : "move it into the configured layout";
  const hint = `${rename}, or add its location to \`paths.${miss.setting}\` in the configuration if it is meant to live there`;
  return { ruleId: RULE_ID3, severity: "warning", message, hint, location: { file: path, line: 1, column: 1 }, docsUrl: docsUrlOf(RULE_ID3) };
}
function hiddenFinding(path, setting, why) {
  const noun = OBJECT_NOUN[setting] ?? "a B3OS object";
  const twin = foldPath(path).path;
  const message = `\`${path}\` is checked as ${noun} (\`paths.${setting}\`), but ${why}: a reader cannot tell its path from \`${twin}\``;
  const hint = "rename it without the hidden character, so the path is what it looks like";
  return { ruleId: RULE_ID3, severity: "warning", message, hint, location: { file: path, line: 1, column: 1 }, docsUrl: docsUrlOf(RULE_ID3) };
}
var OBJECT_NOUN = {
  workflows: "a workflow definition",
  manifests: "a readiness manifest",
  actions: "an action definition",
  sdkActions: "an SDK action",
  triggers: "a trigger definition",
  templates: "a template",
  environments: "an environment inventory",
  openapi: "an API description",
  catalog: "the pinned catalog"
};

// src/core/repo-view.ts
var MAX_SEARCHED_NAMES = 16;
var MAX_SKIPPED = 64;
async function createRepoView(snapshot, classify, limits) {
  const index = indexRepository(await snapshot.list(), classify);
  const documents = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const isFile = (path) => index.entries.get(path)?.kind === "file";
  const prefetched = /* @__PURE__ */ new Map();
  let watcher;
  const readSnapshot = async (path) => {
    const bytes = await snapshot.read(path);
    if (bytes) watcher?.(path, bytes);
    return bytes;
  };
  const readBytes = (path) => prefetched.get(path) ?? readSnapshot(path);
  const prefetch = async (paths) => {
    for (const path of paths) {
      if (isFile(path) && index.entries.get(path).size <= limits.maxFileBytes && !prefetched.has(path)) prefetched.set(path, readSnapshot(path));
    }
    await Promise.allSettled(prefetched.values());
  };
  const documentCap = (path) => {
    const format = formatOf(path);
    if (!isFile(path) || !format) return void 0;
    return format === "yaml" ? Math.min(limits.maxFileBytes, limits.maxYamlBytes) : limits.maxFileBytes;
  };
  const readParsed = async (path) => {
    const maxBytes = documentCap(path);
    if (maxBytes === void 0) return void 0;
    const size = index.entries.get(path).size;
    if (size > maxBytes) return oversizedDocument(path, size, maxBytes);
    const bytes = await readBytes(path);
    return bytes ? parseDocument(path, bytes, { maxBytes, maxDepth: limits.maxDepth, maxNodes: limits.maxNodes, maxAliases: limits.maxAliases }) : void 0;
  };
  const readText = (path) => isFile(path) ? readDecoded(path, limits.maxFileBytes) : Promise.resolve(void 0);
  const readDecoded = async (path, maxBytes) => {
    if (index.entries.get(path).size > maxBytes) return void 0;
    const bytes = await readBytes(path);
    if (!bytes) return void 0;
    const decoded = decodeText(bytes, maxBytes);
    return decoded.ok ? decoded.text : void 0;
  };
  const peekDocument = (path) => {
    const maxBytes = documentCap(path);
    return maxBytes === void 0 ? Promise.resolve(void 0) : readDecoded(path, maxBytes);
  };
  const filesHolding = async (files, query) => {
    const names = new Set(files.map(baseName));
    if (!snapshot.search || names.size > MAX_SEARCHED_NAMES) return files;
    const smallestCap = Math.min(limits.maxFileBytes, limits.maxYamlBytes);
    const skip = [...index.entries.values()].filter((e) => e.kind === "file" && e.size > smallestCap && names.has(baseName(e.path)) && e.size > (documentCap(e.path) ?? limits.maxFileBytes)).map((e) => e.path);
    const found = skip.length > MAX_SKIPPED ? void 0 : await snapshot.search(query, [...names], skip);
    return found ? files.filter((file) => found.has(file)) : files;
  };
  return {
    ref: snapshot.ref,
    index,
    has: isFile,
    document: (path) => memo(documents, path, readParsed),
    text: (path) => memo(texts, path, readText),
    textOnce: (path) => texts.get(path) ?? readText(path),
    release: (path) => void documents.delete(path),
    documentTexts: (paths) => Promise.all(paths.map(peekDocument)),
    filesHolding,
    prefetch,
    watchReads: (watch) => void (watcher = watch)
  };
}
function memo(cache, key, load) {
  let hit = cache.get(key);
  if (!hit) cache.set(key, hit = load(key));
  return hit;
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/core/read-ahead.ts
function* readAhead(affected, head) {
  for (const key of affected.keys) yield* head.index.objects.get(key)?.files ?? [];
  for (const workflow of affected.objects("workflow")) {
    for (const kind of ["manifest", "runbook"]) yield* head.index.objects.get(objectKey(kind, workflow.id))?.files ?? [];
  }
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
  return async (finding3) => {
    const at = finding3.location;
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
function placed(entry, finding3) {
  return entry.origin === "pull-request" ? { ...finding3, message: `${PROPOSED}: ${finding3.message}` } : finding3;
}
function applies(c) {
  return c.origin === "base" || c.approval?.approved === true;
}
async function waiveItem(item, candidates, subjectOf) {
  if (item.findings.length === 0 || candidates.length === 0) return item;
  const findings = [];
  for (const finding3 of item.findings) findings.push(finding3.unverified ? finding3 : waiveFinding(finding3, candidates, await subjectOf(finding3)));
  return { ...item, ...statusOf(findings) };
}
function waiveFinding(finding3, candidates, subject) {
  if (finding3.secret) {
    for (const c2 of candidates) if (mostSpecific([c2], finding3.ruleId, subject)) c2.coversSecret = true;
    return finding3;
  }
  const live = mostSpecific(candidates.filter(applies), finding3.ruleId, subject);
  if (live) {
    live.waiver.uses += 1;
    const { waiver: c2, match } = live;
    const review = c2.approval?.approved ? { review: c2.approval.review } : {};
    return { ...finding3, waiver: { reason: c2.reason, approver: c2.approver, expires: c2.expires, origin: c2.origin, scope: match.scope, ...review } };
  }
  const waiting = mostSpecific(candidates.filter((c2) => !applies(c2)), finding3.ruleId, subject);
  if (!waiting) return finding3;
  waiting.waiver.uses += 1;
  const c = waiting.waiver;
  const why = c.approval && !c.approval.approved ? c.approval.why : `unverified: approval by ${c.approver} is checked on the pull request`;
  return { ...finding3, pendingWaiver: { approver: c.approver, reason: c.reason, expires: c.expires, state: c.approval ? "pending" : "unverified", why } };
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

// src/core/gate.ts
async function runGate(input) {
  try {
    const { report, ctx } = await checkAll(input);
    return redactReport(report, createRedactor(await secretValuesOf(ctx)));
  } catch (error) {
    const path = input.configPath ?? CONFIG_PATH;
    const configs = [input.config?.bytes, await input.base?.read(path).catch(() => void 0), await input.head.read(path).catch(() => void 0)];
    throw redactError(error, createRedactor(await secretValuesIn(configs)));
  }
}
async function checkAll(input) {
  const loaded = await loadSettings(input);
  const { settings, notes, source } = loaded;
  const classify = createClassifier(settings.paths);
  const [head, base] = await Promise.all([createRepoView(input.head, classify, settings.limits), input.base && createRepoView(input.base, classify, settings.limits)]);
  scanAsRead([head, base], settings.limits.maxFileBytes);
  const layout = layoutFindings(input.changes, head, settings, classify);
  const configFindings = [...loaded.findings, ...await coverageFindings(input, loaded, layout), ...layout];
  const affected = await computeAffected(input.changes, head, classify, base);
  const share = input.shard ? shardAffected(affected, input.shard) : affected;
  if (input.changes.mode === "diff") await head.prefetch(readAhead(affected, head));
  const { catalog, notices } = await loadCatalog(head, settings, affected, input.platform);
  const ctx = { settings, changes: input.changes, head, base, affected: share, catalog, platform: input.platform, today: input.today };
  const checked = await runChecklist(input.items ?? ITEMS, ctx);
  const waivers = await runWaivers(input, loaded, checked.items, head);
  const outcome = { ...checked, items: waivers.items };
  configFindings.push(...waivers.findings);
  const diagrams = await failingDiagrams(outcome.items, head, catalog);
  const report = {
    result: resultOf(outcome.items, input.failOn ?? settings.failOn, configFindings),
    items: outcome.items,
    objects: outcome.objects,
    // The base shown is the commit compared with (the merge base), not the branch tip the configuration came from.
    summary: { ...summaryOf(input.changes, affected, head), ...input.base ? { base: input.base.ref } : {}, config: source },
    ...configFindings.length ? { configFindings } : {},
    notices: [...mergeNotices(input.changes.merge), ...await gateWorkflowNotices(input.changes, input.head, input.base), ...notes, ...notices, ...outcome.notices],
    ...diagrams.length ? { diagrams } : {},
    ...outcome.funds.length ? { funds: outcome.funds } : {},
    ...waivers.records.length ? { waivers: waivers.records } : {},
    failOn: input.failOn ?? settings.failOn,
    ...input.shard ? { shard: input.shard } : {}
  };
  return { report, ctx };
}
async function runWaivers(input, loaded, items, head) {
  const path = input.config?.path ?? input.configPath ?? CONFIG_PATH;
  const first = () => ({ line: 1, column: 1 });
  const entries = waiverEntries(loaded.settings.waivers, loaded.proposed?.waivers, { path, trusted: loaded.locate ?? first, proposed: loaded.proposedLocate ?? first });
  if (entries.length === 0) return { items, findings: [], records: [] };
  const { settings } = loaded;
  return applyWaivers({ items, entries, head, changes: input.changes, approvals: input.approvals, today: input.today, maxDays: settings.policy.maxWaiverDays, ruleIds: ruleIdsOf(input.items ?? ITEMS) });
}
function ruleIdsOf(items) {
  return new Set(items.flatMap((item) => [item.id, ...item.rules.map((rule) => rule.meta.id)]));
}
async function loadSettings(input) {
  const items = input.items ?? ITEMS;
  const ruleIds = ruleIdsOf(items);
  const from = input.configFrom ?? input.base ?? (input.changes.mode === "diff" ? "defaults" : input.head);
  const loaded = await loadConfig({ file: input.config, path: input.configPath, from, label: input.configLabel, head: input.head, changes: input.changes, ruleIds });
  const path = input.configPath ?? CONFIG_PATH;
  const edits = loaded.proposed ? [proposalNote(path, items, loaded.settings, loaded.proposed)] : [];
  return { ...loaded, notes: [...loaded.notes ?? [], ...edits] };
}
async function coverageFindings(input, loaded, layout) {
  const entries = await input.head.list();
  const path = input.config?.path ?? input.configPath ?? CONFIG_PATH;
  const custom = loaded.source.kind === "file" || loaded.source.kind === "explicit";
  const findings = custom ? pathFindings({ entries, settings: loaded.settings, config: { path, locate: loaded.locate }, proposed: loaded.proposed }) : [];
  if (loaded.proposed) {
    const proposed = pathFindings({ entries, settings: loaded.proposed, config: { path, locate: loaded.proposedLocate } });
    findings.push(...proposed.map((f) => ({ ...f, message: `${PROPOSED}: ${f.message}` })));
  }
  if (input.requireObjects && findings.length === 0) {
    const all = [...entries, ...await input.base?.list() ?? []];
    const where = input.head.ref === "WORKTREE" ? "the working tree" : `\`${shortRef(input.head.ref)}\``;
    requireSomethingToCheck(all, [loaded.settings, ...loaded.proposed ? [loaded.proposed] : []], where, layout.map((f) => f.message));
  }
  return findings;
}
function layoutFindings(changes, head, settings, classify) {
  return [...duplicateDefinitionFindings(changes, head.index, settings.paths, classify), ...nearMissFindings(changes, head.has, settings.paths, classify)];
}
function proposalNote(path, items, current, proposed) {
  const rank = { error: 3, warning: 2, notice: 1, off: 0 };
  const lowered = items.filter((item) => rank[proposed.items[item.id] ?? "error"] < rank[current.items[item.id] ?? "error"]).map((item) => `\`${item.id}\` → ${proposed.items[item.id]}`);
  const waivers = proposed.waivers.filter((w) => !current.waivers.some((c) => c.rule === w.rule && c.expires === w.expires && c.paths.join() === w.paths.join())).map((w) => `\`${w.rule}\` until ${w.expires}`);
  const paths = Object.keys(proposed.paths).filter((key) => proposed.paths[key].join() !== current.paths[key].join());
  const parts = [
    lowered.length ? `lowers ${lowered.join(", ")}` : "",
    waivers.length ? `adds waivers for ${waivers.join(", ")}` : "",
    paths.length ? `changes where ${paths.map((k) => `\`${k}\``).join(", ")} are looked for` : "",
    proposed.failOn !== current.failOn ? `sets failOn to ${proposed.failOn}` : "",
    // b3os-sdk requires no docs pages; a layout moves where pages are looked for.
    proposed.preset !== current.preset ? `sets preset to ${proposed.preset}${proposed.preset === "b3os-sdk" ? " (no docs pages required)" : ""}` : "",
    proposed.docs.layout !== current.docs.layout ? `sets docs.layout to ${proposed.docs.layout}` : ""
  ].filter((part) => part !== "");
  const relaxes = parts.length ? ` It ${parts.join("; ")}.` : "";
  return `this change edits \`${path}\`; its new version is valid.${relaxes} The current configuration applies to this change; the new one to every change after the merge, so review it like code.`;
}
function resultOf(items, failOn, configFindings = []) {
  const blocks = items.some((i) => i.status === "fail" || i.status === "incomplete") || configFindings.some((f) => f.severity === "error");
  const open = (f) => !f.waiver && f.severity === "warning";
  const warns = failOn === "warning" && (items.some((i) => i.findings.some(open)) || configFindings.some(open));
  return blocks || warns ? "fail" : "pass";
}
function summaryOf(changes, affected, head) {
  const counts = Object.fromEntries(OBJECT_KINDS.map((k) => [k, 0]));
  for (const key of affected.keys) counts[splitKey(key)[0]] += 1;
  return {
    base: changes.base,
    head: changes.head,
    mode: changes.mode,
    changedFiles: changes.files.length,
    affected: counts,
    // Named by their definition file, so a reader can open them.
    blastRadius: affected.blastRadius.map((key) => head.index.objects.get(key)?.files[0] ?? splitKey(key)[1]),
    ...changes.merge ? { merge: changes.merge } : {}
  };
}

export {
  statusOf,
  dedupe,
  sortFindings,
  afterUseKind,
  runGate,
  resultOf
};
