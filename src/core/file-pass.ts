import { formatOf } from '../parse/document.js';
import { compilePattern } from './pattern.js';
import type { FileRule, Reporter, RuleContext, RuleFile } from './rule.js';
import type { ObjectKind } from './types.js';

/** A file rule of a running item, as the pass drives it. After `fail`, the rule sees no more files. */
export interface FileRuleRun {
  readonly rule: FileRule;
  readonly reporter: Reporter;
  /** Records that the rule threw (its item becomes incomplete); the engine says so once. */
  fail(error: unknown): void;
  readonly failed: boolean;
}

/** Definition kinds first, in the order the rules always visited them; their findings keep that order. */
const KIND_ORDER: readonly ObjectKind[] = ['workflow', 'template', 'action', 'trigger', 'catalog'];

/**
 * The one pass over the affected files: each file of a subscribed kind is read and parsed once,
 * every file rule that subscribes to its kind checks it, then its derived views are dropped and
 * the parsed file is released (the repository-wide rules have run before the pass).
 */
export async function runFilePass(runs: readonly FileRuleRun[], ctx: RuleContext): Promise<void> {
  for (const run of runs) await guarded(run, () => run.rule.before?.(ctx, run.reporter));
  const isActionJson = actionJsonMatcher(ctx);
  for (const kind of kindsOf(runs)) {
    const subscribed = runs.filter((run) => run.rule.kinds.includes(kind));
    for (const object of ctx.affected.objects(kind)) {
      for (const path of object.files) {
        if (!formatOf(path) || (kind === 'action' && !isActionJson(path))) continue;
        await checkFile(kind, object.id, path, subscribed, ctx);
      }
    }
  }
}

async function checkFile(kind: ObjectKind, id: string, path: string, runs: readonly FileRuleRun[], ctx: RuleContext): Promise<void> {
  try {
    const doc = await ctx.head.document(path).catch((error: unknown) => {
      for (const run of runs) if (!run.failed) run.fail(error);
      return undefined;
    });
    if (!doc) return;
    const views = new Map<unknown, unknown>();
    const file: RuleFile = {
      kind,
      id,
      path,
      doc,
      derive: <T>(view: (file: RuleFile) => T): T => {
        if (!views.has(view)) views.set(view, view(file));
        return views.get(view) as T;
      },
    };
    for (const run of runs) await guarded(run, () => run.rule.check(file, ctx, run.reporter));
  } finally {
    ctx.head.release(path);
  }
}

async function guarded(run: FileRuleRun, step: () => Promise<void> | void): Promise<void> {
  if (run.failed) return;
  try {
    await step();
  } catch (error) {
    run.fail(error);
  }
}

/** The kinds any of the rules subscribe to, definition kinds first. */
function kindsOf(runs: readonly FileRuleRun[]): ObjectKind[] {
  const wanted = new Set(runs.flatMap((run) => run.rule.kinds));
  return [...KIND_ORDER.filter((kind) => wanted.has(kind)), ...[...wanted].filter((kind) => !KIND_ORDER.includes(kind))];
}

/** Of an action's files, only its `action.json` definitions are checked here (SDK sources have their own rules). */
function actionJsonMatcher(ctx: RuleContext): (path: string) => boolean {
  const patterns = ctx.settings.paths.actions.map(compilePattern);
  return (path) => patterns.some((p) => p.match(path) !== undefined);
}
