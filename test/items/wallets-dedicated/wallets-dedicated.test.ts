import { describe, expect, it } from 'vitest';
import { walletsDedicated } from '../../../src/items/wallets-dedicated/index.js';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, WF, edit, fundsRepo, manifestFor, manual, repo, send } from '../wallet-actions-bounded/fixtures.js';

const ID = { file: WF, line: 25, column: 48 };
const signer = (workflow: string) => fundsRepo({ workflow });
const usesSigner = send({}, { type: 'wallet', id: 'wal_signer' });

describe('wallets-dedicated/operational-wallet', () => {
  it('keeps human wallets out of workflows that run on their own', () =>
    checkRuleTable('wallets-dedicated/operational-wallet', [
      { name: 'scheduled workflow, operational wallet', files: fundsRepo(), expected: [] },
      { name: 'manual workflow, human wallet', files: signer(manual(usesSigner)), expected: [] },
      { name: 'scheduled workflow, human wallet', files: signer(usesSigner), expected: [{ ...ID, severity: 'error', message: /^workflow `payout` runs on its own \(trigger `cronjob`\) but node `pay` uses `wal_signer`, a human wallet$/, hint: /^use an operational wallet of the organization; keep human wallets for people$/ }] },
      {
        name: 'scheduled workflow, human wallet as an auto-swap source',
        files: fundsRepo({ files: { [MANIFEST]: `${manifestFor()}fundAutoSwap:\n  enabled: true\n  maxSwapAmountUsd: 3\n  sources:\n    - walletId: wal_signer\n` } }),
        expected: [{ file: MANIFEST, line: 23, column: 17, severity: 'error', message: /auto-swap source 1 uses `wal_signer`, a human wallet$/ }],
      },
    ]));
});

describe('wallets-dedicated/wallet-inventoried', () => {
  it('needs every wallet a workflow uses in its environment inventory', () =>
    checkRuleTable('wallets-dedicated/wallet-inventoried', [
      { name: 'inventoried wallet', files: fundsRepo(), expected: [] },
      { name: 'wallet not inventoried', files: signer(send({}, { type: 'wallet', id: 'wal_unknown' })), expected: [{ ...ID, severity: 'error', message: /^node `pay` of workflow `payout` uses wallet `wal_unknown`, which the inventory of its environment does not list$/, hint: /^add the wallet to the environment's `wallets` with its address and purpose \(operat/ }] },
      { name: 'no manifest to name the environment', files: fundsRepo({ files: { [MANIFEST]: null } }), expected: [{ ...ID, severity: 'error', message: /uses wallet `wal_ops` but has no manifest at `workflows\/payout\/b3os\.yaml`/ }] },
      { name: 'no inventory file', files: fundsRepo({ files: { [ENV]: null } }), expected: [{ file: MANIFEST, line: 2, column: 14, severity: 'error', message: /^environment `prod` of workflow `payout` has no inventory at `environments\/prod\.yaml`$/, hint: /^add `environments\/prod\.yaml` with the environment's wallets$/ }] },
      { name: 'inventory that does not validate', files: fundsRepo({ files: { [ENV]: edit(ENVIRONMENT, 'purpose: human', 'purpose: person') } }), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^the wallets of workflow `payout` cannot be checked: `environments\/prod\.yaml`/ }] },
    ]));
});

describe('wallets-dedicated', () => {
  it('is the policy item "Wallets are dedicated", concerned with workflows, manifests and environments, with its three rules in order', () => {
    expect(walletsDedicated).toMatchObject({ id: 'wallets-dedicated', title: 'Wallets are dedicated', group: 'policy', concerns: ['workflow', 'manifest', 'environment'] });
    expect(walletsDedicated.rules.map((r) => [r.meta.id, r.meta.severity])).toEqual([
      ['wallets-dedicated/wallet-inventoried', 'error'],
      ['wallets-dedicated/operational-wallet', 'error'],
      ['wallets-dedicated/wallet-purpose-conflict', 'error'],
    ]);
  });

  it('describes each rule in one line that starts in lower case and ends without a period', () => {
    for (const rule of walletsDedicated.rules) expect(rule.meta.description, rule.meta.id).toMatch(/^[a-z][^\n]{20,}[^.]$/);
  });
});

describe('wallets-dedicated/wallet-purpose-conflict', () => {
  const wallet = (id: string, address: string, purpose: string) => `  - id: ${id}\n    address: "${address}"\n    purpose: ${purpose}\n`;
  const withWallet = (entry: string) => edit(ENVIRONMENT, 'executionWebhooks:', `${entry}executionWebhooks:`);
  it('keeps one purpose per address and one address per wallet id', () =>
    checkRuleTable('wallets-dedicated/wallet-purpose-conflict', [
      { name: 'distinct wallets', files: repo(), expected: [] },
      { name: 'same wallet listed twice alike', files: repo({ [ENV]: withWallet(wallet('wal_ops', '0x1111111111111111111111111111111111111111', 'operational')) }), expected: [] },
      {
        name: 'one address under both purposes, in another case',
        files: repo({ [ENV]: withWallet(wallet('wal_ops_2', '0x3333333333333333333333333333333333333333'.toUpperCase().replace('0X', '0x'), 'operational')) }),
        expected: [{ file: ENV, line: 16, column: 14, severity: 'error', message: /^address `0x3333…3333` is listed as human \(`wal_signer`\) and as operational \(`wal_ops_2`\)$/, hint: /^give each address one purpose: move funds to a wallet of its own for the other use$/ }],
      },
      {
        name: 'one wallet id with two addresses',
        files: repo({ [ENV]: withWallet(wallet('wal_ops', '0x4444444444444444444444444444444444444444', 'operational')) }),
        expected: [{ file: ENV, line: 15, column: 14, severity: 'error', message: /^wallet `wal_ops` is listed twice with different addresses/, hint: /^keep one entry per wallet id, with the address B3OS shows for it$/ }],
      },
    ]));

  it('checks an environment the change touches even when no workflow changed', () =>
    checkDiffTable('wallets-dedicated/wallet-purpose-conflict', [
      { name: 'inventory edited cleanly', base: repo(), head: repo({ [ENV]: withWallet(wallet('wal_new', '0x5555555555555555555555555555555555555555', 'operational')) }) , expected: [] },
      { name: 'inventory gains a conflict', base: repo(), head: repo({ [ENV]: withWallet(wallet('wal_ops', '0x4444444444444444444444444444444444444444', 'operational')) }), expected: [{ file: ENV, line: 15, column: 14, severity: 'error' }] },
    ]));
});
