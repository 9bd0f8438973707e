import { locationIn, startOf } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import type { InventoryApiKey } from '../../readiness/formats.js';
import { affectedInventories } from './inventories.js';

/**
 * The API key inventory of a changed environment can be read, and holds one key per service: a
 * key shared by two services cannot be rotated or revoked for one of them alone, and a second
 * entry for a service hides which key it really uses.
 */
export const keyInventory = defineRule(
  {
    id: 'api-keys-scoped/key-inventory',
    description: 'an environment\'s `apiKeys` inventory can be read and lists one key per service: no key shared by two services, no service listed twice',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const inventory of await affectedInventories(ctx)) {
      if (inventory.state === 'invalid') {
        report({
          message: 'the API key inventory cannot be checked: this environment file does not parse or match its schema',
          hint: 'fix the problems definition-validates/environment-shape reports in this file',
          location: startOf(inventory.path),
          unverified: true,
        });
        continue;
      }
      const keys = inventory.value.apiKeys ?? [];
      keys.forEach((key, i) => {
        const sameService = keys.findIndex((other) => other.service === key.service);
        const sameName = keys.findIndex((other) => other.name === key.name && other.service !== key.service);
        if (sameService < i) report({ ...duplicateService(key, keys[sameService]), location: locationIn(inventory.doc, `/apiKeys/${i}/service`) });
        else if (sameName >= 0 && sameName < i) report({ ...sharedKey(key, keys[sameName]), location: locationIn(inventory.doc, `/apiKeys/${i}/name`) });
      });
    }
  },
);

function duplicateService(key: InventoryApiKey, first: InventoryApiKey) {
  return {
    message: `service \`${key.service}\` is listed twice: key \`${key.name}\` and key \`${first.name}\``,
    hint: 'keep one entry per service: revoke the key the service no longer uses and remove its entry',
  };
}

function sharedKey(key: InventoryApiKey, first: InventoryApiKey) {
  return {
    message: `key \`${key.name}\` is shared by services \`${first.service}\` and \`${key.service}\``,
    hint: 'create one key per service (B3OS: a service account with its own key), so each can be rotated and revoked alone',
  };
}
