import { locationIn } from '../../core/locate.js';
import { fundsRule, validManifest } from './funds-workflows.js';

/**
 * Fund auto-swap sells tokens from source wallets to top up a node's balance: an implicit
 * movement of funds (b3os-platform.md §6.4). When it is on, each swap has a USD cap (0 means no
 * limit) and every source names a wallet of the environment.
 */
export const autoSwap = fundsRule(
  {
    id: 'wallet-actions-bounded/auto-swap',
    description: 'fund auto-swap, when enabled, has a USD cap per swap and sources in wallets of the environment',
    severity: 'error',
  },
  (_ctx, { report }, wf) => {
    const manifest = validManifest(wf);
    const config = manifest?.value.fundAutoSwap;
    if (!manifest || config?.enabled !== true) return;
    if (!config.maxSwapAmountUsd) {
      report({
        message: `fund auto-swap of workflow \`${wf.slug}\` has no cap per swap (\`maxSwapAmountUsd\` ${config.maxSwapAmountUsd === 0 ? 'is 0, no limit' : 'is not set'})`,
        hint: 'set `maxSwapAmountUsd` to the largest USD value one top-up may sell (the organization default is 3)',
        location: locationIn(manifest.doc, config.maxSwapAmountUsd === undefined ? '/fundAutoSwap' : '/fundAutoSwap/maxSwapAmountUsd'),
      });
    }
    const env = wf.inputs.environment?.state === 'valid' ? wf.inputs.environment.value : undefined;
    (config.sources ?? []).forEach((source, i) => {
      if (source.walletId !== undefined && (!env || env.wallets?.some((w) => w.id === source.walletId))) return;
      report({
        message: source.walletId === undefined ? `auto-swap source ${i + 1} of workflow \`${wf.slug}\` names no wallet` : `auto-swap source wallet \`${source.walletId}\` is not in the inventory of environment \`${manifest.value.environment}\``,
        hint: 'name an operational wallet of the environment in `walletId`',
        location: locationIn(manifest.doc, `/fundAutoSwap/sources/${i}${source.walletId === undefined ? '' : '/walletId'}`),
      });
    });
  },
);
