import { formatOf } from '../parse/document.js';
import { compilePattern } from './pattern.js';
import type { RepoObject } from './repo-index.js';
import { isFileRule, type FileRule, type ObjectRule, type Reporter, type RuleContext, type RuleFile, type RuleObject } from './rule.js';
import type { ObjectKind } from './types.js';

/** A file or object rule of a running item, as the pass drives it. After `fail`, the rule sees no more files. */
export interface PassRuleRun<R extends FileRule | ObjectRule = FileRule | ObjectRule> {
  readonly rule: R;
  readonly reporter: Reporter;
  /** Records that the rule threw (its item becomes incomplete); the engine says so once. */
  fail(error: unknown): void;
  readonly failed: boolean;
}

type FileRuleRun = PassRuleRun<FileRule>;
type ObjectRuleRun = PassRuleRun<ObjectRule>;

/** An object rule's run with the objects it checks. */
interface ObjectVisit {
  readonly run: ObjectRuleRun;
  readonly objects: readonly RepoObject[];
  readonly ids: ReadonlySet<string>;
}

/** Definition kinds first, in the order the rules always visited them; their findings keep that order. */
const KIND_ORDER: readonly ObjectKind[] = ['workflow', 'template', 'action', 'trigger', 'catalog'];

/**
 * The one pass over the affected objects: each file of a subscribed kind is read and parsed once,
 * every file rule that subscribes to its kind checks it, every object rule that names its object
 * checks the object, then the object's derived views are dropped and its parsed files released
 * (the repository-wide rules have run before the pass). Objects only object rules name (a workflow
 * whose manifest changed) come after the affected ones of their kind, by id; object rules end with `after`.
 */
export async function runFilePass(runs: readonly PassRuleRun[], ctx: RuleContext): Promise<void> {
  for (const run of runs) await guarded(run, () => run.rule.before?.(ctx, run.reporter));
  const fileRuns = runs.filter((run): run is FileRuleRun => isFileRule(run.rule));
  const visits = await objectVisits(runs.filter((run): run is ObjectRuleRun => !isFileRule(run.rule)), ctx);
  const isActionJson = actionJsonMatcher(ctx);
  for (const kind of kindsOf(fileRuns, visits)) {
    const subscribed = fileRuns.filter((run) => run.rule.kinds.includes(kind));
    const visiting = visits.filter((visit) => visit.run.rule.kind === kind);
    for (const { object, affected } of objectsOf(kind, subscribed, visiting, ctx)) {
      const files = affected ? object.files.filter((path) => formatOf(path) && (kind !== 'action' || isActionJson(path))) : [];
      await visitObject(kind, object, files, subscribed, visiting.filter((v) => v.ids.has(object.id)).map((v) => v.run), ctx);
    }
  }
  for (const { run } of visits) await guarded(run, () => run.rule.after?.(ctx, run.reporter));
}

async function objectVisits(runs: readonly ObjectRuleRun[], ctx: RuleContext): Promise<ObjectVisit[]> {
  const visits: ObjectVisit[] = [];
  for (const run of runs) {
    let objects: readonly RepoObject[] = [];
    await guarded(run, async () => void (objects = await run.rule.objects(ctx)));
    visits.push({ run, objects, ids: new Set(objects.map((o) => o.id)) });
  }
  return visits;
}

/** The affected objects of the kind (when a file rule subscribes to it), then those only object rules name, by id. */
function objectsOf(kind: ObjectKind, subscribed: readonly FileRuleRun[], visiting: readonly ObjectVisit[], ctx: RuleContext): Array<{ object: RepoObject; affected: boolean }> {
  const affected = subscribed.length > 0 ? ctx.affected.objects(kind) : [];
  const seen = new Set(affected.map((o) => o.id));
  const extra = new Map<string, RepoObject>();
  for (const visit of visiting) for (const object of visit.objects) if (!seen.has(object.id)) extra.set(object.id, object);
  const sorted = [...extra.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...affected.map((object) => ({ object, affected: true })), ...sorted.map((object) => ({ object, affected: false }))];
}

async function visitObject(kind: ObjectKind, object: RepoObject, paths: readonly string[], fileRuns: readonly FileRuleRun[], objectRuns: readonly ObjectRuleRun[], ctx: RuleContext): Promise<void> {
  const opened = new Map<string, Promise<RuleFile | undefined>>();
  const open = (path: string) => {
    let file = opened.get(path);
    if (!file) opened.set(path, (file = openFile(kind, object.id, path, ctx)));
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

function visitedObject(kind: ObjectKind, object: RepoObject, open: RuleObject['file'], ctx: RuleContext): RuleObject {
  const once = viewMemo();
  const visited: RuleObject = {
    kind,
    id: object.id,
    files: object.files,
    file: open,
    derive: <T>(view: (object: RuleObject, ctx: RuleContext) => T): T => once(view, () => view(visited, ctx)),
  };
  return visited;
}

async function openFile(kind: ObjectKind, id: string, path: string, ctx: RuleContext): Promise<RuleFile | undefined> {
  const doc = await ctx.head.document(path);
  if (!doc) return undefined;
  const once = viewMemo();
  const file: RuleFile = { kind, id, path, doc, derive: <T>(view: (file: RuleFile) => T): T => once(view, () => view(file)) };
  return file;
}

/** One value per view function for one file or object: the view runs on first use, later calls reuse it. */
function viewMemo(): <T>(view: unknown, compute: () => T) => T {
  const views = new Map<unknown, unknown>();
  return <T>(view: unknown, compute: () => T): T => {
    if (!views.has(view)) views.set(view, compute());
    return views.get(view) as T;
  };
}

async function checkFile(opening: Promise<RuleFile | undefined>, runs: readonly FileRuleRun[], ctx: RuleContext): Promise<void> {
  const file = await opening.catch((error: unknown) => {
    for (const run of runs) if (!run.failed) run.fail(error);
    return undefined;
  });
  if (!file) return;
  for (const run of runs) await guarded(run, () => run.rule.check(file, ctx, run.reporter));
}

async function guarded(run: PassRuleRun, step: () => Promise<void> | void): Promise<void> {
  if (run.failed) return;
  try {
    await step();
  } catch (error) {
    run.fail(error);
  }
}

/** The kinds any of the rules subscribe to, definition kinds first. */
function kindsOf(runs: readonly FileRuleRun[], visits: readonly ObjectVisit[]): ObjectKind[] {
  const wanted = new Set([...runs.flatMap((run) => run.rule.kinds), ...visits.map((visit) => visit.run.rule.kind)]);
  return [...KIND_ORDER.filter((kind) => wanted.has(kind)), ...[...wanted].filter((kind) => !KIND_ORDER.includes(kind))];
}

/** Of an action's files, only its `action.json` definitions are checked here (SDK sources have their own rules). */
function actionJsonMatcher(ctx: RuleContext): (path: string) => boolean {
  const patterns = ctx.settings.paths.actions.map(compilePattern);
  return (path) => patterns.some((p) => p.match(path) !== undefined);
}
