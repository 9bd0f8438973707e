import { describe, expect, it } from 'vitest';
import { auditChange } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { FUNDS, MANIFEST, USDC, WF, WORKFLOW, edit, fundsRepo, funds, manifestFor, payNode, repo, send, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/amount-bound';
const CBBTC = '0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf';
const TOKENS = { file: MANIFEST, line: 10, column: 15, severity: 'error' as const, unverified: true };
const twoTokens = funds(`["${USDC}"]`, `["${USDC}", "${CBBTC}"]`);
const threeTokens = funds(`["${USDC}"]`, `["${USDC}", "${CBBTC}", "native"]`);
const relay = (amounts: Record<string, string>) => workflowWith(payNode('relay-swap', { srcChainId: 8453, tokenIn: USDC, dstChainId: 8453, tokenOut: CBBTC, ...amounts, slippageBps: 50 }));
const oneToken = edit(FUNDS, '      approvals: none\n', '      approvals: none\n      maxSlippageBps: 100\n');
const swap = (sellToken: string) => workflowWith(payNode('0x-swap', { sellToken, buyToken: CBBTC, sellAmount: '1000', chainId: 8453, slippageBps: 50 }));
const withSlippage = (bounds: string) => edit(bounds, '      approvals: none\n', '      approvals: none\n      maxSlippageBps: 100\n');

// maxAmount is one number of raw units: 250000000 is 250 USDC but 2.5 cbBTC.
describe(`${RULE}: the token of maxAmount`, () => {
  it('cannot verify an amount bound whose token is not one', () =>
    checkRuleTable(RULE, [
      { name: 'a send of the one listed token', files: fundsRepo(), expected: [] },
      { name: 'a swap selling a literal token, two tokens listed', files: fundsRepo({ workflow: swap(USDC), funds: withSlippage(twoTokens) }), expected: [] },
      {
        name: 'a send, two tokens listed',
        files: fundsRepo({ workflow: send({ tokenAddress: CBBTC }), funds: twoTokens }),
        expected: [{ ...TOKENS, message: /^`maxAmount` of node `pay` cannot be verified: it moves one token and its bounds list 2, so the same raw amount is a different sum in each$/, hint: /^bound the node to one token it sells, named literally, with `maxAmount` in that token, or split it into one node per token$/ }],
      },
      {
        name: 'a swap selling a token chosen at run time',
        files: fundsRepo({ workflow: swap('{{$nodes.check.result.token}}'), funds: withSlippage(twoTokens) }),
        expected: [{ ...TOKENS, message: /its `sellToken` is chosen at run time among the 2 tokens of its bounds/ }],
      },
      {
        name: 'a bridge of an exact amount out, no tokens in the bounds: at maxAmount',
        files: fundsRepo({ workflow: relay({ amountOut: '1000' }), funds: edit(oneToken, `      tokens: ["${USDC}"]\n`, '') }),
        expected: [{ file: MANIFEST, line: 11, column: 18, severity: 'error', unverified: true, message: /its `amountOut` is in the token it buys/ }],
      },
      {
        name: 'a swap selling one of a list of tokens',
        files: fundsRepo({ workflow: swap([USDC, CBBTC] as unknown as string), funds: withSlippage(twoTokens) }),
        expected: [{ ...TOKENS, message: /its `sellToken` is chosen at run time among the 2 tokens of its bounds/ }],
      },
      {
        name: 'a swap selling a token computed at run time',
        files: fundsRepo({ workflow: swap('{{$nodes.check.result.token}}x'), funds: withSlippage(twoTokens) }),
        expected: [{ ...TOKENS, message: /its `sellToken` is chosen at run time/ }],
      },
      {
        name: 'a swap selling a literal token, three tokens listed, with decimals and a symbol: the bound in units, without the symbol',
        files: fundsRepo({ workflow: workflowWith(payNode('0x-swap', { sellToken: USDC, buyToken: CBBTC, sellAmount: '250000001', chainId: 8453, slippageBps: 50 })), funds: withSlippage(`${threeTokens}      decimals: 6\n      symbol: USDC\n`) }),
        expected: [{ file: WF, line: 29, column: 25, severity: 'error', message: /^`pay\.payload\.sellAmount` is `"250000001"`, outside `maxAmount` 250000000 \(250\)$/ }],
      },
      { name: 'a bridge of an exact amount out, no maxAmount: nothing to verify', files: fundsRepo({ workflow: relay({ amountOut: '1000' }), funds: edit(oneToken, '      maxAmount: "250000000"\n', '') }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` sets an amount \(`amountOut`\) but its fund bounds have no `maxAmount`$/ }] },
      { name: 'a bridge of an amount named outAmount', files: fundsRepo({ workflow: relay({ outAmount: '1000' }), funds: oneToken }), expected: [{ ...TOKENS, message: /its `outAmount` is in the token it buys/ }] },
      { name: 'a bridge of an amount named buyAmount', files: fundsRepo({ workflow: relay({ buyAmount: '1000' }), funds: oneToken }), expected: [{ ...TOKENS, message: /its `buyAmount` is in the token it buys/ }] },
      { name: 'a bridge of amounts whose names only contain out or buy', files: fundsRepo({ workflow: relay({ amountIn: '1000', rebuyAmount: '1', amountOutput: '1', layoutAmount: '1' }), funds: oneToken }), expected: [] },
      { name: 'a send with an amount named amountOut: one token field, nothing bought', files: fundsRepo({ workflow: send({ amountOut: '1' }) }), expected: [] },
      { name: 'a bridge of an exact amount in', files: fundsRepo({ workflow: relay({ amountIn: '1000' }), funds: oneToken }), expected: [] },
      {
        name: 'a bridge of an exact amount out: what it sells is set by the price',
        files: fundsRepo({ workflow: relay({ amountOut: '1000' }), funds: oneToken }),
        expected: [{ ...TOKENS, message: /^`maxAmount` of node `pay` cannot be verified: its `amountOut` is in the token it buys, so it does not bound what the node sells$/ }],
      },
    ]));

  it('names no symbol for the amount when the bounds list several tokens', async () => {
    const described = edit(WORKFLOW, 'every Monday.', 'each Monday at nine.');
    const labelled = (bounds: string) => manifestFor(WORKFLOW, `${bounds}      decimals: 6\n      symbol: USDC\n`);
    const rowOf = async (bounds: string) => (await auditChange({ base: fundsRepo(), head: repo({ [WF]: described, [MANIFEST]: labelled(bounds) }) })).funds?.[0]?.maxAmount;
    expect(await rowOf(FUNDS)).toEqual({ raw: '250000000', units: '250', symbol: 'USDC' });
    expect(await rowOf(twoTokens)).toEqual({ raw: '250000000', units: '250' });
  });
});
