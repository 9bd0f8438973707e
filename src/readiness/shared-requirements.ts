/**
 * Requirements two items share are reported once, by the item that owns them; the other item
 * reports them itself only when the owner is turned off, so turning one item off never drops a
 * check the other still requires.
 *
 * | requirement                                 | owner                                   | also reported by, when the owner is off     |
 * |---------------------------------------------|-----------------------------------------|---------------------------------------------|
 * | a workflow has a readiness manifest         | `failure-paths-observable/manifest`     | `public-contract/runbook`                   |
 * | the manifest names an owner and a runbook   | `public-contract/runbook`               | `failure-paths-observable/manifest`         |
 * | an execution webhook URL is https           | `webhooks-verified/webhook-url`         | `failure-paths-observable/execution-webhook` |
 */
import type { RuleContext } from '../core/rule.js';
import type { ItemId } from '../core/types.js';

/** True when the configuration turns `item` off: its share of a shared requirement falls to the other item. */
export function isTurnedOff(ctx: RuleContext, item: ItemId): boolean {
  return ctx.settings.items[item] === 'off';
}
