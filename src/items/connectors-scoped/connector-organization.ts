import { defineRule } from '../../core/rule.js';
import { entryOf, inventoryOf, organizationOf } from './inventory.js';
import { connectorUses, idLocation, isLiteralId, subjectOf } from './uses.js';

/**
 * The connector a node uses belongs to the organization of the workflow's environment: a
 * credential owned by another organization is outside the team's control and its audit trail.
 */
export const connectorOrganization = defineRule(
  {
    id: 'connectors-scoped/connector-organization',
    description: 'a connector a workflow uses belongs to the organization (`orgId`) of the workflow\'s environment',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const workflow of await connectorUses(ctx)) {
      const inventory = inventoryOf(workflow);
      if (inventory.state !== 'valid') continue;
      for (const use of workflow.uses) {
        const found = isLiteralId(use.id) ? entryOf(inventory, use.id) : undefined;
        if (!found) continue;
        const organization = organizationOf(inventory, found.entry);
        if (organization === inventory.env.orgId) continue;
        report({
          message: `${subjectOf(use)} uses connector \`${found.entry.id}\` of organization \`${organization}\`, not \`${inventory.env.orgId}\` of environment \`${inventory.name}\``,
          hint: `connect the provider in \`${inventory.env.orgId}\` and use that connector`,
          location: idLocation(use),
        });
      }
    }
  },
);
