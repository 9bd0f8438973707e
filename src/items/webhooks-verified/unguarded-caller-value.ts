import { locationIn } from '../../core/locate.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import { segmentsOf } from '../../parse/document.js';
import { workflowRule, type CheckedWorkflow } from '../../readiness/checked-workflows.js';
import { unguardedCallerFlows, type CallerFlow } from './caller-flows.js';
import { WEBHOOK_SCOPE } from './environments.js';
import { unreadableWorkflow } from '../../readiness/unverified.js';

/**
 * In a workflow started through its webhook URL, no value the caller chooses (`$trigger.body…`,
 * `$trigger.headers…`) reaches a node that can move funds, a database query, a workflow start or
 * a webhook to a computed URL, directly or through a code-transform, unless an upstream `if`
 * restricts it (`$eq`, `$in`, a numeric bound, `$startsWith` a fixed https origin). A workflow
 * file that cannot be read as a definition is unverified here.
 */
export const unguardedCallerValue = workflowRule(
  {
    id: 'webhooks-verified/unguarded-caller-value',
    description: 'webhook data reaches a privileged node only through an upstream if guard',
    severity: 'error',
  },
  WEBHOOK_SCOPE,
  checkFlows,
);

function checkFlows(ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow): void {
  const { graph } = workflow;
  if (!graph) {
    reporter.report(unreadableWorkflow(workflow, 'the use of its webhook data'));
    return;
  }
  for (const flow of unguardedCallerFlows(ctx.catalog, graph)) {
    reporter.report({
      message: messageOf(flow),
      hint: `restrict \`{{${flow.source}}}\` in an \`if\` node above \`${flow.read.node.id}\` (\`$eq\` or \`$in\` the values you accept, a numeric bound, or \`$startsWith\` a fixed \`https://host/\` for a URL; \`$exists\`, \`$ne\` or \`$contains\` let any value through), or keep webhook data out of it`,
      location: locationIn(graph.doc, flow.read.pointer, flow.read.isKey),
    });
  }
}

function messageOf(flow: CallerFlow): string {
  const field = [flow.read.node.id, ...(segmentsOf(flow.read.pointer.slice(flow.read.node.pointer.length)) ?? [])].join('.');
  const via = flow.via ? ` through code-transform \`${flow.via}\`` : '';
  return `webhook value \`${flow.source}\` reaches \`${field}\`${via} with no upstream \`if\` restricting it, and node \`${flow.read.node.id}\` ${flow.why}`;
}
