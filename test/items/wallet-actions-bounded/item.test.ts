import { describe, it } from 'vitest';
import { walletActionsBounded } from '../../../src/items/wallet-actions-bounded/index.js';
import { checkItem } from '../../support/item-harness.js';

describe('wallet-actions-bounded', () => {
  it('is the required item "Wallet actions are bounded", concerned with workflows, manifests and environments, with its thirteen rules in order, each described in one line', () =>
    checkItem(walletActionsBounded, {
      id: 'wallet-actions-bounded',
      title: 'Wallet actions are bounded',
      group: 'required',
      concerns: ['workflow', 'manifest', 'environment'],
      rules: [
        ['wallet-actions-bounded/funds-entry', 'error'],
        ['wallet-actions-bounded/explicit-wallet', 'error'],
        ['wallet-actions-bounded/chain-allowlist', 'error'],
        ['wallet-actions-bounded/token-allowlist', 'error'],
        ['wallet-actions-bounded/recipient-allowlist', 'error'],
        ['wallet-actions-bounded/amount-bound', 'error'],
        ['wallet-actions-bounded/approval-policy', 'error'],
        ['wallet-actions-bounded/unlimited-approval', 'error'],
        ['wallet-actions-bounded/slippage-bound', 'error'],
        ['wallet-actions-bounded/unbounded-field', 'error'],
        ['wallet-actions-bounded/auto-swap', 'error'],
        ['wallet-actions-bounded/evidence-current', 'error'],
        ['wallet-actions-bounded/evidence-age', 'warning'],
      ],
    }));
});
