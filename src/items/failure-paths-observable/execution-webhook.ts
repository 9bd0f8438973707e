import { locationIn } from '../../core/locate.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import type { Environment } from '../../readiness/formats.js';
import { isTurnedOff } from '../../readiness/shared-requirements.js';
import { failureShortfalls, type Shortfall } from './failure-webhooks.js';
import { FAILURE_SCOPE } from './manifest.js';
import { workflowRule, type CheckedWorkflow } from '../../readiness/checked-workflows.js';
import { invalidEnvironment } from '../../readiness/unverified.js';

/**
 * The environment of every workflow carries each failure event (`policy.failureEvents`) to someone
 * through an active execution webhook with retries. Findings sit in the environment file, once
 * however many workflows share it. A manifest naming an environment that has no inventory is
 * reported at its `environment`; an inventory that does not match its schema makes the workflows
 * that use it unverified.
 */
export const executionWebhook = workflowRule(
  {
    id: 'failure-paths-observable/execution-webhook',
    description: 'the environment has an active execution webhook with retries subscribed to the failure events',
    severity: 'error',
  },
  FAILURE_SCOPE,
  checkEnvironment,
);

function checkEnvironment(ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow): void {
  const { manifest, environment } = workflow.inputs;
  if (manifest.state !== 'valid' || !environment) return;
  if (environment.state === 'missing') {
    reporter.report({
      message: `environment \`${manifest.value.environment}\` of workflow \`${workflow.slug}\` has no inventory at \`${environment.expected}\``,
      hint: 'add the inventory with its execution webhooks, or fix `environment`',
      location: locationIn(manifest.doc, '/environment'),
    });
    return;
  }
  if (environment.state === 'invalid') {
    reporter.report(invalidEnvironment(environment.path));
    return;
  }
  for (const shortfall of environmentShortfalls(ctx, manifest.value.environment, environment.value)) {
    reporter.report({ message: shortfall.message, hint: shortfall.hint, location: locationIn(environment.doc, shortfall.pointer, shortfall.atKey) });
  }
}

/** The shortfalls of an environment's failure webhooks under the run's policy. */
export function environmentShortfalls(ctx: RuleContext, name: string, env: Environment): Shortfall[] {
  return failureShortfalls(name, env, { events: ctx.settings.policy.failureEvents, httpJudgedElsewhere: !isTurnedOff(ctx, 'webhooks-verified') });
}
