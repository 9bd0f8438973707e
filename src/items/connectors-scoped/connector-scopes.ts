import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { minimalScopesOf } from './default-scopes.js';
import { inventoriesInScope } from './environments.js';

/**
 * A connector holds no provider scope beyond the minimal scopes of its type: the environment's
 * `connectorScopes`, else the defaults of `default-scopes.ts`. A connector that lists scopes for a
 * type whose minimum is known nowhere is unverified: the gate cannot tell what is too much.
 */
export const connectorScopes = defineRule(
  {
    id: 'connectors-scoped/connector-scopes',
    description: 'a connector holds a provider scope beyond the minimal scopes of its type (`connectorScopes` of the environment, else the defaults)',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const inventory of await inventoriesInScope(ctx)) {
      (inventory.env.connectors ?? []).forEach((connector, i) => {
        if (!inventory.changed && !inventory.used.has(connector.id)) return;
        if (connector.scopes.length === 0) return;
        const minimal = minimalScopesOf(connector.type, inventory.env.connectorScopes);
        if (!minimal) {
          report({
            message: `connector \`${connector.id}\` lists scopes, but no minimal scopes are known for the connector type \`${connector.type}\``,
            hint: `declare them in this environment: connectorScopes: { ${connector.type}: [ … ] }`,
            location: locationIn(inventory.doc, `/connectors/${i}/scopes`),
            unverified: true,
          });
          return;
        }
        connector.scopes.forEach((scope, j) => {
          if (minimal.scopes.includes(scope)) return;
          const allowed = minimal.scopes.length ? minimal.scopes.map((s) => `\`${s}\``).join(', ') : 'none';
          report({
            message: `connector \`${connector.id}\` holds scope \`${scope}\`, beyond the minimal scopes of a \`${connector.type}\` connector (${allowed})`,
            hint: `reconnect it with only the scopes its actions need (minimal scopes from ${minimal.source}), then update \`scopes\``,
            location: locationIn(inventory.doc, `/connectors/${i}/scopes/${j}`),
          });
        });
      });
    }
  },
);
