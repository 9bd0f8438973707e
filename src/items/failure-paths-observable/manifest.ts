import { locationIn, startOf } from '../../core/locate.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import { checkOwnerAndRunbook } from '../../readiness/runbook.js';
import { isTurnedOff } from '../../readiness/shared-requirements.js';
import { workflowRule, type CheckedWorkflow } from '../../readiness/checked-workflows.js';
import { invalidManifest } from '../../readiness/unverified.js';

/** What makes a workflow's failure paths worth checking again: its files, its manifest, its runbook, its environment. */
export const FAILURE_SCOPE = ['workflow', 'manifest', 'runbook', 'environment'] as const;

/**
 * Every workflow has a readiness manifest that names who is on call. A workflow without one gets a
 * single finding whose hint is a skeleton manifest; a manifest that does not match its schema
 * (reported by `definition-validates/manifest-shape`) makes the workflow unverified. Owner and
 * runbook are `public-contract/runbook`'s, reported here only when that item is turned off.
 */
export const manifest = workflowRule(
  {
    id: 'failure-paths-observable/manifest',
    description: 'every workflow has a readiness manifest naming its on-call',
    severity: 'error',
  },
  FAILURE_SCOPE,
  checkManifest,
);

async function checkManifest(ctx: RuleContext, reporter: Reporter, workflow: CheckedWorkflow): Promise<void> {
  const found = workflow.inputs.manifest;
  if (found.state === 'missing') {
    reporter.report({
      message: `workflow \`${workflow.slug}\` has no readiness manifest at \`${found.expected}\``,
      hint: `add \`${found.expected}\`, e.g. \`${skeletonManifest(ctx)}\`, then write the runbook`,
      location: startOf(workflow.file),
    });
    return;
  }
  if (found.state === 'invalid') {
    reporter.report(invalidManifest(found.path, `the failure paths of workflow \`${workflow.slug}\``));
    return;
  }
  if (found.value.onCall === undefined) {
    reporter.report({
      message: `manifest of workflow \`${workflow.slug}\` names no on-call`,
      hint: 'set `onCall` to the GitHub team or user paged when the workflow fails, e.g. "@acme/treasury-oncall"',
      location: locationIn(found.doc, ''),
    });
  }
  if (isTurnedOff(ctx, 'public-contract')) await checkOwnerAndRunbook(ctx, reporter, workflow.slug, found.doc);
}

/**
 * A manifest to start from, as one line of YAML (hints are one line): the only environment of the
 * repository when there is exactly one, placeholders that fail the schema until they are filled in.
 */
export function skeletonManifest(ctx: RuleContext): string {
  const environments = ctx.head.index.ofKind('environment');
  const environment = environments.length === 1 ? environments[0].id : '<env>';
  return `{environment: ${environment}, owner: "@<org>/<team>", onCall: "@<org>/<on-call team>", runbook: RUNBOOK.md}`;
}
