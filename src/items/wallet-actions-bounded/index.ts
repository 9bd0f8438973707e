import type { ItemDefinition } from '../../core/rule.js';
import { amountBound } from './amount-bound.js';
import { approvalPolicy } from './approval-policy.js';
import { autoSwap } from './auto-swap.js';
import { chainAllowlist } from './chain-allowlist.js';
import { evidenceAge } from './evidence-age.js';
import { evidenceCurrent } from './evidence-current.js';
import { explicitWallet } from './explicit-wallet.js';
import { fundsEntry } from './funds-entry.js';
import { recipientAllowlist } from './recipient-allowlist.js';
import { slippageBound } from './slippage-bound.js';
import { tokenAllowlist } from './token-allowlist.js';
import { unboundedField } from './unbounded-field.js';
import { unlimitedApproval } from './unlimited-approval.js';

/** Required: every node that can move funds is bounded, uses an explicit wallet, and has current evidence. */
export const walletActionsBounded: ItemDefinition = {
  id: 'wallet-actions-bounded',
  title: 'Wallet actions are bounded',
  group: 'required',
  concerns: ['workflow', 'manifest', 'environment'],
  rules: [
    fundsEntry,
    explicitWallet,
    chainAllowlist,
    tokenAllowlist,
    recipientAllowlist,
    amountBound,
    approvalPolicy,
    unlimitedApproval,
    slippageBound,
    unboundedField,
    autoSwap,
    evidenceCurrent,
    evidenceAge,
  ],
};
