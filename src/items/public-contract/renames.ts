import type { RuleContext } from '../../core/rule.js';

/**
 * The id an action or trigger was renamed to, when the change set shows it: a file of the
 * removed object at base was renamed into an object of the same kind with another id at head.
 */
export function renamedTo(ctx: RuleContext, id: string): string | undefined {
  for (const file of ctx.changes.files) {
    if (file.previousPath === undefined) continue;
    const before = ctx.base?.index.objectOf(file.previousPath);
    const after = ctx.head.index.objectOf(file.path);
    if (!before || !after || before.id !== id || after.id === id) continue;
    if (before.kind === after.kind && (before.kind === 'action' || before.kind === 'trigger')) return after.id;
  }
  return undefined;
}
