import type { ItemDefinition } from '../../core/rule.js';
import { connectorId } from './connector-id.js';
import { connectorInventory } from './connector-inventory.js';
import { connectorOrganization } from './connector-organization.js';
import { connectorScopes } from './connector-scopes.js';
import { connectorType } from './connector-type.js';
import { unusedConnector } from './unused-connector.js';

/** Required: every connector a workflow uses is named, inventoried in its organization with an owner, and minimally scoped. */
export const connectorsScoped: ItemDefinition = {
  id: 'connectors-scoped',
  title: 'Connectors are scoped',
  group: 'required',
  concerns: ['workflow', 'manifest', 'environment'],
  rules: [connectorId, connectorInventory, connectorOrganization, connectorType, connectorScopes, unusedConnector],
};
