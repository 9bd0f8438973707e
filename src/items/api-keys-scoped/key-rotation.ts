import { dayNumber } from '../../core/days.js';
import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { affectedInventories } from './inventories.js';

/**
 * Every inventoried API key was rotated within the policy (`policy.keyRotationDays`, 90 days by
 * default), on a day that exists and is not in the future.
 */
export const keyRotation = defineRule(
  {
    id: 'api-keys-scoped/key-rotation',
    description: 'an inventoried API key was last rotated more than `policy.keyRotationDays` days ago (90 by default), or its `rotatedAt` is in the future or not a real day',
    severity: 'error',
  },
  async (ctx, { report }) => {
    const maxDays = ctx.settings.policy.keyRotationDays;
    const today = dayNumber(ctx.today)!;
    for (const inventory of await affectedInventories(ctx)) {
      if (inventory.state !== 'valid') continue;
      (inventory.value.apiKeys ?? []).forEach((key, i) => {
        const location = () => locationIn(inventory.doc, `/apiKeys/${i}/rotatedAt`);
        const rotated = dayNumber(key.rotatedAt);
        if (rotated === undefined) {
          report({ message: `key \`${key.name}\` has \`rotatedAt: ${key.rotatedAt}\`, which is not a real day`, hint: 'write the day of the last rotation as YYYY-MM-DD', location: location() });
        } else if (rotated > today) {
          report({ message: `key \`${key.name}\` was rotated on ${key.rotatedAt}, which is in the future (today is ${ctx.today})`, hint: 'write the day the key was actually last rotated', location: location() });
        } else if (today - rotated > maxDays) {
          report({
            message: `key \`${key.name}\` was last rotated on ${key.rotatedAt}, ${today - rotated} days ago; the policy allows ${maxDays}`,
            hint: 'rotate the key (create a new one, move the service to it, revoke the old one), then update `rotatedAt`',
            location: location(),
          });
        }
      });
    }
  },
);
