import type { RuleContext } from '../../core/rule.js';
import type { Environment } from '../../readiness/formats.js';
import { checkedFile, type Checked, type Found } from '../../readiness/inputs.js';

/** An environment inventory the change touches (every one in `all` mode), as checked at head. */
export type CheckedInventory = Found<Environment>;

/**
 * The environment inventories whose API keys a change asks to check: the affected ones. A key's
 * rotation is a fact of the inventory, not of a workflow, so unrelated changes are not held by it;
 * an audit (`--all`) checks them all.
 */
export async function affectedInventories(ctx: RuleContext): Promise<CheckedInventory[]> {
  const out: CheckedInventory[] = [];
  for (const object of ctx.affected.objects('environment')) {
    for (const file of object.files) {
      const found = (await checkedFile(ctx.head, file, 'environment')) as Checked<Environment>;
      if (found.state !== 'missing') out.push(found);
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
