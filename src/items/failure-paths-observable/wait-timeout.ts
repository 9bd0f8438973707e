import { locationIn } from '../../core/locate.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import { FAILURE_SCOPE } from './manifest.js';
import { workflowRule, type CheckedWorkflow } from '../../readiness/checked-workflows.js';
import { unreadableWorkflow } from '../../readiness/unverified.js';

/**
 * Every `wait` node has a child on its `timed_out` branch (b3os-platform.md §2.5): a wait that
 * times out without one ends the run as if all were well, and nobody hears of it. A workflow file
 * that cannot be read as a definition (reported by definition-validates) is unverified here.
 */
export const waitTimeout = workflowRule(
  {
    id: 'failure-paths-observable/wait-timeout',
    description: 'every wait node handles its timed_out branch',
    severity: 'error',
  },
  FAILURE_SCOPE,
  checkWaits,
);

function checkWaits(_ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow): void {
  const { graph } = workflow;
  if (!graph) {
    reporter.report(unreadableWorkflow(workflow, 'its wait nodes'));
    return;
  }
  for (const node of graph.view.nodes) {
    if (node.type !== 'wait') continue;
    const handled = graph.graph.children(node.id).some((edge) => edge.kind === 'children' && graph.node(edge.to).value.branch === 'timed_out');
    if (handled) continue;
    reporter.report({
      message: `wait node \`${node.id}\` has no \`timed_out\` branch, so a wait that times out ends the run without telling anyone`,
      hint: 'add a child with `"branch": "timed_out"` that notifies the on-call or undoes what the run started',
      location: Object.hasOwn(node.value, 'children') ? locationIn(graph.doc, `${node.pointer}/children`) : locationIn(graph.doc, node.pointer, true),
    });
  }
}
