import { defineRule } from '../../core/rule.js';
import { entryOf, inventoryOf } from './inventory.js';
import { connectorUses, idLocation, isLiteralId, subjectOf } from './uses.js';

/** The inventory's type of the connector a node uses is the type the node's action needs. */
export const connectorType = defineRule(
  {
    id: 'connectors-scoped/connector-type',
    description: 'the connector a node uses is listed in the inventory with the type the node\'s action or trigger needs',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const workflow of await connectorUses(ctx)) {
      const inventory = inventoryOf(workflow);
      if (inventory.state !== 'valid') continue;
      for (const use of workflow.uses) {
        const found = isLiteralId(use.id) ? entryOf(inventory, use.id) : undefined;
        if (!found || found.entry.type === use.needs) continue;
        report({
          message: `${subjectOf(use)} needs a \`${use.needs}\` connector, but \`${found.entry.id}\` is a \`${found.entry.type}\` connector in ${inventory.path}`,
          hint: `use a ${use.needs} connector of \`${inventory.name}\`, or correct the connector's \`type\` in ${inventory.path}`,
          location: idLocation(use),
        });
      }
    }
  },
);
