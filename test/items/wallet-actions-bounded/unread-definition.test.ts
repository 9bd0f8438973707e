import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { WF, WORKFLOW, edit, fundsRepo } from './fixtures.js';

const duplicateKey = edit(WORKFLOW, '"amount": "250000000",', '"amount": "1",\n          "amount": "250000000",');
const tooDeep = edit(WORKFLOW, '{ "$gte": 250000000 }', `${'{ "$and": ['.repeat(40)}{ "$gte": 250000000 }${'] }'.repeat(40)}`);
const oversize = edit(WORKFLOW, '"Pays the hosting vendor 250 USDC on Base every Monday."', JSON.stringify('x'.repeat(1024 * 1024)));
const START = { file: WF, line: 1, column: 1, severity: 'error' as const, unverified: true };

// A workflow file the gate cannot read leaves its items incomplete, never passed.
describe('workflows whose definition cannot be read', () => {
  it('leave the fund bounds unchecked', () =>
    checkRuleTable('wallet-actions-bounded/funds-entry', [
      { name: 'a readable workflow', files: fundsRepo(), expected: [] },
      { name: 'a duplicate JSON key', files: fundsRepo({ workflow: duplicateKey }), expected: [{ ...START, message: /^the fund bounds of workflow `payout` cannot be checked: `workflows\/payout\/workflow\.json` could not be read as a workflow definition$/ }] },
      { name: 'nested past the depth limit', files: fundsRepo({ workflow: tooDeep }), expected: [START] },
      { name: 'over the size limit', files: fundsRepo({ workflow: oversize }), expected: [START] },
    ]));

  it('leave the wallets unchecked', () =>
    checkRuleTable('wallets-dedicated/wallet-inventoried', [
      { name: 'a readable workflow', files: fundsRepo(), expected: [] },
      { name: 'a duplicate JSON key', files: fundsRepo({ workflow: duplicateKey }), expected: [{ ...START, message: /^the wallets of workflow `payout` cannot be checked: `workflows\/payout\/workflow\.json`/ }] },
    ]));
});
