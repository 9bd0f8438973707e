import { escapeSegment } from '../../b3os/definition.js';
import type { DefinitionGraph } from '../../b3os/definition-graph.js';
import { locationIn } from '../../core/locate.js';
import { defineObjectRule, type ObjectRule, type Reporter, type RuleContext, type RuleMeta, type RuleObject } from '../../core/rule.js';
import { concernedWorkflows } from '../../readiness/checked-workflows.js';
import type { Location } from '../../core/types.js';
import { fundsNodesOf, type FundsNode } from '../../funds/funds-nodes.js';
import type { FundsBounds, Manifest } from '../../readiness/formats.js';
import type { Checked } from '../../readiness/inputs.js';
import { readinessWorkflowOf, type ReadinessWorkflow } from '../../readiness/workflows.js';

/** A workflow the funds rules check: its graph, its funds nodes and its readiness inputs. */
export interface FundsWorkflow extends ReadinessWorkflow {
  readonly graph: DefinitionGraph;
  readonly funds: readonly FundsNode[];
}

/** A valid manifest, as the funds rules use it. */
export type ValidManifest = Extract<Checked<Manifest>, { state: 'valid' }>;

/** What makes a workflow's funds worth checking again. */
export const FUNDS_CONCERNS = ['workflow', 'manifest', 'environment'] as const;

/**
 * The workflow the engine's pass visits, with its funds nodes, when its funds are checked; undefined
 * when its definition cannot be read (funds-entry reports it). Shared by every rule of the item.
 */
export function fundsWorkflowOf(workflow: RuleObject): Promise<FundsWorkflow | undefined> {
  return workflow.derive(fundsView);
}

async function fundsView(workflow: RuleObject, ctx: RuleContext): Promise<FundsWorkflow | undefined> {
  const wf = await readinessWorkflowOf(workflow);
  return wf?.graph ? { ...wf, graph: wf.graph, funds: fundsNodesOf(ctx.catalog, wf.graph.view) } : undefined;
}

/** Checks one workflow whose funds are checked. */
export type FundsCheck = (ctx: RuleContext, reporter: Reporter, wf: FundsWorkflow) => void;

/**
 * A rule that checks, in the engine's one pass, the workflows whose funds are checked (their
 * workflow file, manifest or environment changed; all with `--all`) whose definition can be read.
 */
export function fundsRule(meta: RuleMeta, check: FundsCheck): ObjectRule {
  return defineObjectRule(meta, {
    kind: 'workflow',
    objects: (ctx) => concernedWorkflows(ctx, FUNDS_CONCERNS),
    check: async (workflow, ctx, reporter) => {
      const wf = await fundsWorkflowOf(workflow);
      if (wf) check(ctx, reporter, wf);
    },
  });
}

/** The manifest when it is valid. */
export function validManifest(wf: FundsWorkflow): ValidManifest | undefined {
  return wf.inputs.manifest.state === 'valid' ? wf.inputs.manifest : undefined;
}

/** A node's funds bounds in a valid manifest, with where they are. */
export interface NodeBounds {
  readonly manifest: ValidManifest;
  readonly bounds: FundsBounds;
  /** JSON pointer of `nodes.<id>.funds`. */
  readonly pointer: string;
}

/** The funds bounds the manifest gives node `id`, when the manifest is valid and has them. */
export function boundsOf(wf: FundsWorkflow, id: string): NodeBounds | undefined {
  const manifest = validManifest(wf);
  const bounds = manifest?.value.nodes?.[id]?.funds;
  if (!manifest || !bounds || !Object.hasOwn(manifest.value.nodes!, id)) return undefined;
  return { manifest, bounds, pointer: `/nodes/${escapeSegment(id)}/funds` };
}

/** Where a value of the workflow file is. */
export function inWorkflow(wf: FundsWorkflow, pointer: string, atKey = false): Location {
  return locationIn(wf.graph.doc, pointer, atKey);
}

/** `pay.payload.amount`: how a message names a field of a node. */
export function fieldName(node: FundsNode, key: string): string {
  return `\`${node.node.id}.payload.${key}\``;
}

/** The text of the value at `pointer` as written in the workflow file, when it is on one line. */
export function writtenIn(wf: FundsWorkflow, pointer: string): string | undefined {
  const span = wf.graph.doc.locate(pointer);
  if (span.line !== span.endLine) return undefined;
  return wf.graph.doc.text.split('\n')[span.line - 1]?.slice(span.column - 1, span.endColumn - 1);
}
