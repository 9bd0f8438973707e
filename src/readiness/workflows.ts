import { definitionGraphOf, type DefinitionGraph } from '../b3os/definition-graph.js';
import { compilePattern } from '../core/pattern.js';
import type { RuleContext } from '../core/rule.js';
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
  const patterns = ctx.settings.paths.workflows.map(compilePattern);
  const out: ReadinessWorkflow[] = [];
  for (const workflow of await workflowsConcerned(ctx, via)) {
    const file = workflow.files.find((f) => patterns.some((p) => p.match(f) !== undefined) && ctx.head.has(f));
    if (file === undefined) continue;
    const doc = await ctx.head.document(file);
    const graph = doc ? definitionGraphOf(doc) : undefined;
    out.push({ slug: workflow.id, file, ...(doc ? { doc } : {}), ...(graph ? { graph } : {}), inputs: await workflowInputs(ctx, workflow.id) });
  }
  return out;
}

/** The workflows `readinessWorkflows(ctx, via)` names whose definition could not be read. */
export async function unreadWorkflows(ctx: RuleContext, via: readonly Concern[]): Promise<ReadinessWorkflow[]> {
  return (await readinessWorkflows(ctx, via)).filter((wf) => !wf.graph);
}
