/**
 * The connectors the workflows of a run use: every node that needs a connector other than a
 * wallet, with the id it names and the workflow's readiness inputs. Built once per run.
 */
import { definitionOf, isObject, type DefinitionNode } from '../../b3os/definition.js';
import { locationIn } from '../../core/locate.js';
import type { RuleContext } from '../../core/rule.js';
import type { Location } from '../../core/types.js';
import { formatOf, type JsonValue, type ParsedDocument } from '../../parse/document.js';
import { workflowInputs, type WorkflowInputs } from '../../readiness/inputs.js';
import { workflowsConcerned } from '../../readiness/scope.js';

/** A node that needs a connector other than a wallet. */
export interface ConnectorUse {
  readonly doc: ParsedDocument;
  readonly node: DefinitionNode;
  /** The connector type the node needs: its action's or trigger's, else the type the node names. */
  readonly needs: string;
  /** The node's `connector.id` as written; undefined when absent. */
  readonly id: JsonValue | undefined;
}

/** A workflow with at least one connector use, and its manifest and environment. */
export interface WorkflowConnectors {
  readonly slug: string;
  readonly uses: readonly ConnectorUse[];
  readonly inputs: WorkflowInputs;
}

const perRun = new WeakMap<RuleContext, Promise<WorkflowConnectors[]>>();

/** The workflows the change concerns that use connectors (by their files, manifest or environment). */
export function connectorUses(ctx: RuleContext): Promise<WorkflowConnectors[]> {
  let found = perRun.get(ctx);
  if (!found) perRun.set(ctx, (found = collect(ctx)));
  return found;
}

async function collect(ctx: RuleContext): Promise<WorkflowConnectors[]> {
  const out: WorkflowConnectors[] = [];
  for (const workflow of await workflowsConcerned(ctx, ['workflow', 'manifest', 'environment'])) {
    const uses = await usesIn(ctx, workflow.files);
    if (uses.length > 0) out.push({ slug: workflow.id, uses, inputs: await workflowInputs(ctx, workflow.id) });
  }
  return out;
}

/** The connector uses of one workflow's definition files. */
export async function usesIn(ctx: RuleContext, files: readonly string[]): Promise<ConnectorUse[]> {
  const uses: ConnectorUse[] = [];
  for (const file of files.filter((f) => formatOf(f) !== undefined)) {
    const doc = await ctx.head.document(file);
    if (!doc) continue;
    for (const node of definitionOf(doc.value)?.nodes ?? []) {
      const connector = isObject(node.value.connector) ? node.value.connector : undefined;
      const needs = neededType(ctx, node, connector);
      if (needs !== undefined) uses.push({ doc, node, needs, id: connector?.id });
    }
  }
  return uses;
}

/** The connector type a node needs, unless it is a wallet (`wallets-dedicated` checks those) or unknown. */
function neededType(ctx: RuleContext, node: DefinitionNode, connector: Record<string, JsonValue> | undefined): string | undefined {
  const declared = node.type === undefined ? undefined : ctx.catalog.lookup(node.type)?.connector?.type;
  // An unknown node type is definition-validates' finding; the connector it names can still be checked.
  const needs = declared ?? (typeof connector?.type === 'string' ? connector.type : undefined);
  return needs === 'wallet' ? undefined : needs;
}

/** True for a literal connector id (not a `{{…}}` expression). */
export function isLiteralId(id: JsonValue | undefined): id is string {
  return typeof id === 'string' && !id.includes('{{');
}

/** Where a use's id is, or where it should be: the id, else the `connector` key, else the node's key. */
export function idLocation(use: ConnectorUse): Location {
  if (use.id !== undefined) return locationIn(use.doc, `${use.node.pointer}/connector/id`);
  if (use.node.value.connector !== undefined) return locationIn(use.doc, `${use.node.pointer}/connector`, true);
  return locationIn(use.doc, use.node.pointer, true);
}

/** How a message names a use: node id and node type. */
export function subjectOf(use: ConnectorUse): string {
  return `node \`${use.node.id}\`${use.node.type ? ` (\`${use.node.type}\`)` : ''}`;
}
