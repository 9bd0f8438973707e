/**
 * The connectors the workflows of a run use: every node that needs a connector other than a
 * wallet, with the id it names and the workflow's readiness inputs. Each workflow is read in the
 * engine's one pass.
 */
import { definitionOf, isObject, type DefinitionNode } from '../../b3os/definition.js';
import { locationIn } from '../../core/locate.js';
import type { RepoObject } from '../../core/repo-index.js';
import { defineObjectRule, type ObjectRule, type Reporter, type RuleContext, type RuleMeta, type RuleObject } from '../../core/rule.js';
import { concernedWorkflows } from '../../readiness/checked-workflows.js';
import type { Location } from '../../core/types.js';
import { formatOf, type JsonValue, type ParsedDocument } from '../../parse/document.js';
import { workflowInputs, type WorkflowInputs } from '../../readiness/inputs.js';

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

/** The workflows the change concerns, by their files, manifest or environment. */
export const CONNECTOR_CONCERNS = ['workflow', 'manifest', 'environment'] as const;

/** The workflows whose connectors are checked, for the engine's pass. */
export function connectorObjects(ctx: RuleContext): Promise<RepoObject[]> {
  return concernedWorkflows(ctx, CONNECTOR_CONCERNS);
}

/** The workflow the engine's pass visits, when it uses connectors; shared by the item's rules. */
export function connectorsOf(workflow: RuleObject): Promise<WorkflowConnectors | undefined> {
  return workflow.derive(connectorsView);
}

async function connectorsView(workflow: RuleObject, ctx: RuleContext): Promise<WorkflowConnectors | undefined> {
  const uses = await usesOf(workflow);
  return uses.length > 0 ? { slug: workflow.id, uses, inputs: await workflowInputs(ctx, workflow.id) } : undefined;
}

/** Checks one workflow that uses connectors. */
export type ConnectorCheck = (ctx: RuleContext, reporter: Reporter, workflow: WorkflowConnectors) => void | Promise<void>;

/** A rule that checks, in the engine's one pass, each concerned workflow that uses connectors. */
export function connectorRule(meta: RuleMeta, check: ConnectorCheck): ObjectRule {
  return defineObjectRule(meta, {
    kind: 'workflow',
    objects: connectorObjects,
    check: async (object, ctx, reporter) => {
      const workflow = await connectorsOf(object);
      if (workflow) await check(ctx, reporter, workflow);
    },
  });
}

/** The connector uses of the definition files of the workflow the engine's pass visits; shared by the item's rules. */
export function usesOf(workflow: RuleObject): Promise<ConnectorUse[]> {
  return workflow.derive(usesView);
}

async function usesView(workflow: RuleObject, ctx: RuleContext): Promise<ConnectorUse[]> {
  const uses: ConnectorUse[] = [];
  for (const path of workflow.files.filter((f) => formatOf(f) !== undefined)) {
    const doc = (await workflow.file(path))?.doc;
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
