import { runFilePass, type PassRuleRun } from './file-pass.js';
import { docsUrlOf, isPassRule, type ItemDefinition, type Reporter, type ReportedFinding, type RepositoryRule, type Rule, type RuleContext } from './rule.js';
import { TURNED_OFF, type Finding, type FundsRow, type ItemResult, type ObjectRow, type Severity } from './types.js';
import { dedupe, RANK, sortFindings, statusOf } from './verdict.js';

/** Findings and object rows of every item, before the report header is added. */
export interface ChecklistOutcome {
  readonly items: ItemResult[];
  readonly objects: ObjectRow[];
  readonly funds: FundsRow[];
  readonly notices: string[];
}

/** What the rules of one run add beside findings: object rows and funds rows, keyed for merging. */
interface Rows {
  readonly objects: Map<string, ObjectRow>;
  readonly funds: Map<string, FundsRow>;
}

/** What one rule reported, kept until its item is put together, so that the order rules run in does not matter. */
interface RuleOutcome {
  readonly rule: Rule;
  readonly findings: ReportedFinding[];
  /** Object and funds rows, replayed in checklist order (a later row of a type or node wins). */
  readonly rows: Array<(rows: Rows) => void>;
  failed: boolean;
}

/** An item that runs: its configured enforcement and one outcome per rule. */
interface RunningItem {
  readonly item: ItemDefinition;
  readonly enforcement: Severity;
  readonly outcomes: RuleOutcome[];
}

/**
 * Runs every item's rules and derives each item's status. Repository-wide rules run first, then
 * the file and object rules of every running item share one pass over the affected files (`file-pass.ts`).
 * A rule that throws makes its item incomplete (fail closed); configured severities are applied
 * here, waivers after the run (`waivers.ts`), where the findings of every item are known.
 */
export async function runChecklist(items: readonly ItemDefinition[], ctx: RuleContext): Promise<ChecklistOutcome> {
  const plans = items.map((item) => planItem(item, ctx));
  const running = plans.filter((plan): plan is RunningItem => 'outcomes' in plan);
  // The pass first: the files it reads are scanned for secrets as it reads them (`scanAsRead`), so
  // the repository rules' secret scan that follows reads only the files no pass rule read.
  await runFilePass(running.flatMap((plan) => plan.outcomes.flatMap((outcome) => fileRuleRun(outcome))), ctx);
  for (const outcome of running.flatMap((plan) => plan.outcomes)) {
    if (!isPassRule(outcome.rule)) await runRepositoryRule(outcome.rule, outcome, ctx);
  }
  const rows: Rows = { objects: new Map(), funds: new Map() };
  const results = plans.map((plan) => ('outcomes' in plan ? finishItem(plan, ctx, rows) : plan));
  const objects = [...rows.objects.values()].sort((a, b) => a.type.localeCompare(b.type));
  const funds = [...rows.funds.values()].sort((a, b) => a.file.localeCompare(b.file) || a.node.localeCompare(b.node));
  return { items: results, objects, funds, notices: [] };
}

/** The result of an item that does not run, or what a running one needs. */
function planItem(item: ItemDefinition, ctx: RuleContext): ItemResult | RunningItem {
  const base = { id: item.id, title: item.title, group: item.group };
  const enforcement = ctx.settings.items[item.id] ?? 'error';
  // A change that cannot be read blocks whatever the configuration says: it may be what changed it.
  if (ctx.changes.incompleteReason) return { ...base, status: 'incomplete', findings: [], reason: ctx.changes.incompleteReason };
  if (enforcement === 'off') return { ...base, status: 'off', findings: [], reason: TURNED_OFF };
  if (!concerns(item, ctx)) return { ...base, status: 'not-affected', findings: [] };
  if (item.rules.length === 0) return { ...base, status: 'incomplete', findings: [], reason: 'the checks for this item are not built yet' };
  return { item, enforcement, outcomes: item.rules.map((rule) => ({ rule, findings: [], rows: [], failed: false })) };
}

function reporterOf(outcome: RuleOutcome): Reporter {
  return {
    report: (f) => void outcome.findings.push(f),
    objectRow: (row) => void outcome.rows.push((rows) => mergeRow(rows.objects, row)),
    fundsRow: (row) => void outcome.rows.push((rows) => void rows.funds.set(`${row.file}\u0000${row.node}`, row)),
  };
}

function recordFailure(outcome: RuleOutcome, error: unknown): void {
  outcome.failed = true;
  outcome.findings.push({ message: `the check could not finish: ${errorText(error)}`, unverified: true, hint: 'report this as a bug in b3os-readiness' });
}

async function runRepositoryRule(rule: RepositoryRule, outcome: RuleOutcome, ctx: RuleContext): Promise<void> {
  try {
    await rule.run(ctx, reporterOf(outcome));
  } catch (error) {
    recordFailure(outcome, error);
  }
}

function fileRuleRun(outcome: RuleOutcome): PassRuleRun[] {
  const { rule } = outcome;
  if (!isPassRule(rule)) return [];
  return [{ rule, reporter: reporterOf(outcome), fail: (error) => recordFailure(outcome, error), get failed() { return outcome.failed; } }];
}

function finishItem({ item, enforcement, outcomes }: RunningItem, ctx: RuleContext, rows: Rows): ItemResult {
  const findings: Finding[] = pendingFindings(item, ctx);
  for (const { rule, findings: reported, rows: added } of outcomes) {
    for (const f of reported) findings.push(finish(f, rule.meta.id, rule.meta.severity, enforcement));
    for (const add of added) add(rows);
  }
  return { id: item.id, title: item.title, group: item.group, ...statusOf(sortFindings(dedupe(findings))) };
}

function pendingFindings(item: ItemDefinition, ctx: RuleContext): Finding[] {
  return (item.pendingConcerns ?? [])
    .filter((kind) => ctx.affected.touches(kind))
    .map((kind) => ({
      ruleId: `${item.id}/pending`,
      severity: 'error' as const,
      message: `changes to ${kind} files are not checked by this item yet, so it cannot pass`,
      docsUrl: docsUrlOf('README'),
      unverified: true,
    }));
}

function concerns(item: ItemDefinition, ctx: RuleContext): boolean {
  if (item.readsEveryFile && ctx.changes.files.some((f) => f.status !== 'removed')) return true;
  return item.concerns.some((kind) => ctx.affected.touches(kind) || hasRemoved(ctx, kind));
}

function hasRemoved(ctx: RuleContext, kind: string): boolean {
  for (const key of ctx.affected.removed) if (key.startsWith(`${kind}:`)) return true;
  return false;
}

function finish(f: ReportedFinding, ruleId: string, ruleSeverity: Severity, enforcement: Severity): Finding {
  // A found secret is public once pushed: only rotating it helps, so lowering its item does not
  // lower it (only turning the item off silences it), and no waiver covers it (`waivers.ts`).
  const severity = f.secret ? (f.severity ?? ruleSeverity) : lower(f.severity ?? ruleSeverity, enforcement);
  return { ...f, ruleId, severity, docsUrl: docsUrlOf(ruleId) };
}

/** A finding never gets more severe than its item's configured enforcement. */
function lower(severity: Severity, enforcement: Severity): Severity {
  return RANK[severity] >= RANK[enforcement] ? severity : enforcement;
}

function mergeRow(rows: Map<string, ObjectRow>, row: Partial<ObjectRow> & Pick<ObjectRow, 'type' | 'kind' | 'change'>): void {
  const na = { status: 'n/a' } as const;
  const previous = rows.get(row.type) ?? { schema: na, docs: na, examples: na, contract: na };
  rows.set(row.type, { ...previous, ...row } as ObjectRow);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
