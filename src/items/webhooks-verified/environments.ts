/**
 * The environment inventories whose execution webhooks webhooks-verified checks: those the change
 * touches, and those named by the manifests of the workflows it checks. Each once, by path.
 */
import type { RuleContext } from '../../core/rule.js';
import type { Environment } from '../../readiness/formats.js';
import { checkedFile, workflowInputs, type Checked, type Found } from '../../readiness/inputs.js';
import { concernedWorkflows } from '../../readiness/checked-workflows.js';

/** What a workflow's webhooks depend on: its definition, its manifest (`webhook`) and its environment. */
export const WEBHOOK_SCOPE = ['workflow', 'manifest', 'environment'] as const;

/** An environment inventory that exists at head, valid or not. */
export type FoundEnvironment = Found<Environment>;

/** The inventories in scope, sorted by path. */
export async function environmentsInScope(ctx: RuleContext): Promise<FoundEnvironment[]> {
  const byPath = new Map<string, FoundEnvironment>();
  const add = (found: Checked<Environment> | undefined) => found && found.state !== 'missing' && byPath.set(found.path, found);
  for (const object of ctx.affected.objects('environment')) {
    for (const file of object.files) add((await checkedFile(ctx.head, file, 'environment')) as Checked<Environment>);
  }
  for (const workflow of await concernedWorkflows(ctx, WEBHOOK_SCOPE)) add((await workflowInputs(ctx, workflow.id)).environment);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
