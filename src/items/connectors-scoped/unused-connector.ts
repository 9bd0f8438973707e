import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { idsUsedInEnvironment, inventoriesInScope } from './environments.js';

/**
 * A connector of a changed inventory that no workflow of the environment uses is a notice: an
 * unused credential is one to revoke (b3os-platform.md §5, "revoke unused").
 */
export const unusedConnector = defineRule(
  {
    id: 'connectors-scoped/unused-connector',
    description: 'a connector of a changed environment inventory is used by no workflow of that environment (notice)',
    severity: 'notice',
  },
  async (ctx, { report }) => {
    for (const inventory of await inventoriesInScope(ctx)) {
      if (!inventory.changed) continue;
      const used = await idsUsedInEnvironment(ctx, inventory.name);
      (inventory.env.connectors ?? []).forEach((connector, i) => {
        if (used.has(connector.id)) return;
        report({
          message: `connector \`${connector.id}\` is used by no workflow of environment \`${inventory.name}\``,
          hint: 'revoke the connector in B3OS and remove it from the inventory, or reference it from the workflow that needs it',
          location: locationIn(inventory.doc, `/connectors/${i}/id`),
        });
      });
    }
  },
);
