import { listedUses } from './inventory.js';
import { connectorRule, idLocation, subjectOf } from './uses.js';

/** The inventory's type of the connector a node uses is the type the node's action needs. */
export const connectorType = connectorRule(
  {
    id: 'connectors-scoped/connector-type',
    description: 'the connector a node uses is listed in the inventory with the type the node\'s action or trigger needs',
    severity: 'error',
  },
  (_ctx, { report }, workflow) => {
    for (const { use, inventory, entry } of listedUses(workflow)) {
      if (entry.type === use.needs) continue;
      report({
        message: `${subjectOf(use)} needs a \`${use.needs}\` connector, but \`${entry.id}\` is a \`${entry.type}\` connector in ${inventory.path}`,
        hint: `use a ${use.needs} connector of \`${inventory.name}\`, or correct the connector's \`type\` in ${inventory.path}`,
        location: idLocation(use),
      });
    }
  },
);
