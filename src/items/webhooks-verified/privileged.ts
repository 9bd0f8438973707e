/**
 * Nodes whose input an outside caller must not steer unchecked (b3os-platform.md §3.3: "validate
 * incoming payloads before using them for wallet, trade, or privileged connector actions"): nodes
 * that can move funds, database queries, starts of other workflows, and webhooks sent to a URL
 * computed at run time.
 */
import { isObject, type DefinitionNode, type DefinitionView } from '../../b3os/definition.js';
import type { Catalog } from '../../catalog/types.js';
import { describeKind } from '../../funds/classify.js';
import { fundsNodesOf } from '../../funds/funds-nodes.js';
import { valueAt } from '../../funds/values.js';

/** The privileged nodes of a definition, each with why it is privileged, in definition order. */
export function privilegedNodes(catalog: Catalog, view: DefinitionView): Map<string, string> {
  const funds = new Map(fundsNodesOf(catalog, view).map((f) => [f.node.id, `can move funds (${describeKind(f.kind)})`]));
  const out = new Map<string, string>();
  for (const node of view.nodes) {
    const why = funds.get(node.id) ?? privilegeOf(node);
    if (why) out.set(node.id, why);
  }
  return out;
}

function privilegeOf(node: DefinitionNode): string | undefined {
  if (node.type === 'db-query') return 'queries the organization database';
  if (node.type === 'trigger-workflow') return 'starts another workflow';
  if (node.type === 'send-webhook' && hasDynamicUrl(node)) return 'posts to a URL computed at run time';
  return undefined;
}

function hasDynamicUrl(node: DefinitionNode): boolean {
  const payload = node.value.payload;
  const url = isObject(payload) && Object.hasOwn(payload, 'url') ? payload.url : undefined;
  return url !== undefined && valueAt(url, '').kind !== 'literal';
}
