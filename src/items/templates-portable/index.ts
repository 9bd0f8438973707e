import type { ItemDefinition } from '../../core/rule.js';
import { connectorReference } from './connector-reference.js';
import { literalAddress } from './literal-address.js';
import { organizationId } from './organization-id.js';
import { secret } from './secret.js';
import { unusedProp } from './unused-prop.js';

/** Templates are portable: no organization ids, no secrets, no literal addresses, connectors by type, every prop used. */
export const templatesPortable: ItemDefinition = {
  id: 'templates-portable',
  title: 'Templates are portable',
  group: 'policy',
  concerns: ['template'],
  rules: [organizationId, secret, literalAddress, connectorReference, unusedProp],
};
