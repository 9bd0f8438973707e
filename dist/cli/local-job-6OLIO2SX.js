import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RANK,
  applyWaivers,
  dedupe,
  resultOf,
  sortFindings,
  statusOf,
  waiverEntries
} from "./chunk-FGXMO7W7.js";
import {
  GIT_GLOBAL_ARGS,
  GitError,
  assertSafeRev,
  gitEnv,
  mergeBase,
  pathInWorkTree,
  resolveRef,
  runGit,
  shardAffected,
  trimStderr
} from "./chunk-ON76TVOP.js";
import {
  PROPOSED,
  shortRef
} from "./chunk-BGRAV4BC.js";
import {
  createRedactor,
  redactError,
  redactReport
} from "./chunk-OPXKDCSX.js";
import {
  createB3osClient
} from "./chunk-6AA244QS.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import "./chunk-6NRE5UXC.js";
import {
  CONFIG_PATH,
  DEFAULT_LIMITS,
  DEFAULT_PATHS,
  DEFAULT_SETTINGS,
  DOCS_SITE_PATHS,
  ITEMS,
  SDK_PRESET_PATHS,
  buildGraph,
  compilePattern,
  computeAffected,
  createClassifier,
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
} from "./chunk-IERFFYUB.js";
import {
  definitionToEntry,
  shapeProblems
} from "./chunk-PCQAUOTE.js";
import {
  ITEM_IDS,
  OBJECT_KINDS,
  TURNED_OFF,
  didYouMean,
  docsUrlOf,
  isFileRule,
  isPassRule
} from "./chunk-4RIYA6T5.js";
import "./chunk-DABURJU3.js";
import {
  decodeText,
  formatOf,
  oversizedDocument,
  parseDocument
} from "./chunk-OXKGPKZ2.js";
import "./chunk-IULPQKPB.js";
import "./chunk-TB6QAKHI.js";

// src/adapters/b3os/platform.ts
var CONCURRENCY = 4;
function createPlatform(client, options) {
  const cache = /* @__PURE__ */ new Map();
  const lookupOne = (type) => {
    let found = cache.get(type);
    if (!found) {
      found = fetchEntry(client, type);
      cache.set(type, found);
    }
    return found;
  };
  return {
    baseUrl: client.baseUrl,
    lookupTypes: async (types) => collect(types, await mapLimited([...new Set(types)], lookupOne)),
    ...options.hasKey ? { validateWorkflow: (body) => client.validateWorkflow(body) } : {}
  };
}
function platformFor(apiUrl, apiKey) {
  if (!apiUrl) return void 0;
  return createPlatform(createB3osClient({ baseUrl: apiUrl, apiKey }), { hasKey: apiKey !== void 0 });
}
async function fetchEntry(client, type) {
  try {
    const action = await client.getAction(type);
    const kind = String(action?.category).toLowerCase() === "logic" ? "logic" : "action";
    if (action) return toEntry(action, type, kind, `${client.baseUrl}/v1/actions/${encodeURIComponent(type)}`);
    const trigger = await client.getTrigger(type);
    if (trigger) return toEntry(trigger, type, "trigger", `${client.baseUrl}/v1/triggers/${encodeURIComponent(type)}`);
    return {};
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}
function toEntry(record, type, kind, origin) {
  if (record.type !== type) return { failure: `${origin} returned the definition of \`${record.type}\`` };
  const problems = shapeProblems(kind === "trigger" ? "trigger-fields" : "action-fields", record);
  if (problems.length > 0) return { failure: `${origin} returned an invalid definition: ${problems[0].message} at ${problems[0].pointer}` };
  return { entry: definitionToEntry(record, { type, kind, source: "live", origin }) };
}
function collect(types, found) {
  const unique = [...new Set(types)];
  const entries = [];
  const failures = [];
  found.forEach((f, i) => {
    if (f.entry) entries.push(f.entry);
    if (f.failure) failures.push({ type: unique[i], reason: f.failure });
  });
  return { entries, failures };
}
async function mapLimited(items, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

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
  const once2 = viewMemo();
  const visited = {
    kind,
    id: object.id,
    files: object.files,
    file: open,
    derive: (view) => once2(view, () => view(visited, ctx))
  };
  return visited;
}
async function openFile(kind, id, path, ctx) {
  const doc = await ctx.head.document(path);
  if (!doc) return void 0;
  const once2 = viewMemo();
  const file = { kind, id, path, doc, derive: (view) => once2(view, () => view(file)) };
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
function lower(severity, enforcement) {
  return RANK[severity] >= RANK[enforcement] ? severity : enforcement;
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
  for (const key of affected.keys) if (affected.owns(...splitKey(key))) yield* head.index.objects.get(key)?.files ?? [];
  for (const workflow of affected.objects("workflow")) {
    for (const kind of ["manifest", "runbook"]) yield* head.index.objects.get(objectKey(kind, workflow.id))?.files ?? [];
  }
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
  const share = input.shard ? shardAffected(affected, input.shard, (path) => head.index.objectOf(path)) : affected;
  if (input.changes.mode === "diff") await head.prefetch(readAhead(share, head));
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

// src/run/local-input.ts
import { statSync } from "node:fs";

// src/adapters/fs/workspace-snapshot.ts
import { readdirSync } from "node:fs";
import { join as join2 } from "node:path";

// src/adapters/fs/safe-path.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
var SKIPPED_NAMES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var WINDOWS_ESCAPE = /\\|^[A-Za-z]:/;
function relativeSegments(path) {
  if (path === "" || path.startsWith("/") || path.includes("\0")) return void 0;
  if (process.platform === "win32" && WINDOWS_ESCAPE.test(path)) return void 0;
  const segments = path.split("/");
  return segments.some(isForbiddenSegment) ? void 0 : segments;
}
function isForbiddenSegment(segment) {
  return segment === "" || segment === "." || segment === ".." || SKIPPED_NAMES.has(segment);
}
async function readInsideRoot(rootDir, path, verifiedDirs) {
  const segments = relativeSegments(path);
  if (!segments) return void 0;
  let directory = "";
  for (const segment of segments.slice(0, -1)) {
    directory = directory === "" ? segment : `${directory}/${segment}`;
    if (verifiedDirs?.has(directory)) continue;
    if (!lstatOrUndefined(join(rootDir, directory))?.isDirectory()) return void 0;
    verifiedDirs?.add(directory);
  }
  return readRegularFile(join(rootDir, path));
}
function readRegularFile(fullPath) {
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let fd;
  try {
    fd = openSync(fullPath, flags);
  } catch (error) {
    if (isGoneOrLink(error)) return void 0;
    throw error;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : void 0;
  } finally {
    closeSync(fd);
  }
}
function lstatOrUndefined(fullPath) {
  try {
    return lstatSync(fullPath);
  } catch (error) {
    if (isGoneOrLink(error)) return void 0;
    throw error;
  }
}
function isGoneOrLink(error) {
  const code = error.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP" || code === "EMLINK";
}

// src/adapters/fs/workspace-snapshot.ts
var WORKTREE_REF = "WORKTREE";
function workspaceSnapshot(rootDir, visible) {
  let listing;
  const verifiedDirs = /* @__PURE__ */ new Set();
  const keep = (entries) => visible ? entries.filter((e) => visible.has(e.path)) : entries;
  return {
    ref: WORKTREE_REF,
    list: () => listing ??= Promise.resolve().then(() => keep(walk(rootDir, verifiedDirs))),
    read: (path) => visible && !visible.has(path) ? Promise.resolve(void 0) : readInsideRoot(rootDir, path, verifiedDirs)
  };
}
async function everyFileChangeSet(snapshot, head) {
  const files = (await snapshot.list()).filter((entry) => entry.kind === "file").map((entry) => ({ path: entry.path, status: "added" }));
  return { head, mode: "all", files };
}
function walk(rootDir, verifiedDirs) {
  const entries = [];
  const pending = [""];
  for (let relativeDir = pending.pop(); relativeDir !== void 0; relativeDir = pending.pop()) {
    const dirents = readdirSync(join2(rootDir, relativeDir), { withFileTypes: true });
    for (const item of dirents.map((dirent) => describe(rootDir, relativeDir, dirent))) {
      if (item === void 0) continue;
      if ("directory" in item) {
        pending.push(item.directory);
        verifiedDirs.add(item.directory);
      } else entries.push(item);
    }
  }
  return entries.sort((a, b) => a.path === b.path ? 0 : a.path < b.path ? -1 : 1);
}
function describe(rootDir, relativeDir, dirent) {
  if (SKIPPED_NAMES.has(dirent.name)) return void 0;
  const path = relativeDir === "" ? dirent.name : `${relativeDir}/${dirent.name}`;
  if (dirent.isDirectory()) return { directory: path };
  if (dirent.isSymbolicLink()) return { path, kind: "symlink", size: 0 };
  const stats = lstatOrUndefined(join2(rootDir, path));
  if (!stats) return void 0;
  if (stats.isSymbolicLink()) return { path, kind: "symlink", size: 0 };
  if (stats.isDirectory()) return { directory: path };
  if (stats.isFile()) return { path, kind: "file", size: stats.size };
  return void 0;
}

// src/adapters/git/batch-reader.ts
import { spawn } from "node:child_process";

// src/adapters/git/batch-framing.ts
var NEWLINE = 10;
var BatchFrameParser = class {
  chunks = [];
  buffered = 0;
  header;
  /** Adds a chunk and returns every frame it completed (possibly none). */
  push(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames = [];
    for (let frame = this.next(); frame; frame = this.next()) frames.push(frame);
    return frames;
  }
  next() {
    if (!this.header) {
      const line = this.takeLine();
      if (line === void 0) return void 0;
      const missing = parseMissing(line);
      if (missing) return missing;
      this.header = parseHeader(line);
    }
    if (this.buffered < this.header.size + 1) return void 0;
    const content = this.take(this.header.size);
    this.take(1);
    const { oid, type } = this.header;
    this.header = void 0;
    return { kind: "object", oid, type, content };
  }
  takeLine() {
    let offset = 0;
    for (const chunk of this.chunks) {
      const index = chunk.indexOf(NEWLINE);
      if (index >= 0) {
        const line = this.take(offset + index).toString("utf8");
        this.take(1);
        return line;
      }
      offset += chunk.length;
    }
    return void 0;
  }
  take(count) {
    const joined = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const taken = joined.subarray(0, count);
    const rest = joined.subarray(count);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return taken;
  }
};
function parseMissing(line) {
  const match = /^(.*) (missing|ambiguous)$/.exec(line);
  return match ? { kind: "missing", name: match[1] } : void 0;
}
function parseHeader(line) {
  const match = /^([0-9a-f]+) ([a-z]+) ([0-9]+)$/.exec(line);
  if (!match) throw new Error(`unexpected cat-file header ${JSON.stringify(line.slice(0, 200))}`);
  return { oid: match[1], type: match[2], size: Number(match[3]) };
}

// src/adapters/git/batch-reader.ts
var DEFAULT_IDLE_MS = 200;
var BATCH_ARGS = ["cat-file", "--batch"];
var CatFileBatch = class {
  constructor(repoDir, idleMs = DEFAULT_IDLE_MS) {
    this.repoDir = repoDir;
    this.idleMs = idleMs;
  }
  repoDir;
  idleMs;
  child;
  queue = [];
  idleTimer;
  starts = 0;
  outbox;
  /** Whether a batch process is currently running (for tests and diagnostics). */
  get running() {
    return this.child !== void 0;
  }
  /** How many batch processes this reader has started so far (for tests and diagnostics). */
  get processesStarted() {
    return this.starts;
  }
  /** The content of blob `oid`. Rejects with a `GitError` if it is missing, not a blob, or git fails. */
  readBlob(oid) {
    if (!/^[0-9a-f]{4,64}$/.test(oid)) {
      return Promise.reject(new GitError(`invalid object id ${oid}`, BATCH_ARGS, void 0, ""));
    }
    this.cancelIdle();
    const child = this.child ?? this.start();
    if (this.queue.length === 0) holdLoop(child, true);
    return new Promise((resolve2, reject) => {
      this.queue.push({ oid, resolve: resolve2, reject });
      this.send(child, oid);
    });
  }
  /** Requests made in the same turn reach git in one write: one system call, not one per blob. */
  send(child, oid) {
    if (this.outbox?.child !== child) {
      const box = { child, oids: [] };
      this.outbox = box;
      process.nextTick(() => this.flush(box));
    }
    this.outbox.oids.push(oid);
  }
  flush(box) {
    if (this.outbox === box) this.outbox = void 0;
    if (box.child === this.child) box.child.stdin.write(`${box.oids.join("\n")}
`);
  }
  /** Ends the running process now. Pending reads are rejected; later reads start a new process. */
  dispose() {
    this.cancelIdle();
    const child = this.child;
    if (!child) return;
    this.fail(new GitError("git cat-file --batch was disposed", BATCH_ARGS, void 0, ""));
    child.stdin.end();
  }
  start() {
    const child = spawn("git", [...GIT_GLOBAL_ARGS, ...BATCH_ARGS], {
      cwd: this.repoDir,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    const parser = new BatchFrameParser();
    let stderr = "";
    child.stdout.on("data", (chunk) => this.onData(child, parser, chunk));
    child.stderr.on("data", (chunk) => stderr = (stderr + chunk.toString("utf8")).slice(-4e3));
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => this.onExit(child, `could not run git: ${error.message}`, void 0));
    child.on("close", (code) => this.onExit(child, trimStderr(stderr), code ?? void 0));
    this.child = child;
    this.starts += 1;
    return child;
  }
  onData(child, parser, chunk) {
    if (child !== this.child) return;
    let frames;
    try {
      frames = parser.push(chunk);
    } catch (error) {
      this.fail(new GitError(`git cat-file --batch: ${error.message}`, BATCH_ARGS, void 0, ""));
      child.kill();
      return;
    }
    for (const frame of frames) this.settle(frame);
    if (this.queue.length === 0) {
      holdLoop(child, false);
      this.scheduleIdle();
    }
  }
  settle(frame) {
    const pending = this.queue.shift();
    if (!pending) return;
    if (frame.kind === "missing") {
      pending.reject(new GitError(`git object ${pending.oid} is missing`, BATCH_ARGS, void 0, ""));
    } else if (frame.type !== "blob" || !frame.oid.startsWith(pending.oid)) {
      pending.reject(new GitError(`git object ${pending.oid} is not the expected blob`, BATCH_ARGS, void 0, ""));
    } else {
      pending.resolve(frame.content);
    }
  }
  onExit(child, stderr, code) {
    if (child !== this.child) return;
    const detail = stderr === "" ? "" : `: ${stderr}`;
    const message = `git cat-file --batch exited (${code ?? "no exit code"})${detail}`;
    this.fail(new GitError(message, BATCH_ARGS, code, stderr));
  }
  /** Rejects every pending read and forgets the process, so the next read starts afresh. */
  fail(error) {
    this.cancelIdle();
    const queue = this.queue;
    this.queue = [];
    this.child = void 0;
    for (const pending of queue) pending.reject(error);
  }
  scheduleIdle() {
    this.cancelIdle();
    this.idleTimer = setTimeout(() => this.dispose(), this.idleMs);
    this.idleTimer.unref();
  }
  cancelIdle() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = void 0;
  }
};
function holdLoop(child, hold) {
  for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
    if (hold) handle.ref?.();
    else handle.unref?.();
  }
}

// src/adapters/git/tree.ts
var KIND_BY_MODE = {
  "100644": "file",
  "100755": "file",
  "120000": "symlink",
  "160000": "submodule"
};
function lsTreeArgs(rev) {
  return ["ls-tree", "-r", "-z", "--long", "--full-tree", rev];
}
function parseLsTree(output) {
  const entries = [];
  for (const record of lsTreeRecords(output)) {
    if (record === "") continue;
    const entry = parseRecord(record);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => comparePaths(a.path, b.path));
}
function lsTreeRecords(output) {
  let text;
  try {
    text = STRICT_UTF8.decode(output);
  } catch {
    return splitNul(output).map(decodeGitPath);
  }
  const records = text.split("\0");
  if (records[records.length - 1] === "") records.pop();
  return records;
}
function parseRecord(record) {
  const tab = record.indexOf("	");
  if (tab < 0) throw new Error(`unexpected ls-tree record ${JSON.stringify(record.slice(0, 200))}`);
  const afterMode = record.indexOf(" ");
  const oidAt = record.indexOf(" ", afterMode + 1) + 1;
  const afterOid = record.indexOf(" ", oidAt);
  return entryOf(record.slice(0, afterMode), record.slice(oidAt, afterOid), record.slice(afterOid, tab), record.slice(tab + 1));
}
function entryOf(mode, oid, size, path) {
  const kind = KIND_BY_MODE[mode];
  if (kind === void 0) return void 0;
  return { path, kind, size: kind === "file" ? Number(size) : 0, oid };
}
function comparePaths(a, b) {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
function splitNul(output) {
  const fields = [];
  let from = 0;
  for (let at = output.indexOf(0); at >= 0; at = output.indexOf(0, from)) {
    fields.push(output.subarray(from, at));
    from = at + 1;
  }
  if (from < output.length) fields.push(output.subarray(from));
  return fields;
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeGitPath(bytes) {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return [...bytes].map((b) => b < 128 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`).join("");
  }
}

// src/adapters/git/search.ts
var GLOB_SPECIAL = /[*?[\]\\]/;
var LINE_BREAK = /[\r\n]/;
var MAX_EXPRESSIONS = 100;
function searchable(query, names) {
  const { patterns } = query;
  if (patterns.length === 0 || query.regex && patterns.length > MAX_EXPRESSIONS || patterns.some((p) => p === "" || LINE_BREAK.test(p))) return false;
  return names.every((n) => n !== "" && !GLOB_SPECIAL.test(n) && !n.includes("/"));
}
async function searchTree(repoDir, rev, query, names, skip) {
  if (!searchable(query, names)) return void 0;
  const pathspecs = [...names.map((name) => `:(top,glob)**/${name}`), ...skip.map((path) => `:(top,exclude,literal)${path}`)];
  const args = ["grep", "--no-textconv", "--no-color", "-z", "-l", query.regex ? "-E" : "-F", "--full-name", "-f", "-", rev, "--", ...pathspecs];
  let output;
  try {
    output = await runGit(repoDir, args, `${query.patterns.join("\n")}
`);
  } catch (error) {
    if (error instanceof GitError && error.exitCode === 1 && (error.stdout?.length ?? 0) === 0 && error.stderr === "") return /* @__PURE__ */ new Set();
    throw error;
  }
  const prefix = `${rev}:`;
  return new Set(splitNul(output).map(decodeGitPath).map((name) => name.startsWith(prefix) ? name.slice(prefix.length) : name));
}

// src/adapters/git/tree-diff.ts
async function listingBeside(repoDir, near, nearRev, rev) {
  const differences = parseRawDiff(await runGit(repoDir, ["diff-tree", "-r", "-z", "--raw", "--no-renames", "--no-relative", "--no-abbrev", "--ignore-submodules=none", nearRev, rev]));
  const sizes = await blobSizes(repoDir, differences.filter((d) => d.mode.startsWith("100")).map((d) => d.oid));
  const changed = /* @__PURE__ */ new Map();
  for (const { path, mode, oid } of differences) {
    const size = sizes.get(oid);
    if (mode.startsWith("100") && size === void 0) throw new GitError(`git object ${oid} is missing`, ["cat-file", "--batch-check"], void 0, "");
    changed.set(path, entryOf(mode, oid, size ?? "-", path));
  }
  const added = [...changed.values()].filter((entry) => entry !== void 0).sort((a, b) => comparePaths(a.path, b.path));
  const kept = near.entries.filter((entry) => !changed.has(entry.path));
  return {
    entries: mergeSorted(kept, added.map(({ path, kind, size }) => ({ path, kind, size }))),
    entryAt: (path) => changed.has(path) ? changed.get(path) : near.entryAt(path)
  };
}
function parseRawDiff(output) {
  const fields = splitNul(output);
  const out = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const header = fields[i].toString("latin1");
    const [, mode, , oid] = header.slice(1).split(" ");
    if (!header.startsWith(":") || mode === void 0 || oid === void 0) throw new Error(`unexpected diff-tree record ${JSON.stringify(header.slice(0, 200))}`);
    out.push({ path: decodeGitPath(fields[i + 1]), mode, oid });
  }
  return out;
}
async function blobSizes(repoDir, oids) {
  const sizes = /* @__PURE__ */ new Map();
  if (oids.length === 0) return sizes;
  const output = await runGit(repoDir, ["cat-file", "--batch-check"], `${oids.join("\n")}
`);
  for (const line of output.toString("latin1").split("\n")) {
    const [oid, type, size] = line.split(" ");
    if (type === "blob" && size !== void 0) sizes.set(oid, size);
  }
  return sizes;
}
function mergeSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(comparePaths(a[i].path, b[j].path) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

// src/adapters/git/snapshot.ts
function gitSnapshot(repoDir, ref, options = {}) {
  const rev = assertSafeRev(ref);
  const blobs = options.blobs ?? new CatFileBatch(repoDir, options.idleMs ?? DEFAULT_IDLE_MS);
  let tree;
  const { near } = options;
  const loadTree = () => {
    tree ??= near ? near.listing().then((nearby) => listingBeside(repoDir, nearby, near.ref, rev)) : runGit(repoDir, lsTreeArgs(rev)).then(listingOf);
    return tree;
  };
  return {
    ref,
    async list() {
      return (await loadTree()).entries;
    },
    async read(path) {
      const entry = (await loadTree()).entryAt(path);
      if (entry?.kind !== "file") return void 0;
      return blobs.readBlob(entry.oid);
    },
    search: (query, names, skip) => searchTree(repoDir, rev, query, names, skip),
    listing: loadTree,
    dispose: () => options.blobs ? void 0 : blobs.dispose()
  };
}
function listingOf(output) {
  const listed = parseLsTree(output);
  const byPath = new Map(listed.map((entry) => [entry.path, entry]));
  return { entries: listed.map(({ path, kind, size }) => ({ path, kind, size })), entryAt: (path) => byPath.get(path) };
}

// src/adapters/git/changed-files.ts
async function gitDiffChangeSet(repoDir, { base, head, from }) {
  const output = await runGit(repoDir, [...DIFF_ARGS, from, head]);
  return { base, head, mode: "diff", files: parseNameStatus(output) };
}
var DIFF_ARGS = ["diff", "-z", "--name-status", "-M", "--no-relative", "--no-ext-diff", "--no-textconv"];
async function gitWorkingTreeDiff(repoDir, { base, from }) {
  const [tracked, untracked] = await Promise.all([
    runGit(repoDir, [...DIFF_ARGS, from]),
    runGit(repoDir, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name"])
  ]);
  const added = splitNul(untracked).map(decodeGitPath).map((path) => ({ path, status: "added" }));
  return { base, head: WORKTREE_REF, mode: "diff", files: [...parseNameStatus(tracked), ...added] };
}
async function gitVisibleFiles(repoDir) {
  const output = await runGit(repoDir, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name"]);
  return new Set(splitNul(output).map(decodeGitPath));
}
function parseNameStatus(output) {
  const fields = splitNul(output).map(decodeGitPath);
  const files = [];
  for (let index = 0; index < fields.length; ) {
    const letter = fields[index].charAt(0);
    if (letter === "R" || letter === "C") {
      const [previousPath, path] = [fields[index + 1], fields[index + 2]];
      if (path === void 0) throw new Error(`truncated git diff record for ${previousPath}`);
      files.push(letter === "R" ? { path, status: "renamed", previousPath } : { path, status: "added" });
      index += 3;
    } else {
      const path = fields[index + 1];
      if (path === void 0) throw new Error("truncated git diff record");
      files.push({ path, status: singlePathStatus(letter, path) });
      index += 2;
    }
  }
  return files;
}
function singlePathStatus(letter, path) {
  switch (letter) {
    case "A":
      return "added";
    case "M":
    case "T":
      return "modified";
    case "D":
      return "removed";
    default:
      throw new Error(`unexpected git diff status ${JSON.stringify(letter)} for ${path}`);
  }
}

// src/adapters/git/repository.ts
var SHARED_IDLE_MS = 1e4;
function openGitRepository(dir, options = {}) {
  const blobs = new CatFileBatch(dir, options.idleMs ?? SHARED_IDLE_MS);
  const refs = /* @__PURE__ */ new Map();
  const bases = /* @__PURE__ */ new Map();
  const snapshots = /* @__PURE__ */ new Map();
  const derived = /* @__PURE__ */ new Set();
  const snapshot = (rev, near) => once(snapshots, rev, () => {
    if (near === void 0 || near === rev || derived.has(near)) return gitSnapshot(dir, rev, { blobs });
    derived.add(rev);
    return gitSnapshot(dir, rev, { blobs, near: snapshot(near) });
  });
  return {
    dir,
    resolve: (ref) => once(refs, ref, () => resolveRef(dir, ref)),
    mergeBase: (a, b) => once(bases, `${a}\0${b}`, () => mergeBase(dir, a, b)),
    snapshot,
    dispose: () => blobs.dispose(),
    get processesStarted() {
      return blobs.processesStarted;
    }
  };
}
function once(cache, key, make) {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}

// src/adapters/git/working-tree-commit.ts
import { copyFile, mkdtemp, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3, resolve } from "node:path";
var IDENTITY = {
  GIT_AUTHOR_NAME: "b3os-readiness",
  GIT_AUTHOR_EMAIL: "b3os-readiness@localhost",
  GIT_COMMITTER_NAME: "b3os-readiness",
  GIT_COMMITTER_EMAIL: "b3os-readiness@localhost"
};
async function workingTreeCommit(repoDir, head) {
  const dir = await mkdtemp(join3(tmpdir(), "b3os-readiness-index-"));
  const env = { GIT_INDEX_FILE: join3(dir, "index") };
  try {
    await readHeadIntoIndex(repoDir, assertSafeRev(head), env);
    await runGit(repoDir, ["add", "--all", "--", ":/"], void 0, env);
    const tree = (await runGit(repoDir, ["write-tree"], void 0, env)).toString("utf8").trim();
    const commit = await runGit(repoDir, ["commit-tree", tree, "-p", head, "-m", "working tree"], void 0, { ...env, ...IDENTITY });
    return commit.toString("utf8").trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function readHeadIntoIndex(repoDir, head, env) {
  try {
    const real = resolve(repoDir, (await runGit(repoDir, ["rev-parse", "--git-path", "index"])).toString("utf8").trim());
    await copyFile(real, env.GIT_INDEX_FILE);
    const { atime, mtime } = await stat(real);
    await utimes(env.GIT_INDEX_FILE, atime, mtime);
    await runGit(repoDir, ["read-tree", "-m", head], void 0, env);
  } catch {
    await rm(env.GIT_INDEX_FILE, { force: true });
    await runGit(repoDir, ["read-tree", head], void 0, env);
  }
}

// src/adapters/git/merge.ts
async function mergeTree(repoDir, base, head) {
  const args = ["merge-tree", "--write-tree", "-z", "--name-only", "--no-messages", assertSafeRev(base), assertSafeRev(head)];
  try {
    const fields = splitNul(await runGit(repoDir, args));
    return { kind: "merged", tree: fields[0].toString("utf8").trim() };
  } catch (error) {
    if (!(error instanceof GitError) || error.exitCode === void 0) throw error;
    const [tree, ...files] = splitNul(error.stdout ?? Buffer.alloc(0)).filter((field) => field.length > 0);
    if (error.exitCode === 1 && tree !== void 0 && /^[0-9a-f]{40,64}$/.test(tree.toString("utf8"))) {
      return { kind: "conflict", files: [...new Set(files.map(decodeGitPath))] };
    }
    return { kind: "unavailable", reason: unavailableReason(error) };
  }
}
function unavailableReason(error) {
  if (error.exitCode === 129 || /usage: git merge-tree/.test(error.stderr)) return "this git has no `merge-tree --write-tree` (git 2.38 or later)";
  return `git could not merge them (${error.stderr.split("\n")[0] || `exit ${error.exitCode}`})`;
}
async function testMergeParents(repoDir, commit, head) {
  try {
    const [, ...parents] = (await runGit(repoDir, ["rev-list", "--parents", "-n", "1", assertSafeRev(commit), "--"])).toString("utf8").trim().split(" ");
    return parents.length === 2 && parents[1] === head ? { base: parents[0] } : void 0;
  } catch (error) {
    if (error instanceof GitError && error.exitCode !== void 0) return void 0;
    throw error;
  }
}

// src/run/merge-target.ts
async function mergeTarget(repoDir, ends) {
  const label = ends.label !== void 0 ? { baseLabel: ends.label } : {};
  if (ends.testMerge !== void 0 && ends.testMerge !== ends.head) {
    const parents = await testMergeParents(repoDir, ends.testMerge, ends.head);
    if (parents) return { status: "merged", base: parents.base, ...label, checked: ends.testMerge };
  }
  const outcome = await mergeTree(repoDir, ends.tip, ends.head);
  if (outcome.kind === "merged") return { status: "merged", base: ends.tip, ...label, checked: outcome.tree };
  if (outcome.kind === "conflict") return { status: "conflict", base: ends.tip, ...label, reason: conflictReason(outcome.files) };
  return { status: "unavailable", base: ends.tip, ...label, reason: outcome.reason };
}
function mergeOff(tip, label) {
  return { status: "off", base: tip, ...label !== void 0 ? { baseLabel: label } : {} };
}
function conflictReason(files) {
  const shown = files.slice(0, 5).map((file) => `\`${file}\``).join(", ");
  const more = files.length > 5 ? ` and ${files.length - 5} more` : "";
  return files.length === 0 ? "they conflict" : `they conflict in ${shown}${more}`;
}

// src/run/local-input.ts
async function localInput(opts) {
  if (!isDirectory(opts.repoDir)) throw new UserError(`--repo ${opts.repoDir} is not a directory`);
  const prefix = await pathInWorkTree(opts.repoDir);
  if (opts.all && opts.head === void 0) {
    const visible = prefix === "" ? await gitVisibleFiles(opts.repoDir) : void 0;
    const head = workspaceSnapshot(opts.repoDir, visible);
    return { gate: { head, changes: await everyFileChangeSet(head, WORKTREE_REF) }, dispose: () => {
    } };
  }
  if (prefix === void 0) throw new UserError(`${opts.repoDir} is not a git repository: --base and --head read its history; audit a plain folder with --all (without --head)`);
  if (prefix) {
    throw new UserError(`--repo ${opts.repoDir} is the folder ${prefix} of a git work tree; point --repo at the top of the work tree, or audit the folder alone with --all (without --head)`);
  }
  const repo = openGitRepository(opts.repoDir);
  try {
    return await gitInput(repo, opts);
  } catch (error) {
    repo.dispose();
    throw error;
  }
}
async function gitInput(repo, opts) {
  const dispose = () => repo.dispose();
  const head = await resolveOrFail(repo, opts.head ?? "HEAD");
  if (opts.all) {
    const snapshot = repo.snapshot(head);
    return { gate: { head: snapshot, changes: await everyFileChangeSet(snapshot, head) }, dispose };
  }
  if (opts.base === void 0) throw new UserError("give --base REF to check a change, or --all to audit everything");
  const base = await resolveOrFail(repo, opts.base);
  const from = await mergeBaseOrFail(repo, opts.base, base, head);
  const worktree = opts.head === void 0;
  const listed = worktree ? await gitWorkingTreeDiff(repo.dir, { base, from }) : await gitDiffChangeSet(repo.dir, { base, head, from });
  const merging = opts.merge === false ? void 0 : worktree ? await workingTreeCommit(repo.dir, head) : head;
  const merge = merging === void 0 ? mergeOff(base, opts.base) : await mergeTarget(repo.dir, { tip: base, head: merging, label: opts.base });
  const changes = { ...listed, merge };
  const near = merge.checked ?? head;
  const tip = repo.snapshot(base, near);
  if (merge.checked !== void 0) return { gate: { head: repo.snapshot(merge.checked), base: tip, changes, configFrom: tip, configLabel: opts.base }, dispose };
  const branched = worktree ? workspaceSnapshot(repo.dir, await gitVisibleFiles(repo.dir)) : repo.snapshot(head);
  return { gate: { head: branched, base: repo.snapshot(from, near), changes, configFrom: tip, configLabel: opts.base }, dispose };
}
async function resolveOrFail(repo, ref) {
  try {
    return await repo.resolve(ref);
  } catch {
    if (ref === "HEAD") throw new UserError(`${repo.dir} has no commits yet: commit first, or audit the folder with --all`);
    throw new UserError(`cannot resolve "${ref}" in ${repo.dir}: is it a git repository with that ref?`);
  }
}
async function mergeBaseOrFail(repo, name, base, head) {
  try {
    return await repo.mergeBase(base, head);
  } catch {
    throw new UserError(`"${name}" and the head share no history in ${repo.dir} (a shallow clone? run git fetch --unshallow)`);
  }
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/run/local-job.ts
async function runLocalJob(job) {
  const platform = platformFor(job.apiUrl, job.apiKey);
  const input = await localInput({ repoDir: job.repoDir, base: job.base, head: job.head, all: job.all, merge: job.merge });
  try {
    return await runGate({ ...input.gate, config: job.config, failOn: job.failOn, platform, today: job.today, requireObjects: true, shard: job.shard });
  } finally {
    input.dispose();
  }
}
export {
  runLocalJob
};
