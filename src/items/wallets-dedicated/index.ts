import type { ItemDefinition } from '../../core/rule.js';
import { operationalWallet } from './operational-wallet.js';
import { walletInventoried } from './wallet-inventoried.js';
import { walletPurposeConflict } from './wallet-purpose-conflict.js';

/** Policy: automated workflows use organization wallets marked operational, and no wallet has two purposes. */
export const walletsDedicated: ItemDefinition = {
  id: 'wallets-dedicated',
  title: 'Wallets are dedicated',
  group: 'policy',
  concerns: ['workflow', 'manifest', 'environment'],
  rules: [walletInventoried, operationalWallet, walletPurposeConflict],
};
