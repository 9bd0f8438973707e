import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, WF, edit, fundsRepo, manifestFor, send } from './fixtures.js';

const RULE = 'wallet-actions-bounded/explicit-wallet';
// The connector line of `payNode`: `"connector": { "type": "wallet", "id": "wal_ops" },` on line 25.
const CONNECTOR = { file: WF, line: 25, column: 22 };
const ID = { file: WF, line: 25, column: 48 };
const SET_WALLET = /^set `"connector": \{ "type": "wallet", "id": "wal_…" \}` to the operational wallet this node must use$/;
const noWallets = ENVIRONMENT.replace(/wallets:\n(?: {2}.*\n)+/, '');
const walletId = (id: string) => fundsRepo({ workflow: send({}, { type: 'wallet', id }) });

describe(RULE, () => {
  it('needs a literal wallet id of the environment on every funds node', () =>
    checkRuleTable(RULE, [
      { name: 'wallet of the environment', files: fundsRepo(), expected: [] },
      { name: 'no connector', files: fundsRepo({ workflow: send({}, null) }), expected: [{ file: WF, line: 22, column: 7, severity: 'error', message: /^node `pay` names no wallet connector, so B3OS signs with the organization's default wallet$/, hint: SET_WALLET }] },
      { name: 'wallet connector without id', files: fundsRepo({ workflow: send({}, { type: 'wallet' }) }), expected: [{ ...CONNECTOR, severity: 'error', message: /^node `pay` has a wallet connector without an id, so B3OS signs with the organization's default wallet$/, hint: SET_WALLET }] },
      { name: 'a connector of another type', files: fundsRepo({ workflow: send({}, { type: 'slack', id: 'conn_ops_slack' }) }), expected: [{ file: WF, line: 25, column: 32, severity: 'error', message: /^node `pay` has a `slack` connector, not a wallet, so B3OS signs with the organization's default wallet$/, hint: SET_WALLET }] },
      { name: 'wallet chosen at setup', files: fundsRepo({ workflow: send({}, { type: 'wallet', id: '{{ask.wallet_id}}' }) }), expected: [{ ...ID, severity: 'error', message: /takes its wallet from `\{\{ask\.wallet_id\}\}`, which is not a wallet id known before the run$/, hint: SET_WALLET }] },
      { name: 'wallet not in the inventory', files: fundsRepo({ workflow: send({}, { type: 'wallet', id: 'wal_other' }) }), expected: [{ ...ID, severity: 'error', message: /^node `pay` uses wallet `wal_other`, which is not in the inventory of environment `prod`$/, hint: /^use a wallet of the environment, or add this one to its `wallets` with its address and purpose$/ }] },
      { name: 'a wallet id of 64 characters after wal_, every kind of character', files: walletId(`wal_Az09_-${'x'.repeat(58)}`), expected: [{ ...ID, severity: 'error', message: /^node `pay` uses wallet `wal_Az09_-x{58}`, which is not in the inventory/ }] },
      { name: 'a wallet id of 65 characters after wal_', files: walletId(`wal_${'x'.repeat(65)}`), expected: [{ ...ID, severity: 'error', message: /^node `pay` takes its wallet from a 69-character string, which is not a wallet id/ }] },
      { name: 'wal_ alone', files: walletId('wal_'), expected: [{ ...ID, severity: 'error', message: /takes its wallet from a 4-character string/ }] },
      { name: 'a wallet id after other text', files: walletId('my_wal_ops'), expected: [{ ...ID, severity: 'error', message: /takes its wallet from a 10-character string/ }] },
      { name: 'a wallet id before other text', files: walletId('wal_ops!'), expected: [{ ...ID, severity: 'error', message: /takes its wallet from an? 8-character string/ }] },
      { name: 'a numeric wallet id', files: fundsRepo({ workflow: send({}, { type: 'wallet', id: 7 }) }), expected: [{ ...ID, severity: 'error', message: /takes its wallet from `7`/ }] },
      { name: 'no wallet named, the environment without an inventory: only the node', files: fundsRepo({ workflow: send({}, null), files: { [ENV]: null } }), expected: [{ file: WF, line: 22, column: 7, severity: 'error' }] },
      {
        name: 'environment without an inventory file',
        files: fundsRepo({ files: { [ENV]: null } }),
        expected: [{ file: MANIFEST, line: 2, column: 14, severity: 'error', message: /^environment `prod` has no inventory at `environments\/prod\.yaml`, so the wallets of workflow `payout` cannot be checked$/, hint: /^add `environments\/prod\.yaml` listing the environment's wallets, or fix `environment`$/ }],
      },
      {
        name: 'inventory that does not validate: unverified',
        files: fundsRepo({ files: { [ENV]: edit(ENVIRONMENT, 'orgId: org_acme', 'orgId: acme') } }),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^the wallets of workflow `payout` cannot be checked: environment `environments\/prod\.yaml` does not validate$/, hint: /^fix the environment inventory \(see the definition-validates\/environment-shape findings\)$/ }],
      },
      { name: 'an inventory without wallets', files: fundsRepo({ files: { [ENV]: noWallets } }), expected: [{ ...ID, severity: 'error', message: /^node `pay` uses wallet `wal_ops`, which is not in the inventory/ }] },
      { name: 'manifest missing: left to funds-entry', files: fundsRepo({ files: { [MANIFEST]: null } }), expected: [] },
      { name: 'manifest names another environment', files: fundsRepo({ files: { [MANIFEST]: edit(manifestFor(), 'environment: prod', 'environment: staging') } }), expected: [{ file: MANIFEST, line: 2, column: 14, severity: 'error', message: /^environment `staging` has no inventory/ }] },
    ]));
});
