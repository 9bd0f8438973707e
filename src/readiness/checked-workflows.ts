/**
 * The workflows whose operational readiness an item checks, each with what the checks read: the
 * workflow file and its graph, the manifest and the environment it names. Each is checked in the
 * engine's one pass, and what it holds is dropped after the workflow.
 */
import { definitionGraphOf, type DefinitionGraph } from '../b3os/definition-graph.js';
import type { RepoObject } from '../core/repo-index.js';
import { defineObjectRule, type ObjectRule, type Reporter, type RuleContext, type RuleMeta, type RuleObject } from '../core/rule.js';
import type { ParsedDocument } from '../parse/document.js';
import { workflowInputs, type WorkflowInputs } from './inputs.js';
import { workflowsConcerned, type Concern } from './scope.js';

/** One workflow under check. `graph` is absent when the file does not parse, has no nodes or is in the legacy format. */
export interface CheckedWorkflow {
  readonly slug: string;
  /** The workflow file (the first, when a slug has several). */
  readonly file: string;
  readonly doc?: ParsedDocument;
  readonly graph?: DefinitionGraph;
  readonly inputs: WorkflowInputs;
}

const perRun = new WeakMap<RuleContext, Map<string, Promise<RepoObject[]>>>();

/** The workflows `workflowsConcerned(ctx, via)` names, sorted by slug; worked out once per run and scope. */
export function concernedWorkflows(ctx: RuleContext, via: readonly Concern[]): Promise<RepoObject[]> {
  let byScope = perRun.get(ctx);
  if (!byScope) perRun.set(ctx, (byScope = new Map()));
  const key = [...via].sort().join();
  let found = byScope.get(key);
  if (!found) byScope.set(key, (found = workflowsConcerned(ctx, via)));
  return found;
}

/** The workflow the pass visits, with its graph and readiness inputs. */
export async function checkedWorkflow(ctx: RuleContext, workflow: RuleObject): Promise<CheckedWorkflow> {
  const path = [...workflow.files].sort()[0];
  const file = await workflow.file(path);
  const graph = file ? definitionGraphOf(file.doc) : undefined;
  return { slug: workflow.id, file: path, ...(file ? { doc: file.doc } : {}), ...(graph ? { graph } : {}), inputs: await workflowInputs(ctx, workflow.id) };
}

/** Checks one workflow. */
export type WorkflowCheck = (ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow) => void | Promise<void>;

/** A rule that runs `check` on each workflow `workflowsConcerned(ctx, via)` names, in the engine's one pass. */
export function workflowRule(meta: RuleMeta, via: readonly Concern[], check: WorkflowCheck): ObjectRule {
  return defineObjectRule(meta, {
    kind: 'workflow',
    objects: (ctx) => concernedWorkflows(ctx, via),
    check: async (workflow, ctx, reporter) => check(ctx, reporter, await checkedWorkflow(ctx, workflow)),
  });
}
