import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, fundsRepo, manifestFor } from './fixtures.js';

const RULE = 'wallet-actions-bounded/auto-swap';
const autoSwap = (yaml: string) => fundsRepo({ files: { [MANIFEST]: `${manifestFor()}fundAutoSwap:\n${yaml}` } });
const SOURCE = '  sources:\n    - walletId: wal_ops\n      chainId: 8453\n      tokenAddress: native\n';

describe(RULE, () => {
  it('needs a USD cap and inventoried source wallets when auto-swap is on', () =>
    checkRuleTable(RULE, [
      { name: 'capped, source in the inventory', files: autoSwap(`  enabled: true\n  maxSwapAmountUsd: 3\n${SOURCE}`), expected: [] },
      { name: 'turned off', files: autoSwap(`  enabled: false\n  maxSwapAmountUsd: 0\n${SOURCE}`), expected: [] },
      { name: 'a cap of 0 means no limit', files: autoSwap(`  enabled: true\n  maxSwapAmountUsd: 0\n${SOURCE}`), expected: [{ file: MANIFEST, line: 21, column: 21, severity: 'error', message: /has no cap per swap \(`maxSwapAmountUsd` is 0, no limit\)$/ }] },
      { name: 'no cap', files: autoSwap(`  enabled: true\n${SOURCE}`), expected: [{ file: MANIFEST, line: 20, column: 3, severity: 'error', message: /`maxSwapAmountUsd` is not set/ }] },
      {
        name: 'a source wallet outside the inventory, and one without a wallet',
        files: autoSwap('  enabled: true\n  maxSwapAmountUsd: 3\n  sources:\n    - walletId: wal_personal\n    - chainId: 1\n'),
        expected: [
          { file: MANIFEST, line: 23, column: 17, severity: 'error', message: /^auto-swap source wallet `wal_personal` is not in the inventory of environment `prod`$/ },
          { file: MANIFEST, line: 24, column: 7, severity: 'error', message: /^auto-swap source 2 of workflow `payout` names no wallet$/ },
        ],
      },
    ]));
});
