import { objectKey } from '../../core/repo-index.js';
import { locationIn } from '../../core/locate.js';
import { defineRule, type Reporter, type RuleContext } from '../../core/rule.js';
import { splitKey } from '../../core/affected.js';
import { usingDefinitions } from './definitions.js';
import { renamedTo } from './renames.js';
import { changedTypeVersions, isRemoved } from './type-versions.js';

/**
 * An action or trigger type that existed at base (repository or pinned catalog) and is gone at
 * head must not be used by any workflow or template at head: every such node is an error at its
 * `type`, naming the new id when the change set shows a rename.
 */
export const removedTypeReferenced = defineRule(
  {
    id: 'public-contract/removed-type-referenced',
    description: 'no workflow or template uses an action or trigger type that the change removes or renames',
    severity: 'error',
  },
  async (ctx, reporter) => {
    const removed = (await changedTypeVersions(ctx)).filter(isRemoved);
    const definitions = removed.length > 0 ? await usingDefinitions(ctx) : [];
    const referenced = new Set<string>();
    for (const { type, base } of removed) {
      const target = renamedTo(ctx, type);
      const what = base.kind === 'trigger' ? 'trigger' : 'action';
      for (const definition of definitions) {
        for (const node of definition.view.nodes.filter((n) => n.type === type)) {
          referenced.add(type);
          reporter.report({
            message: `node \`${node.id}\` uses ${what} \`${type}\`, which this change ${target ? `renames to \`${target}\`` : 'removes'}`,
            hint: target ? `change the node type to \`${target}\`, or keep \`${type}\` as an alias until no workflow uses it` : `replace the node, or keep \`${type}\` until no workflow or template uses it`,
            location: locationIn(definition.doc, `${node.pointer}/type`),
          });
        }
      }
    }
    reportRemovedRows(ctx, reporter, referenced);
  },
);

/** The contract cell of removed repository actions and triggers: failed while still used. */
function reportRemovedRows(ctx: RuleContext, reporter: Reporter, referenced: ReadonlySet<string>): void {
  for (const key of ctx.affected.removed) {
    const [kind, id] = splitKey(key);
    if ((kind !== 'action' && kind !== 'trigger') || ctx.head.index.objects.has(objectKey(kind, id))) continue;
    const contract = referenced.has(id) ? { status: 'fail' as const, note: 'still used' } : { status: 'ok' as const, note: 'unused' };
    reporter.objectRow?.({ type: id, kind, change: 'removed', contract });
  }
}
