import { entryOf, environmentsHolding, inventoryOf } from './inventory.js';
import { connectorRule, idLocation, isLiteralId, subjectOf } from './uses.js';

/**
 * The connector a node names is in the inventory of the workflow's environment (its manifest's
 * `environment`): an id of another environment (staging in a prod workflow) or an unlisted one
 * fails. A workflow whose manifest or environment cannot be read is unverified, once.
 */
export const connectorInventory = connectorRule(
  {
    id: 'connectors-scoped/connector-inventory',
    description: 'a connector id a workflow names is in the inventory of the environment its manifest names (not another environment\'s, not unlisted)',
    severity: 'error',
  },
  async (ctx, { report }, workflow) => {
    const named = workflow.uses.filter((use) => isLiteralId(use.id));
    if (named.length === 0) return;
    const inventory = inventoryOf(workflow);
    if (inventory.state === 'unknown') {
      report({ message: inventory.message, hint: inventory.hint, location: inventory.location, unverified: true });
      return;
    }
    for (const use of named) {
      const id = use.id as string;
      if (entryOf(inventory, id)) continue;
      const elsewhere = await environmentsHolding(ctx, id, inventory.path);
      const belongs = elsewhere.length ? `; it belongs to environment ${elsewhere.map((e) => `\`${e}\``).join(', ')}` : '';
      report({
        message: `${subjectOf(use)} uses connector \`${id}\`, which is not in the inventory of environment \`${inventory.name}\` (${inventory.path})${belongs}`,
        hint: elsewhere.length ? `use the ${use.needs} connector of \`${inventory.name}\`` : `add \`${id}\` to ${inventory.path} with its type, owner and scopes, or use a connector listed there`,
        location: idLocation(use),
      });
    }
  },
);
