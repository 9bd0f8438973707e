import { objectKey, type RepoObject } from '../../core/repo-index.js';
import type { RuleContext } from '../../core/rule.js';

/**
 * The workflows whose manifest and runbook are checked: all of them without a base (`--all`),
 * else those whose workflow file, manifest or runbook the change touches (a runbook at any path a
 * manifest names counts: `computeAffected` marks its manifest). A workflow reached only
 * through a changed action schema (blast radius) is not being launched, so it is left out. One
 * shard of several checks the workflows it owns.
 */
export function workflowsInScope(ctx: RuleContext): RepoObject[] {
  const workflows = ctx.head.index.ofKind('workflow').filter((w) => ctx.affected.owns('workflow', w.id));
  if (!ctx.base) return [...workflows];
  const blastRadius = new Set(ctx.affected.blastRadius);
  return workflows.filter((w) => {
    const touched = (kind: 'workflow' | 'manifest' | 'runbook') => ctx.affected.keys.has(objectKey(kind, w.id)) && !blastRadius.has(objectKey(kind, w.id));
    return touched('workflow') || touched('manifest') || touched('runbook');
  });
}
