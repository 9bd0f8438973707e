import { definitionGraphOf, type DefinitionGraph } from '../b3os/definition-graph.js';
import { compilePattern, type PathPattern } from '../core/pattern.js';
import type { RepoObject } from '../core/repo-index.js';
import type { RuleContext, RuleObject } from '../core/rule.js';
import type { ParsedDocument } from '../parse/document.js';
import { workflowInputs, type WorkflowInputs } from './inputs.js';
import { workflowsConcerned, type Concern } from './scope.js';

/** One workflow whose readiness an item checks: its file, its graph and its readiness inputs. */
export interface ReadinessWorkflow {
  readonly slug: string;
  /** The workflow file (`workflows/<slug>/workflow.json`). */
  readonly file: string;
  readonly doc?: ParsedDocument;
  /** Undefined when the file does not parse or is in the legacy format (definition-validates says why). */
  readonly graph?: DefinitionGraph;
  readonly inputs: WorkflowInputs;
}

/** The readiness inputs of the workflows `workflowsConcerned(ctx, via)` names that have a workflow file at head, without reading their definitions. */
export async function readinessInputs(ctx: RuleContext, via: readonly Concern[]): Promise<WorkflowInputs[]> {
  const out: WorkflowInputs[] = [];
  for (const workflow of await workflowsConcerned(ctx, via)) if (workflowFile(ctx, workflow) !== undefined) out.push(await workflowInputs(ctx, workflow.id));
  return out;
}

/** The workflow the engine's pass visits, with its graph and readiness inputs (undefined without a workflow file at head); shared by every rule. */
export function readinessWorkflowOf(workflow: RuleObject): Promise<ReadinessWorkflow | undefined> {
  return workflow.derive(readinessView);
}

async function readinessView(workflow: RuleObject, ctx: RuleContext): Promise<ReadinessWorkflow | undefined> {
  const file = workflowFile(ctx, workflow);
  if (file === undefined) return undefined;
  const doc = (await workflow.file(file))?.doc;
  const graph = doc ? definitionGraphOf(doc) : undefined;
  return { slug: workflow.id, file, ...(doc ? { doc } : {}), ...(graph ? { graph } : {}), inputs: await workflowInputs(ctx, workflow.id) };
}

/** The first of the workflow's files that the workflow patterns match and that exists at head. */
function workflowFile(ctx: RuleContext, workflow: Pick<RepoObject, 'files'>): string | undefined {
  const patterns = workflowPatterns(ctx.settings.paths.workflows);
  return workflow.files.find((f) => patterns.some((p) => p.match(f) !== undefined) && ctx.head.has(f));
}

/** The run's workflow patterns, compiled once: every readiness rule asks for every workflow. */
function workflowPatterns(sources: readonly string[]): PathPattern[] {
  let patterns = compiledPatterns.get(sources);
  if (!patterns) compiledPatterns.set(sources, (patterns = sources.map(compilePattern)));
  return patterns;
}

const compiledPatterns = new WeakMap<readonly string[], PathPattern[]>();
