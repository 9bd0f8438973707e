/**
 * The workflows whose operational readiness an item checks, each with what the checks read: the
 * workflow file and its graph, the manifest and the environment it names. Built once per run and
 * scope, whichever rules ask.
 */
import { defineRule, type Reporter, type Rule, type RuleContext, type RuleMeta } from '../core/rule.js';
import type { ParsedDocument } from '../parse/document.js';
import { workflowInputs, type WorkflowInputs } from './inputs.js';
import { workflowsConcerned, type Concern } from './scope.js';
import { definitionGraphOf, type DefinitionGraph } from '../b3os/definition-graph.js';

/** One workflow under check. `graph` is absent when the file does not parse, has no nodes or is in the legacy format. */
export interface CheckedWorkflow {
  readonly slug: string;
  /** The workflow file (the first, when a slug has several). */
  readonly file: string;
  readonly doc?: ParsedDocument;
  readonly graph?: DefinitionGraph;
  readonly inputs: WorkflowInputs;
}

const perRun = new WeakMap<RuleContext, Map<string, Promise<CheckedWorkflow[]>>>();

/** The workflows `workflowsConcerned(ctx, via)` names, sorted by slug, with their inputs and graphs. */
export function checkedWorkflows(ctx: RuleContext, via: readonly Concern[]): Promise<CheckedWorkflow[]> {
  let byScope = perRun.get(ctx);
  if (!byScope) perRun.set(ctx, (byScope = new Map()));
  const key = [...via].sort().join();
  let found = byScope.get(key);
  if (!found) byScope.set(key, (found = collect(ctx, via)));
  return found;
}

async function collect(ctx: RuleContext, via: readonly Concern[]): Promise<CheckedWorkflow[]> {
  const out: CheckedWorkflow[] = [];
  for (const workflow of await workflowsConcerned(ctx, via)) {
    const file = [...workflow.files].sort()[0];
    const doc = await ctx.head.document(file);
    const graph = doc ? definitionGraphOf(doc) : undefined;
    out.push({ slug: workflow.id, file, ...(doc ? { doc } : {}), ...(graph ? { graph } : {}), inputs: await workflowInputs(ctx, workflow.id) });
  }
  return out;
}

/** Checks one workflow; the rule's function as the one-pass engine will call it (style.md). */
export type WorkflowCheck = (ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow) => void | Promise<void>;

/** A rule that runs `check` on each workflow `checkedWorkflows(ctx, via)` names, in slug order. */
export function workflowRule(meta: RuleMeta, via: readonly Concern[], check: WorkflowCheck): Rule {
  return defineRule(meta, async (ctx, reporter) => {
    for (const workflow of await checkedWorkflows(ctx, via)) await check(ctx, reporter, workflow);
  });
}
