/**
 * Nodes that tell someone, and the failure branches of a workflow. B3OS has no error branch: a
 * failed node ends the run and only an execution webhook hears of it. What a workflow can do
 * itself is notify on the branches where its work does not happen: `else` under an `if`,
 * `timed_out` under a `wait`.
 */
import type { DefinitionNode } from '../../b3os/definition.js';
import type { Catalog } from '../../catalog/types.js';
import type { DefinitionGraph } from '../../b3os/definition-graph.js';

const FAILURE_BRANCHES = new Set(['else', 'timed_out']);
// Messages, mail, pages and webhooks reach people; `log` only reaches the run's own record.
const NOTIFYING_TYPE = /^send-webhook$|(?:^|-)(?:message|email|mail|sms|notification|notify|alert|page|pagerduty|opsgenie)(?:-|$)/;
const READING_TYPE = /(?:^|-)(?:get|list|fetch|read|search)(?:-|$)/;

/** True when a node of this type sends a message, a mail, a page or a webhook to someone. */
export function notifies(catalog: Catalog, node: DefinitionNode): boolean {
  const type = node.type;
  if (type === undefined || catalog.lookup(type)?.kind === 'trigger') return false;
  return NOTIFYING_TYPE.test(type) && !READING_TYPE.test(type);
}

/** The first node (in definition order) on a failure branch, or below one, that notifies someone. */
export function failureNotifier(catalog: Catalog, def: DefinitionGraph): DefinitionNode | undefined {
  const onFailureBranch = new Set<string>();
  const queue = def.view.nodes.filter((n) => FAILURE_BRANCHES.has(String(n.value.branch)) && def.graph.ids.has(n.id)).map((n) => n.id);
  for (const id of queue) onFailureBranch.add(id);
  for (let i = 0; i < queue.length; i++) {
    for (const edge of def.graph.children(queue[i])) {
      if (onFailureBranch.has(edge.to)) continue;
      onFailureBranch.add(edge.to);
      queue.push(edge.to);
    }
  }
  return def.view.nodes.find((n) => onFailureBranch.has(n.id) && notifies(catalog, n));
}
