import { isObject } from '../../b3os/definition.js';
import { locationIn, startOf } from '../../core/locate.js';
import type { Reporter } from '../../core/rule.js';
import type { FundsNode } from '../../funds/funds-nodes.js';
import type { Environment } from '../../readiness/formats.js';
import { fundsRule, inWorkflow, validManifest, type FundsWorkflow } from './funds-workflows.js';
import { shown } from './shown.js';

/**
 * Every funds node names its wallet: a literal `wal_…` connector id that is a wallet of the
 * workflow's environment. Without one B3OS uses the organization's default wallet
 * (b3os-platform.md §6.2), whichever that is on the day.
 */
export const explicitWallet = fundsRule(
  {
    id: 'wallet-actions-bounded/explicit-wallet',
    description: 'every funds node names a wallet of its environment, never the default wallet',
    severity: 'error',
  },
  (_ctx, reporter, wf) => {
    const wallets = wf.funds.map((node) => ({ node, id: walletIdOf(reporter, wf, node) }));
    const named = wallets.filter((w): w is { node: FundsNode; id: string } => w.id !== undefined);
    if (named.length === 0) return;
    const inventory = environmentOf(reporter, wf);
    if (!inventory) return;
    for (const { node, id } of named) {
      if (inventory.wallets?.some((w) => w.id === id)) continue;
      reporter.report({
        message: `node \`${node.node.id}\` uses wallet \`${id}\`, which is not in the inventory of environment \`${validManifest(wf)!.value.environment}\``,
        hint: 'use a wallet of the environment, or add this one to its `wallets` with its address and purpose',
        location: inWorkflow(wf, `${node.node.pointer}/connector/id`),
      });
    }
  },
);

/** The node's literal wallet id, or undefined after reporting why there is none. */
function walletIdOf(reporter: Reporter, wf: FundsWorkflow, node: FundsNode): string | undefined {
  const connector = node.node.value.connector;
  const id = isObject(connector) && connector.type === 'wallet' ? connector.id : undefined;
  if (typeof id === 'string' && /^wal_[A-Za-z0-9_-]{1,64}$/.test(id)) return id;
  const [why, at] = !isObject(connector)
    ? ["names no wallet connector, so B3OS signs with the organization's default wallet", node.node.pointer]
    : connector.type !== 'wallet'
      ? [`has a \`${String(connector.type)}\` connector, not a wallet, so B3OS signs with the organization's default wallet`, `${node.node.pointer}/connector/type`]
      : id === undefined
        ? ["has a wallet connector without an id, so B3OS signs with the organization's default wallet", `${node.node.pointer}/connector`]
        : [`takes its wallet from ${shown(id)}, which is not a wallet id known before the run`, `${node.node.pointer}/connector/id`];
  reporter.report({
    message: `node \`${node.node.id}\` ${why}`,
    hint: 'set `"connector": { "type": "wallet", "id": "wal_…" }` to the operational wallet this node must use',
    location: inWorkflow(wf, at, !isObject(connector)),
  });
  return undefined;
}

/** The environment of a workflow with a valid manifest; undefined (after saying why, when it is not the manifest's fault) otherwise. */
function environmentOf(reporter: Reporter, wf: FundsWorkflow): Environment | undefined {
  const manifest = validManifest(wf);
  const env = wf.inputs.environment;
  if (!manifest || !env) return undefined;
  if (env.state === 'valid') return env.value;
  if (env.state === 'invalid') {
    reporter.report({
      message: `the wallets of workflow \`${wf.slug}\` cannot be checked: environment \`${env.path}\` does not validate`,
      hint: 'fix the environment inventory (see the definition-validates/environment-shape findings)',
      location: startOf(env.path),
      unverified: true,
    });
  } else {
    reporter.report({
      message: `environment \`${manifest.value.environment}\` has no inventory at \`${env.expected}\`, so the wallets of workflow \`${wf.slug}\` cannot be checked`,
      hint: `add \`${env.expected}\` listing the environment's wallets, or fix \`environment\``,
      location: locationIn(manifest.doc, '/environment'),
    });
  }
  return undefined;
}
