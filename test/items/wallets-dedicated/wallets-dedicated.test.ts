import { describe, it } from 'vitest';
import { walletsDedicated } from '../../../src/items/wallets-dedicated/index.js';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkItem } from '../../support/item-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, WF, WORKFLOW, edit, fundsRepo, manifestFor, manual, payNode, repo, send, workflowWith } from '../wallet-actions-bounded/fixtures.js';

const ID = { file: WF, line: 25, column: 48 };
const signer = (workflow: string) => fundsRepo({ workflow });
const usesSigner = send({}, { type: 'wallet', id: 'wal_signer' });
/** The inventory without its `wallets` list. */
const NO_WALLETS = edit(ENVIRONMENT, ENVIRONMENT.slice(ENVIRONMENT.indexOf('wallets:'), ENVIRONMENT.indexOf('executionWebhooks:')), '');
/** The payout's manifest with an auto-swap block whose `sources` are these YAML lines. */
const autoSwap = (sources: string) => fundsRepo({ files: { [MANIFEST]: `${manifestFor()}fundAutoSwap:\n  enabled: true\n  maxSwapAmountUsd: 3\n${sources}` } });
/** The payout whose trigger list starts with a node that has no type, then the cronjob. */
const UNTYPED_FIRST_TRIGGER = edit(
  edit(WORKFLOW, '"triggerNodeIds": ["root"]', '"triggerNodeIds": ["hook", "root"]'),
  '"nodes": {\n',
  '"nodes": {\n      "hook": { "payload": {}, "children": [] },\n',
);

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
      { name: 'scheduled workflow, wallet the inventory does not list', files: signer(send({}, { type: 'wallet', id: 'wal_unknown' })), expected: [] },
      { name: 'scheduled workflow with no wallet', files: signer(workflowWith(payNode('send-erc20-token', { amount: '250000000' }, null))), expected: [] },
      { name: 'scheduled workflow, inventory with no wallets', files: fundsRepo({ files: { [ENV]: NO_WALLETS } }), expected: [] },
      {
        name: 'human wallet, first trigger without a type before the cronjob',
        files: signer(workflowWith(payNode('send-erc20-token', { amount: '250000000' }, { type: 'wallet', id: 'wal_signer' }), UNTYPED_FIRST_TRIGGER)),
        expected: [{ file: WF, line: 26, column: 48, severity: 'error', message: /^workflow `payout` runs on its own \(trigger `cronjob`\) but node `pay` uses `wal_signer`/ }],
      },
    ]));
});

describe('wallets-dedicated/wallet-inventoried', () => {
  it('needs every wallet a workflow uses in its environment inventory', () =>
    checkRuleTable('wallets-dedicated/wallet-inventoried', [
      { name: 'inventoried wallet', files: fundsRepo(), expected: [] },
      { name: 'wallet not inventoried', files: signer(send({}, { type: 'wallet', id: 'wal_unknown' })), expected: [{ ...ID, severity: 'error', message: /^node `pay` of workflow `payout` uses wallet `wal_unknown`, which the inventory of its environment does not list$/, hint: /^add the wallet to the environment's `wallets` with its address and purpose \(operat/ }] },
      { name: 'no manifest to name the environment', files: fundsRepo({ files: { [MANIFEST]: null } }), expected: [{ ...ID, severity: 'error', message: /uses wallet `wal_ops` but has no manifest at `workflows\/payout\/b3os\.yaml`/, hint: /^add the manifest with `environment`$/ }] },
      { name: 'no manifest and no wallet', files: fundsRepo({ workflow: workflowWith(payNode('send-erc20-token', { amount: '250000000' }, null)), files: { [MANIFEST]: null } }), expected: [] },
      { name: 'a manifest with no workflow file', files: repo({ [WF]: null }), expected: [] },
      { name: 'manifest that does not validate', files: fundsRepo({ files: { [MANIFEST]: edit(manifestFor(), 'environment: prod', 'environment: 7') } }), expected: [{ file: MANIFEST, line: 1, column: 1, severity: 'error', unverified: true, message: /^the wallets of workflow `payout` cannot be checked: `workflows\/payout\/b3os\.yaml` does not validate$/, hint: /^fix the file \(see the definition-validates shape findings\)$/ }] },
      { name: 'workflow that cannot be read', files: repo({ [WF]: '{ "definition": ' }), expected: [{ file: WF, line: 1, column: 17, severity: 'error', unverified: true, message: /^workflow `payout` cannot be read as a definition, so its wallets cannot be checked$/ }] },
      { name: 'inventory with no wallets', files: fundsRepo({ files: { [ENV]: NO_WALLETS } }), expected: [{ ...ID, severity: 'error', message: /uses wallet `wal_ops`, which the inventory of its environment does not list$/ }] },
      { name: 'connector of another type with a wallet id', files: signer(send({}, { type: 'slack', id: 'wal_unknown' })), expected: [] },
      { name: 'wallet connector with a number for its id', files: signer(send({}, { type: 'wallet', id: 7 })), expected: [] },
      { name: 'wallet connector whose id is no wallet id', files: signer(send({}, { type: 'wallet', id: 'conn_unknown' })), expected: [] },
      { name: 'auto-swap source with no wallet id', files: autoSwap('  sources:\n    - chainId: 8453\n'), expected: [] },
      { name: 'auto-swap with no sources', files: autoSwap(''), expected: [] },
      { name: 'auto-swap source with a wallet the inventory does not list', files: autoSwap('  sources:\n    - chainId: 8453\n    - walletId: wal_unknown\n'), expected: [{ file: MANIFEST, line: 24, column: 17, severity: 'error', message: /^auto-swap source 2 of workflow `payout` uses wallet `wal_unknown`/ }] },
      { name: 'no inventory file', files: fundsRepo({ files: { [ENV]: null } }), expected: [{ file: MANIFEST, line: 2, column: 14, severity: 'error', message: /^environment `prod` of workflow `payout` has no inventory at `environments\/prod\.yaml`$/, hint: /^add `environments\/prod\.yaml` with the environment's wallets$/ }] },
      { name: 'inventory that does not validate', files: fundsRepo({ files: { [ENV]: edit(ENVIRONMENT, 'purpose: human', 'purpose: person') } }), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^the wallets of workflow `payout` cannot be checked: `environments\/prod\.yaml` does not validate$/, hint: /^fix the file \(see the definition-validates shape findings\)$/ }] },
    ]));
});

describe('wallets-dedicated', () => {
  it('is the policy item "Wallets are dedicated", concerned with workflows, manifests and environments, with its three rules in order, each described in one line', () =>
    checkItem(walletsDedicated, {
      id: 'wallets-dedicated',
      title: 'Wallets are dedicated',
      group: 'policy',
      concerns: ['workflow', 'manifest', 'environment'],
      rules: [
        ['wallets-dedicated/wallet-inventoried', 'error'],
        ['wallets-dedicated/operational-wallet', 'error'],
        ['wallets-dedicated/wallet-purpose-conflict', 'error'],
      ],
    }));
});

describe('wallets-dedicated/wallet-purpose-conflict', () => {
  const wallet = (id: string, address: string, purpose: string) => `  - id: ${id}\n    address: "${address}"\n    purpose: ${purpose}\n`;
  const withWallet = (entry: string) => edit(ENVIRONMENT, 'executionWebhooks:', `${entry}executionWebhooks:`);
  /** The inventory with `wal_ops` listed again under another address. */
  const conflict = withWallet(wallet('wal_ops', '0x4444444444444444444444444444444444444444', 'operational'));
  const STAGING = 'environments/staging.yaml';
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
        files: repo({ [ENV]: conflict }),
        expected: [{ file: ENV, line: 15, column: 14, severity: 'error', message: /^wallet `wal_ops` is listed twice with different addresses \(`0x1111…1111` and `0x4444…4444`\)$/, hint: /^keep one entry per wallet id, with the address B3OS shows for it$/ }],
      },
      { name: 'an inventory no workflow names, with a conflict', files: repo({ [STAGING]: conflict }), expected: [{ file: STAGING, line: 15, column: 14, severity: 'error', message: /^wallet `wal_ops` is listed twice/ }] },
      { name: 'an inventory no workflow names, with a conflict, that does not validate', files: repo({ [STAGING]: edit(conflict, 'orgId: org_acme', 'orgId: 7') }), expected: [] },
      { name: 'an inventory that does not validate', files: repo({ [ENV]: edit(conflict, 'purpose: human', 'purpose: person') }), expected: [] },
    ]));

  it('checks an environment the change touches even when no workflow changed', () =>
    checkDiffTable('wallets-dedicated/wallet-purpose-conflict', [
      { name: 'inventory edited cleanly', base: repo(), head: repo({ [ENV]: withWallet(wallet('wal_new', '0x5555555555555555555555555555555555555555', 'operational')) }) , expected: [] },
      { name: 'inventory gains a conflict', base: repo(), head: repo({ [ENV]: conflict }), expected: [{ file: ENV, line: 15, column: 14, severity: 'error' }] },
    ]));

  it('checks the inventory of a workflow whose workflow file or manifest the change touches', () =>
    checkDiffTable('wallets-dedicated/wallet-purpose-conflict', [
      { name: 'workflow edited, its inventory in conflict before', base: repo({ [ENV]: conflict }), head: repo({ [ENV]: conflict, [WF]: edit(WORKFLOW, 'Pays the hosting vendor', 'Pays our hosting vendor') }), expected: [{ file: ENV, line: 15, column: 14, severity: 'error', message: /^wallet `wal_ops` is listed twice/ }] },
      { name: 'manifest edited, its inventory in conflict before', base: repo({ [ENV]: conflict }), head: repo({ [ENV]: conflict, [MANIFEST]: edit(manifestFor(), '"@acme/treasury"', '"@acme/payments"') }), expected: [{ file: ENV, line: 15, column: 14, severity: 'error', message: /^wallet `wal_ops` is listed twice/ }] },
      { name: 'manifest removed, its inventory in conflict before', base: repo({ [ENV]: conflict }), head: repo({ [ENV]: conflict, [MANIFEST]: null }), expected: [] },
    ]));
});
