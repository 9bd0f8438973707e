import { locationIn, startOf } from '../../core/locate.js';
import { defineObjectRule, type Reporter } from '../../core/rule.js';
import { unreadableWorkflow } from '../../readiness/unverified.js';
import { readinessWorkflowOf } from '../../readiness/workflows.js';
import { walletObjects, walletWorkflowOf, type WalletWorkflow } from './wallet-use.js';

/**
 * Every wallet a workflow names is in the inventory of its environment, where its address and
 * purpose are recorded; a wallet nobody inventoried has no purpose anyone can check. The wallets
 * of a workflow whose definition cannot be read cannot be checked.
 */
export const walletInventoried = defineObjectRule(
  {
    id: 'wallets-dedicated/wallet-inventoried',
    description: 'every wallet a workflow uses is listed in its environment inventory',
    severity: 'error',
  },
  {
    kind: 'workflow',
    objects: walletObjects,
    check: async (object, _ctx, reporter) => {
      const read = await readinessWorkflowOf(object);
      if (read && !read.graph) reporter.report(unreadableWorkflow(read, 'its wallets'));
      const workflow = await walletWorkflowOf(object);
      if (workflow && inventoryReadable(reporter, workflow)) checkUses(reporter, workflow);
    },
  },
);

function checkUses(reporter: Reporter, workflow: WalletWorkflow): void {
  for (const use of workflow.uses) {
    if (workflow.environment!.wallets?.some((w) => w.id === use.id)) continue;
    reporter.report({
      message: `${use.by} of workflow \`${workflow.wf.slug}\` uses wallet \`${use.id}\`, which the inventory of its environment does not list`,
      hint: 'add the wallet to the environment\'s `wallets` with its address and purpose (operational or human)',
      location: use.location,
    });
  }
}

/** True when the environment inventory can be read; otherwise says why, once per workflow. */
function inventoryReadable(reporter: Reporter, { wf, uses }: WalletWorkflow): boolean {
  const manifest = wf.inputs.manifest;
  const env = wf.inputs.environment;
  if (manifest.state === 'valid' && env?.state === 'valid') return true;
  const [first] = uses;
  if (manifest.state === 'missing') {
    reporter.report({ message: `workflow \`${wf.slug}\` uses wallet \`${first.id}\` but has no manifest at \`${manifest.expected}\` naming its environment`, hint: 'add the manifest with `environment`', location: first.location });
  } else if (manifest.state === 'invalid' || env?.state === 'invalid') {
    const path = manifest.state === 'invalid' ? manifest.path : env!.state === 'invalid' ? env!.path : '';
    reporter.report({ message: `the wallets of workflow \`${wf.slug}\` cannot be checked: \`${path}\` does not validate`, hint: 'fix the file (see the definition-validates shape findings)', location: startOf(path), unverified: true });
  } else if (env?.state === 'missing') {
    reporter.report({
      message: `environment \`${manifest.value.environment}\` of workflow \`${wf.slug}\` has no inventory at \`${env.expected}\``,
      hint: `add \`${env.expected}\` with the environment's wallets`,
      location: locationIn(manifest.doc, '/environment'),
    });
  }
  return false;
}
