import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, fundsRepo, manifestFor } from './fixtures.js';

const RULE = 'wallet-actions-bounded/auto-swap';
const autoSwap = (yaml: string, files: Record<string, string | null> = {}) => fundsRepo({ files: { [MANIFEST]: `${manifestFor()}fundAutoSwap:\n${yaml}`, ...files } });
const OUTSIDE = '  enabled: true\n  maxSwapAmountUsd: 3\n  sources:\n    - walletId: wal_personal\n';
const SOURCE = '  sources:\n    - walletId: wal_ops\n      chainId: 8453\n      tokenAddress: native\n';

describe(RULE, () => {
  it('needs a USD cap and inventoried source wallets when auto-swap is on', () =>
    checkRuleTable(RULE, [
      { name: 'capped, source in the inventory', files: autoSwap(`  enabled: true\n  maxSwapAmountUsd: 3\n${SOURCE}`), expected: [] },
      { name: 'no fund auto-swap at all', files: fundsRepo(), expected: [] },
      { name: 'capped, no sources', files: autoSwap('  enabled: true\n  maxSwapAmountUsd: 3\n'), expected: [] },
      { name: 'enabled unset', files: autoSwap('  maxSwapAmountUsd: 0\n'), expected: [] },
      { name: 'a source wallet, the environment without an inventory: left to the wallet rules', files: autoSwap(OUTSIDE, { [ENV]: null }), expected: [] },
      { name: 'a source wallet, an environment that does not validate', files: autoSwap(OUTSIDE, { [ENV]: 'orgId: acme\n' }), expected: [] },
      { name: 'no cap, a manifest that does not validate', files: autoSwap('  enabled: true\n  maxSwapAmountUsd: -1\n'), expected: [] },
      {
        name: 'a source wallet, an inventory without wallets',
        files: autoSwap(SOURCE.replace('  sources:', '  enabled: true\n  maxSwapAmountUsd: 3\n  sources:'), { [ENV]: ENVIRONMENT.replace(/wallets:\n(?: {2}.*\n)+/, '') }),
        expected: [{ file: MANIFEST, line: 23, column: 17, severity: 'error', message: /^auto-swap source wallet `wal_ops` is not in the inventory of environment `prod`$/ }],
      },
      { name: 'turned off', files: autoSwap(`  enabled: false\n  maxSwapAmountUsd: 0\n${SOURCE}`), expected: [] },
      { name: 'a cap of 0 means no limit', files: autoSwap(`  enabled: true\n  maxSwapAmountUsd: 0\n${SOURCE}`), expected: [{ file: MANIFEST, line: 21, column: 21, severity: 'error', message: /^fund auto-swap of workflow `payout` has no cap per swap \(`maxSwapAmountUsd` is 0, no limit\)$/, hint: /^set `maxSwapAmountUsd` to the largest USD value one top-up may sell \(the organization default is 3\)$/ }] },
      { name: 'no cap', files: autoSwap(`  enabled: true\n${SOURCE}`), expected: [{ file: MANIFEST, line: 20, column: 3, severity: 'error', message: /`maxSwapAmountUsd` is not set/ }] },
      {
        name: 'a source wallet outside the inventory, and one without a wallet',
        files: autoSwap('  enabled: true\n  maxSwapAmountUsd: 3\n  sources:\n    - walletId: wal_personal\n    - chainId: 1\n'),
        expected: [
          { file: MANIFEST, line: 23, column: 17, severity: 'error', message: /^auto-swap source wallet `wal_personal` is not in the inventory of environment `prod`$/, hint: /^name an operational wallet of the environment in `walletId`$/ },
          { file: MANIFEST, line: 24, column: 7, severity: 'error', message: /^auto-swap source 2 of workflow `payout` names no wallet$/ },
        ],
      },
    ]));
});
