import { locationIn } from '../../core/locate.js';
import { defineObjectRule, type Reporter, type RuleContext } from '../../core/rule.js';
import { minimalScopesOf } from './default-scopes.js';
import { gatherUses, inventoriesInScope, type GatheredUses, type InventoryInScope } from './environments.js';
import { connectorObjects, connectorsOf } from './uses.js';

/**
 * A connector holds no provider scope beyond the minimal scopes of its type: the environment's
 * `connectorScopes`, else the defaults of `default-scopes.ts`. A connector that lists scopes for a
 * type whose minimum is known nowhere is unverified: the gate cannot tell what is too much.
 */
export const connectorScopes = defineObjectRule(
  {
    id: 'connectors-scoped/connector-scopes',
    description: 'a connector holds a provider scope beyond the minimal scopes of its type (`connectorScopes` of the environment, else the defaults)',
    severity: 'error',
  },
  {
    kind: 'workflow',
    objects: connectorObjects,
    check: async (object, ctx) => {
      const workflow = await connectorsOf(object);
      if (workflow) gatherUses(gatheredOf(ctx), workflow);
    },
    after: async (ctx, reporter) => {
      for (const inventory of await inventoriesInScope(ctx, gathered.get(ctx) ?? new Map())) checkInventory(inventory, reporter);
    },
  },
);

const gathered = new WeakMap<RuleContext, GatheredUses>();

function gatheredOf(ctx: RuleContext): GatheredUses {
  let found = gathered.get(ctx);
  if (!found) gathered.set(ctx, (found = new Map()));
  return found;
}

function checkInventory(inventory: InventoryInScope, { report }: Reporter): void {
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
