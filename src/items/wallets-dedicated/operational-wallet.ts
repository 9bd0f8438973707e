import { defineObjectRule } from '../../core/rule.js';
import { walletObjects, walletWorkflowOf } from './wallet-use.js';

/**
 * A workflow that runs on its own (any trigger but `manual`) signs only with wallets the
 * environment marks `operational`: a person's wallet in an automated workflow mixes personal
 * and organization funds and keys.
 */
export const operationalWallet = defineObjectRule(
  {
    id: 'wallets-dedicated/operational-wallet',
    description: 'an automated workflow uses only wallets its environment marks operational',
    severity: 'error',
  },
  {
    kind: 'workflow',
    objects: walletObjects,
    check: async (workflow, _ctx, { report }) => {
      const found = await walletWorkflowOf(workflow);
      if (!found?.automaticTrigger || !found.environment) return;
      const { wf, uses, automaticTrigger, environment } = found;
      for (const use of uses) {
        const wallet = environment.wallets?.find((w) => w.id === use.id);
        if (wallet?.purpose !== 'human') continue;
        report({
          message: `workflow \`${wf.slug}\` runs on its own (trigger \`${automaticTrigger}\`) but ${use.by} uses \`${use.id}\`, a human wallet`,
          hint: 'use an operational wallet of the organization; keep human wallets for people',
          location: use.location,
        });
      }
    },
  },
);
