import { listedUses, organizationOf } from './inventory.js';
import { connectorRule, idLocation, subjectOf } from './uses.js';

/**
 * The connector a node uses belongs to the organization of the workflow's environment: a
 * credential owned by another organization is outside the team's control and its audit trail.
 */
export const connectorOrganization = connectorRule(
  {
    id: 'connectors-scoped/connector-organization',
    description: 'a connector a workflow uses belongs to the organization (`orgId`) of the workflow\'s environment',
    severity: 'error',
  },
  (_ctx, { report }, workflow) => {
    for (const { use, inventory, entry } of listedUses(workflow)) {
      const organization = organizationOf(inventory, entry);
      if (organization === inventory.env.orgId) continue;
      report({
        message: `${subjectOf(use)} uses connector \`${entry.id}\` of organization \`${organization}\`, not \`${inventory.env.orgId}\` of environment \`${inventory.name}\``,
        hint: `connect the provider in \`${inventory.env.orgId}\` and use that connector`,
        location: idLocation(use),
      });
    }
  },
);
