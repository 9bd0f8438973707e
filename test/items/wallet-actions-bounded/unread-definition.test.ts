import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { WF, WORKFLOW, edit, fundsRepo, payloadValue, send } from './fixtures.js';

const duplicateKey = edit(WORKFLOW, '"amount": "250000000",', '"amount": "1",\n          "amount": "250000000",');
const tooDeep = edit(WORKFLOW, '{ "$gte": 250000000 }', `${'{ "$and": ['.repeat(40)}{ "$gte": 250000000 }${'] }'.repeat(40)}`);
const oversize = edit(WORKFLOW, '"Pays the hosting vendor 250 USDC on Base every Monday."', JSON.stringify('x'.repeat(1024 * 1024)));
// Level 65, one past the parser's 64: the 29th added `$and` object (the 30th `{ "$and": [` on the condition's line).
const DEEP = { file: WF, line: 19, column: nthIndexOf(tooDeep.split('\n')[18], '{ "$and": [', 30) + 1 };
const unverified = { severity: 'error' as const, unverified: true };
// The finding is at the parse problem that stopped the reading: the second `amount` key, the first value past the depth limit.
const SECOND_AMOUNT = { file: WF, line: 30, column: 11, ...unverified };

function nthIndexOf(text: string, part: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(part, at + 1);
  return at;
}

// A workflow file the gate cannot read leaves its items incomplete, never passed.
describe('workflows whose definition cannot be read', () => {
  it('leave the fund bounds unchecked', () =>
    checkRuleTable('wallet-actions-bounded/funds-entry', [
      { name: 'a readable workflow', files: fundsRepo(), expected: [] },
      { name: 'a duplicate JSON key', files: fundsRepo({ workflow: duplicateKey }), expected: [{ ...SECOND_AMOUNT, message: /^workflow `payout` cannot be read as a definition, so its fund bounds cannot be checked$/ }] },
      { name: 'nested past the depth limit', files: fundsRepo({ workflow: tooDeep }), expected: [{ ...DEEP, ...unverified }] },
      { name: 'over the size limit', files: fundsRepo({ workflow: oversize }), expected: [{ file: WF, line: 1, column: 1, ...unverified }] },
    ]));

  it('leave the other funds rules silent', () =>
    checkRuleTable('wallet-actions-bounded/amount-bound', [
      { name: 'a duplicate JSON key', files: fundsRepo({ workflow: duplicateKey }), expected: [] },
      { name: 'a readable workflow past the bound', files: fundsRepo({ workflow: send({ amount: '250000001' }) }), expected: [{ ...payloadValue(2, 'amount'), severity: 'error' }] },
    ]));

  it('leave the wallets unchecked', () =>
    checkRuleTable('wallets-dedicated/wallet-inventoried', [
      { name: 'a readable workflow', files: fundsRepo(), expected: [] },
      { name: 'a duplicate JSON key', files: fundsRepo({ workflow: duplicateKey }), expected: [{ ...SECOND_AMOUNT, message: /^workflow `payout` cannot be read as a definition, so its wallets cannot be checked$/ }] },
    ]));
});
