import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { PINNED, PINNED_CATALOG, USDC, fundsRepo, funds, payNode, payloadValue, send, workflowWith } from './fixtures.js';

const ATTACKER = '0x9999999999999999999999999999999999999999';
const WETH = '0x4200000000000000000000000000000000000006';
const pinned = { [PINNED]: PINNED_CATALOG };
const swapBounds = funds('      approvals: none\n', '      approvals: none\n      maxSlippageBps: 100\n');
const oneSol = funds('      maxAmount: "250000000"\n', '      maxAmount: "1000000000"\n');
const sol = (amount: string) => workflowWith(payNode('send-sol', { recipientAddress: '0x2222222222222222222222222222222222222222', amount }));
const zeroEx = (slippageBps: number) => workflowWith(payNode('0x-swap', { sellToken: USDC, buyToken: WETH, sellAmount: '1000', chainId: 8453, slippageBps }));

// A pinned `fundsMovement` descriptor names some fields; the fields it does not name keep the role their name gives.
describe('declared funds roles add to the roles names give', () => {
  it('checks the recipient of a send whose pinned descriptor names no recipient', () =>
    checkRuleTable('wallet-actions-bounded/recipient-allowlist', [
      { name: 'pinned catalog, recipient in the list', files: fundsRepo({ files: pinned }), expected: [] },
      {
        name: 'pinned catalog, recipient outside the list',
        files: fundsRepo({ workflow: send({ recipientAddress: ATTACKER }), files: pinned }),
        expected: [{ ...payloadValue(1, 'recipientAddress'), severity: 'error', message: /^`pay\.payload\.recipientAddress` is `"?0x9{40}"?`, outside `recipients`/ }],
      },
    ]));

  it('sees the slippage of a swap whose pinned descriptor names no slippage', () =>
    checkRuleTable('wallet-actions-bounded/slippage-bound', [
      { name: 'pinned 0x-swap, slippage at the bound', files: fundsRepo({ workflow: zeroEx(100), funds: swapBounds, files: pinned }), expected: [] },
      {
        name: 'pinned 0x-swap, slippage of 5000',
        files: fundsRepo({ workflow: zeroEx(5000), funds: swapBounds, files: pinned }),
        expected: [{ ...payloadValue(4, 'slippageBps'), severity: 'error', message: /^`pay\.payload\.slippageBps` is `5000`, outside `maxSlippageBps` 100$/ }],
      },
    ]));

  it('keeps the shipped funds facts of a type the pinned entry states none for (send-sol amounts are in SOL)', () =>
    checkRuleTable('wallet-actions-bounded/amount-bound', [
      { name: 'pinned send-sol, 1 SOL at a bound of 1 SOL', files: fundsRepo({ workflow: sol('1'), funds: oneSol, files: pinned }), expected: [] },
      { name: 'pinned send-sol, 2 SOL over a bound of 1 SOL', files: fundsRepo({ workflow: sol('2'), funds: oneSol, files: pinned }), expected: [{ ...payloadValue(1, 'amount'), severity: 'error', message: /^`pay\.payload\.amount` is `"?2"?`, outside `maxAmount` 1000000000/ }] },
    ]));
});
