import { locationIn } from '../../core/locate.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import { fundsNodesOf } from '../../funds/funds-nodes.js';
import { environmentShortfalls } from './execution-webhook.js';
import { FAILURE_SCOPE } from './manifest.js';
import { failureNotifier } from './notifiers.js';
import { workflowRule, type CheckedWorkflow } from '../../readiness/checked-workflows.js';

/**
 * A workflow that can move funds has a way for its failures to reach someone: its environment's
 * failure webhook (as `execution-webhook` requires), or else a node on a failure branch (`else`,
 * `timed_out`) that notifies someone. Workflows whose manifest or environment cannot be read are
 * left to `manifest` and `execution-webhook`, which report them.
 */
export const fundsNotification = workflowRule(
  {
    id: 'failure-paths-observable/funds-notification',
    description: 'a workflow that can move funds has a failure notification path',
    severity: 'error',
  },
  FAILURE_SCOPE,
  checkFundsWorkflow,
);

function checkFundsWorkflow(ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow): void {
  const { graph } = workflow;
  const { manifest, environment } = workflow.inputs;
  if (!graph || manifest.state !== 'valid' || environment?.state === 'invalid') return;
  const [first] = fundsNodesOf(ctx.catalog, graph.view);
  if (!first) return;
  if (environment?.state === 'valid' && environmentShortfalls(ctx, manifest.value.environment, environment.value).length === 0) return;
  if (failureNotifier(ctx.catalog, graph)) return;
  reporter.report({
    message: `workflow \`${workflow.slug}\` can move funds (node \`${first.node.id}\`) but its failures reach no one: no execution webhook carries them and no node on a failure branch notifies anyone`,
    hint: `subscribe an active execution webhook with retries to the failure events in environment \`${manifest.value.environment}\`, or add a notifying node (e.g. slack-send-message) on an \`else\` or \`timed_out\` branch`,
    location: locationIn(graph.doc, first.node.pointer, true),
  });
}
