import { defineRule } from '../../core/rule.js';
import { walletWorkflows } from './wallet-use.js';

/**
 * A workflow that runs on its own (any trigger but `manual`) signs only with wallets the
 * environment marks `operational`: a person's wallet in an automated workflow mixes personal
 * and organization funds and keys.
 */
export const operationalWallet = defineRule(
  {
    id: 'wallets-dedicated/operational-wallet',
    description: 'an automated workflow uses only wallets its environment marks operational',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const { wf, uses, automaticTrigger, environment } of await walletWorkflows(ctx)) {
      if (!automaticTrigger || !environment) continue;
      for (const use of uses) {
        const wallet = environment.wallets?.find((w) => w.id === use.id);
        if (wallet?.purpose !== 'human') continue;
        report({
          message: `workflow \`${wf.slug}\` runs on its own (trigger \`${automaticTrigger}\`) but ${use.by} uses \`${use.id}\`, a human wallet`,
          hint: 'use an operational wallet of the organization; keep human wallets for people',
          location: use.location,
        });
      }
    }
  },
);
