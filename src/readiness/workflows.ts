import { definitionGraphOf, type DefinitionGraph } from '../b3os/definition-graph.js';
import { compilePattern } from '../core/pattern.js';
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

/** The workflows `workflowsConcerned(ctx, via)` names, each with its graph and readiness inputs. */
export async function readinessWorkflows(ctx: RuleContext, via: readonly Concern[]): Promise<ReadinessWorkflow[]> {
  const out: ReadinessWorkflow[] = [];
  for (const workflow of await workflowsConcerned(ctx, via)) {
    const file = workflowFile(ctx, workflow);
    if (file !== undefined) out.push(await readinessWorkflow(ctx, workflow.id, file, await ctx.head.document(file)));
  }
  return out;
}

/** The workflows `readinessWorkflows(ctx, via)` names whose definition could not be read. */
export async function unreadWorkflows(ctx: RuleContext, via: readonly Concern[]): Promise<ReadinessWorkflow[]> {
  return (await readinessWorkflows(ctx, via)).filter((wf) => !wf.graph);
}

/** The workflow the engine's pass visits, as `readinessWorkflows` has it (undefined without a workflow file at head); shared by every rule. */
export function readinessWorkflowOf(workflow: RuleObject): Promise<ReadinessWorkflow | undefined> {
  return workflow.derive(readinessView);
}

async function readinessView(workflow: RuleObject, ctx: RuleContext): Promise<ReadinessWorkflow | undefined> {
  const file = workflowFile(ctx, workflow);
  return file === undefined ? undefined : readinessWorkflow(ctx, workflow.id, file, (await workflow.file(file))?.doc);
}

/** The first of the workflow's files that the workflow patterns match and that exists at head. */
function workflowFile(ctx: RuleContext, workflow: Pick<RepoObject, 'files'>): string | undefined {
  const patterns = ctx.settings.paths.workflows.map(compilePattern);
  return workflow.files.find((f) => patterns.some((p) => p.match(f) !== undefined) && ctx.head.has(f));
}

async function readinessWorkflow(ctx: RuleContext, slug: string, file: string, doc: ParsedDocument | undefined): Promise<ReadinessWorkflow> {
  const graph = doc ? definitionGraphOf(doc) : undefined;
  return { slug, file, ...(doc ? { doc } : {}), ...(graph ? { graph } : {}), inputs: await workflowInputs(ctx, slug) };
}
