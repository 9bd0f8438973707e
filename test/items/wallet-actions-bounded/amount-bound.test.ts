import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, VENDOR, fundsRepo, funds, guardedBy, manual, payNode, payloadValue, send, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/amount-bound';
const AMOUNT = payloadValue(2, 'amount');
const TRIGGER_AMOUNT = '{{$trigger.body.amount}}';
const bounded = (test: Record<string, unknown>) => fundsRepo({ workflow: manual(guardedBy(send({ amount: TRIGGER_AMOUNT }), { [TRIGGER_AMOUNT]: test })) });
const MAX78 = '9'.repeat(78);
const OUTSIDE = /^use a value inside the bound, or widen the bound in the manifest in a reviewed change$/;

describe(RULE, () => {
  it('holds literal amounts to maxAmount, as big integers', () =>
    checkRuleTable(RULE, [
      { name: 'amount equal to maxAmount', files: fundsRepo(), expected: [] },
      { name: 'maxAmount + 1', files: fundsRepo({ workflow: send({ amount: '250000001' }) }), expected: [{ ...AMOUNT, severity: 'error', message: /^`pay\.payload\.amount` is `"250000001"`, outside `maxAmount` 250000000$/, hint: OUTSIDE }] },
      { name: 'zero', files: fundsRepo({ workflow: send({ amount: '0' }) }), expected: [] },
      { name: 'a safe integer number at the bound', files: fundsRepo({ workflow: send({ amount: 250000000 }) }), expected: [] },
      { name: '78-digit amount at a 78-digit maxAmount', files: fundsRepo({ workflow: send({ amount: MAX78 }), funds: funds('"250000000"', `"${MAX78}"`) }), expected: [] },
      {
        name: '78-digit amount one past a 78-digit maxAmount',
        files: fundsRepo({ workflow: send({ amount: MAX78 }), funds: funds('"250000000"', `"${MAX78.slice(0, -1)}8"`) }),
        expected: [{ ...AMOUNT, severity: 'error', message: /outside `maxAmount`/ }],
      },
      {
        name: 'bound shown in token units with decimals and symbol',
        files: fundsRepo({ workflow: send({ amount: '250000001' }), funds: funds('      approvals: none\n', '      approvals: none\n      decimals: 6\n      symbol: USDC\n') }),
        expected: [{ ...AMOUNT, severity: 'error', message: /outside `maxAmount` 250000000 \(250 USDC\)$/ }],
      },
      {
        name: 'bound shown in token units without a symbol',
        files: fundsRepo({ workflow: send({ amount: '250000001' }), funds: funds('      approvals: none\n', '      approvals: none\n      decimals: 6\n') }),
        expected: [{ ...AMOUNT, severity: 'error', message: /outside `maxAmount` 250000000 \(250\)$/ }],
      },
      {
        name: 'an approval past the bound, approvals exact',
        files: fundsRepo({ workflow: workflowWith(payNode('approve-erc20', { tokenAddress: USDC, spenderAddress: VENDOR, amount: '250000001', chainId: 8453 })), funds: funds('approvals: none', 'approvals: exact') }),
        expected: [{ ...AMOUNT, severity: 'error', message: /^`pay\.payload\.amount` is `"250000001"`, outside `maxAmount` 250000000$/ }],
      },
      {
        name: 'no maxAmount in the bounds',
        files: fundsRepo({ funds: funds('      maxAmount: "250000000"\n', '') }),
        expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` sets an amount \(`amount`\) but its fund bounds have no `maxAmount`$/, hint: /^add `maxAmount` to `nodes\.pay\.funds` in the manifest$/ }],
      },
      {
        name: 'amount a string with an expression inside',
        files: fundsRepo({ workflow: send({ amount: '{{$nodes.check.result.balance}}0' }) }),
        expected: [
          {
            ...AMOUNT,
            severity: 'error',
            message: /^`pay\.payload\.amount` is computed at run time \(a 32-character string\), so nothing known before the run keeps it inside `maxAmount` 250000000$/,
            hint: /^compute the value in an earlier node, then test that node's result with an `if` before this node$/,
          },
        ],
      },
    ]));

  it('accepts an expression only with an upstream if bounding it on every path', () =>
    checkRuleTable(RULE, [
      { name: '$lte maxAmount', files: bounded({ $lte: '250000000' }), expected: [] },
      { name: '$lte maxAmount as a number', files: bounded({ $lte: 250000000 }), expected: [] },
      { name: '$lt maxAmount + 1', files: bounded({ $lt: '250000001' }), expected: [] },
      { name: '$eq a value below', files: bounded({ $eq: '100' }), expected: [] },
      { name: '$in values all below', files: bounded({ $in: ['1', '250000000'] }), expected: [] },
      { name: '$lte maxAmount + 1', files: bounded({ $lte: '250000001' }), expected: [{ ...AMOUNT, severity: 'error', message: /^`pay\.payload\.amount` takes `\$trigger\.body`, the data that starts the run, which someone outside the workflow chooses, and no upstream `if` keeps it inside `maxAmount` 250000000 on every path$/ }] },
      { name: '$lt maxAmount + 2', files: bounded({ $lt: '250000002' }), expected: [{ ...AMOUNT, severity: 'error' }] },
      { name: '$in with one value above', files: bounded({ $in: ['1', '250000001'] }), expected: [{ ...AMOUNT, severity: 'error' }] },
      { name: 'a lower bound only', files: bounded({ $gte: '1' }), expected: [{ ...AMOUNT, severity: 'error' }] },
      { name: 'no guard at all', files: fundsRepo({ workflow: manual(send({ amount: TRIGGER_AMOUNT })) }), expected: [{ ...AMOUNT, severity: 'error', message: /takes `\$trigger\.body`/, hint: /^add an `if` before the node whose condition tests `\{\{\$trigger\.body\.amount\}\}` against the bound \(e\.g\. `\$lte` or `\$in`\), with this node on its `then` branch$/ }] },
      {
        name: 'a node result, unguarded',
        files: fundsRepo({ workflow: send({ amount: '{{$nodes.check.result.balance}}' }) }),
        expected: [{ ...AMOUNT, severity: 'error', message: /^`pay\.payload\.amount` takes the result of node `check` and no upstream `if` keeps it inside/ }],
      },
    ]));

  it('converts token units with the action\'s or the manifest\'s decimals', () => {
    const sol = (amount: string) => workflowWith(payNode('send-sol', { recipientAddress: 'So1ana1111111111111111111111111111111111111', amount, chainId: 7565164 }));
    const spl = (amount: string) => workflowWith(payNode('send-spl-token', { tokenMintAddress: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', recipientAddress: 'So1ana1111111111111111111111111111111111111', amount, chainId: 7565164 }));
    return checkRuleTable(RULE, [
      { name: 'SOL at the bound (0.25 SOL = 250000000 lamports)', files: fundsRepo({ workflow: sol('0.25') }), expected: [] },
      { name: 'SOL one lamport past the bound', files: fundsRepo({ workflow: sol('0.250000001') }), expected: [{ ...payloadValue(1, 'amount'), severity: 'error', message: /outside `maxAmount`/ }] },
      { name: 'SPL token with decimals in the manifest', files: fundsRepo({ workflow: spl('250'), funds: funds('      approvals: none\n', '      approvals: none\n      decimals: 6\n') }), expected: [] },
      {
        name: 'SPL token without decimals: unverified',
        files: fundsRepo({ workflow: spl('250') }),
        expected: [{ ...payloadValue(2, 'amount'), severity: 'error', unverified: true, message: /^`pay\.payload\.amount` is `"250"`, which cannot be compared with `maxAmount` 250000000$/, hint: /^write the value as the bound expects \(raw units as a decimal string; `decimals` in the manifest for token units\)$/ }],
      },
    ]);
  });
});

describe(`${RULE}: an acknowledged unlimited approval`, () => {
  const acknowledged = funds('approvals: none', 'approvals: unlimited-acknowledged\n      approvalReason: "the relayer is audited"');
  const maxUint = ((1n << 256n) - 1n).toString();
  const approve = workflowWith(payNode('approve-erc20', { tokenAddress: USDC, spenderAddress: VENDOR, amount: maxUint, chainId: 8453 }));
  const cow = (sellAmount: string) => workflowWith(payNode('cow-swap-gasless', { chainId: 8453, sellToken: USDC, buyToken: USDC, sellAmount, spender: VENDOR }));

  it('exempts the allowance, never what the node sells', () =>
    checkRuleTable(RULE, [
      { name: 'an unlimited allowance, acknowledged', files: fundsRepo({ workflow: approve, funds: acknowledged }), expected: [] },
      { name: 'a swap naming a spender, sell amount at the bound', files: fundsRepo({ workflow: cow('250000000'), funds: acknowledged }), expected: [] },
      {
        name: 'a swap naming a spender, sell amount past the bound',
        files: fundsRepo({ workflow: cow('999999999999999'), funds: acknowledged }),
        expected: [{ ...payloadValue(3, 'sellAmount'), severity: 'error', message: /^`pay\.payload\.sellAmount` is `"999999999999999"`, outside `maxAmount` 250000000$/ }],
      },
    ]));
});

describe(`${RULE}: Hyperliquid outcome orders`, () => {
  const tenTokens = funds('      maxAmount: "250000000"\n', '      maxAmount: "10"\n');
  const market = (size: string) => workflowWith(payNode('hyperliquid-outcome-market-order', { outcomeIndex: 40, outcomeSide: 'yes', side: 'buy', size, slippageBps: 50 }));
  const limit = (size: string) => workflowWith(payNode('hyperliquid-outcome-place-order', { outcomeIndex: 40, outcomeSide: 'yes', side: 'buy', size, price: '0.4' }));

  it('bounds `size`, in whole outcome tokens', () =>
    checkRuleTable(RULE, [
      { name: 'a market order of 10 tokens at a bound of 10', files: fundsRepo({ workflow: market('10'), funds: tenTokens }), expected: [] },
      { name: 'a limit order of 10 tokens at a bound of 10', files: fundsRepo({ workflow: limit('10'), funds: tenTokens }), expected: [] },
      { name: 'a market order of 11 tokens', files: fundsRepo({ workflow: market('11'), funds: tenTokens }), expected: [{ ...payloadValue(3, 'size'), severity: 'error', message: /^`pay\.payload\.size` is `"11"`, outside `maxAmount` 10$/ }] },
      { name: 'a limit order of 5000 tokens', files: fundsRepo({ workflow: limit('5000'), funds: tenTokens }), expected: [{ ...payloadValue(3, 'size'), severity: 'error', message: /^`pay\.payload\.size` is `"5000"`, outside `maxAmount` 10$/ }] },
    ]));
});
