import { locationIn } from '../../core/locate.js';
import type { RepoObject } from '../../core/repo-index.js';
import { defineObjectRule, type RuleContext } from '../../core/rule.js';
import { manifestOf } from '../../readiness/inputs.js';
import { changedInventories } from './environments.js';
import { isLiteralId, usesOf } from './uses.js';

/**
 * A connector of a changed inventory that no workflow of the environment uses is a notice: an
 * unused credential is one to revoke (b3os-platform.md §5, "revoke unused").
 */
export const unusedConnector = defineObjectRule(
  {
    id: 'connectors-scoped/unused-connector',
    description: 'a connector of a changed environment inventory is used by no workflow of that environment (notice)',
    severity: 'notice',
  },
  {
    kind: 'workflow',
    objects: workflowsOfChangedInventories,
    check: async (object, ctx) => {
      const manifest = await manifestOf(ctx, object.id);
      if (manifest.state !== 'valid') return;
      const ids = usedOf(ctx, manifest.value.environment);
      for (const use of await usesOf(object)) if (isLiteralId(use.id)) ids.add(use.id);
    },
    after: async (ctx, { report }) => {
      for (const inventory of await inventoriesToReport(ctx)) {
        const used = usedIds.get(ctx)?.get(inventory.name) ?? new Set<string>();
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
  },
);

/** Connector ids used per environment name, by the workflows the pass visited. */
const usedIds = new WeakMap<RuleContext, Map<string, Set<string>>>();

function usedOf(ctx: RuleContext, environment: string): Set<string> {
  let byName = usedIds.get(ctx);
  if (!byName) usedIds.set(ctx, (byName = new Map()));
  let ids = byName.get(environment);
  if (!ids) byName.set(environment, (ids = new Set()));
  return ids;
}

/**
 * The changed inventories this run reports on. Whether a connector is unused takes every workflow
 * of its environment, whichever shard checks them: of a check split in shards, the shard that owns
 * the inventory's file reads them all and reports, not every shard.
 */
async function inventoriesToReport(ctx: RuleContext) {
  return (await changedInventories(ctx)).filter((inventory) => ctx.affected.ownsFile(inventory.path));
}

/** Every workflow at head whose manifest names the environment of a changed inventory this run reports on. */
async function workflowsOfChangedInventories(ctx: RuleContext): Promise<RepoObject[]> {
  const names = new Set((await inventoriesToReport(ctx)).map((inventory) => inventory.name));
  const out: RepoObject[] = [];
  for (const workflow of ctx.head.index.ofKind('workflow')) {
    if (names.size === 0) break;
    const manifest = await manifestOf(ctx, workflow.id);
    if (manifest.state === 'valid' && names.has(manifest.value.environment)) out.push(workflow);
  }
  return out;
}
