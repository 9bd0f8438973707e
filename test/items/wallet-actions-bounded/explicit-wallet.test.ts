import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, WF, edit, fundsRepo, manifestFor, send } from './fixtures.js';

const RULE = 'wallet-actions-bounded/explicit-wallet';
// The connector line of `payNode`: `"connector": { "type": "wallet", "id": "wal_ops" },` on line 25.
const CONNECTOR = { file: WF, line: 25, column: 22 };
const ID = { file: WF, line: 25, column: 48 };

describe(RULE, () => {
  it('needs a literal wallet id of the environment on every funds node', () =>
    checkRuleTable(RULE, [
      { name: 'wallet of the environment', files: fundsRepo(), expected: [] },
      { name: 'no connector', files: fundsRepo({ workflow: send({}, null) }), expected: [{ file: WF, line: 22, column: 7, severity: 'error', message: /^node `pay` names no wallet connector, so B3OS signs with the organization's default wallet$/ }] },
      { name: 'wallet connector without id', files: fundsRepo({ workflow: send({}, { type: 'wallet' }) }), expected: [{ ...CONNECTOR, severity: 'error', message: /has a wallet connector without an id/ }] },
      { name: 'a connector of another type', files: fundsRepo({ workflow: send({}, { type: 'slack', id: 'conn_ops_slack' }) }), expected: [{ file: WF, line: 25, column: 32, severity: 'error', message: /has a `slack` connector, not a wallet/ }] },
      { name: 'wallet chosen at setup', files: fundsRepo({ workflow: send({}, { type: 'wallet', id: '{{ask.wallet_id}}' }) }), expected: [{ ...ID, severity: 'error', message: /takes its wallet from `\{\{ask\.wallet_id\}\}`, which is not a wallet id known before the run$/ }] },
      { name: 'wallet not in the inventory', files: fundsRepo({ workflow: send({}, { type: 'wallet', id: 'wal_other' }) }), expected: [{ ...ID, severity: 'error', message: /^node `pay` uses wallet `wal_other`, which is not in the inventory of environment `prod`$/ }] },
      {
        name: 'environment without an inventory file',
        files: fundsRepo({ files: { [ENV]: null } }),
        expected: [{ file: MANIFEST, line: 2, column: 14, severity: 'error', message: /^environment `prod` has no inventory at `environments\/prod\.yaml`/ }],
      },
      {
        name: 'inventory that does not validate: unverified',
        files: fundsRepo({ files: { [ENV]: edit(ENVIRONMENT, 'orgId: org_acme', 'orgId: acme') } }),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /cannot be checked: environment `environments\/prod\.yaml` does not validate$/ }],
      },
      { name: 'manifest missing: left to funds-entry', files: fundsRepo({ files: { [MANIFEST]: null } }), expected: [] },
      { name: 'manifest names another environment', files: fundsRepo({ files: { [MANIFEST]: edit(manifestFor(), 'environment: prod', 'environment: staging') } }), expected: [{ file: MANIFEST, line: 2, column: 14, severity: 'error', message: /^environment `staging` has no inventory/ }] },
    ]));
});
