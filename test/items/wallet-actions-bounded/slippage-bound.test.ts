import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, WF, fundsRepo, funds, payNode, payloadValue, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/slippage-bound';
const WETH = '0x4200000000000000000000000000000000000006';
const TOKENS = funds(`["${USDC}"]`, `["${USDC}", "${WETH}"]`);
const withMax = (max: number) => funds('      approvals: none\n', `      approvals: none\n      maxSlippageBps: ${max}\n`);
const zeroEx = (extra: Record<string, unknown> = {}) => workflowWith(payNode('0x-swap', { sellToken: USDC, buyToken: WETH, sellAmount: '1000', chainId: 8453, ...extra }));
const relay = (extra: Record<string, unknown> = {}) => workflowWith(payNode('relay-swap', { srcChainId: 8453, tokenIn: USDC, amountIn: '1000', dstChainId: 8453, tokenOut: WETH, ...extra }));
const permitRelayer = (extra: Record<string, unknown> = {}) => workflowWith(payNode('permit-relayer-swap', { sellToken: USDC, buyToken: WETH, sellAmount: '1000', chainId: 8453, receiver: '0x2222222222222222222222222222222222222222', ...extra }));
const PAYLOAD = { file: WF, line: 26, column: 20 };
const marketOrder = (extra: Record<string, unknown> = {}) => workflowWith(payNode('hyperliquid-outcome-market-order', { outcomeIndex: 40, outcomeSide: 'yes', side: 'buy', size: '10', ...extra }));
const NO_MAX = /^add `maxSlippageBps` \(basis points, 100 = 1%\) to `nodes\.pay\.funds`$/;
/** A pinned catalog of one order action whose complete schema names a slippage field without a default. */
const tolerance = JSON.stringify({
  source: 'https://api.b3os.org',
  fetchedAt: '2026-11-20T09:00:00Z',
  actions: [{ type: 'acme-limit-order', category: 'evm-onchain', connector: { type: 'wallet' }, requiresGas: true, payloadSchema: { type: 'object', properties: { chainId: { type: 'number' }, toleranceBps: { type: 'number' }, slippageToleranceBps: { type: 'number' } }, additionalProperties: false } }],
  triggers: [],
});

describe(RULE, () => {
  it('holds swaps and bridges to maxSlippageBps', () =>
    checkRuleTable(RULE, [
      { name: 'slippage at the bound', files: fundsRepo({ workflow: zeroEx({ slippageBps: 100 }), funds: withMax(100) }), expected: [] },
      { name: 'slippage one past the bound', files: fundsRepo({ workflow: zeroEx({ slippageBps: 101 }), funds: withMax(100) }), expected: [{ ...payloadValue(4, 'slippageBps'), severity: 'error', message: /^`pay\.payload\.slippageBps` is `101`, outside `maxSlippageBps` 100$/ }] },
      { name: 'no slippage: the stated default of 100 at the bound', files: fundsRepo({ workflow: zeroEx(), funds: withMax(100) }), expected: [] },
      { name: 'no slippage: the stated default above the bound', files: fundsRepo({ workflow: zeroEx(), funds: withMax(50) }), expected: [{ ...PAYLOAD, severity: 'error', message: /^node `pay` sets no `slippageBps`, so its default of 100 bps applies, above `maxSlippageBps` 50$/ }] },
      { name: 'a swap without maxSlippageBps', files: fundsRepo({ workflow: zeroEx({ slippageBps: 50 }), funds: TOKENS }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /has a slippage field, but its fund bounds have no `maxSlippageBps`$/, hint: NO_MAX }] },
      { name: 'a bridge without maxSlippageBps', files: fundsRepo({ workflow: relay({ slippageBps: 50 }), funds: TOKENS }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` is a bridge or has a slippage field, but its fund bounds have no `maxSlippageBps`$/ }] },
      { name: 'an order with a slippage field: its stated default at the bound', files: fundsRepo({ workflow: marketOrder(), funds: withMax(100) }), expected: [] },
      { name: 'an order with a slippage field: its stated default above the bound', files: fundsRepo({ workflow: marketOrder(), funds: withMax(99) }), expected: [{ ...PAYLOAD, severity: 'error', message: /^node `pay` sets no `slippageBps`, so its default of 100 bps applies, above `maxSlippageBps` 99$/, hint: /^set `slippageBps` in the payload, at most 99$/ }] },
      { name: 'an order with a slippage field, without maxSlippageBps', files: fundsRepo({ workflow: marketOrder({ slippageBps: 50 }), funds: TOKENS }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` is a swap or has a slippage field/ }] },
      { name: 'an order whose slippage field is past the bound', files: fundsRepo({ workflow: marketOrder({ slippageBps: 101 }), funds: withMax(100) }), expected: [{ ...payloadValue(4, 'slippageBps'), severity: 'error', message: /is `101`, outside `maxSlippageBps` 100$/ }] },
      {
        name: 'an action whose only slippage field has no stated default, not set',
        files: fundsRepo({ workflow: workflowWith(payNode('acme-limit-order', { chainId: 8453 })), funds: withMax(100), files: { '.b3os/catalog.json': tolerance } }),
        expected: [{ ...PAYLOAD, severity: 'error', message: /^node `pay` sets no slippage, so an unstated platform default applies, which `maxSlippageBps` 100 cannot bound$/, hint: /^set `slippageToleranceBps` in the payload, at most 100$/ }],
      },
      { name: 'a bridge whose slippage field the schema does not name, set within the bound', files: fundsRepo({ workflow: relay({ slippageBps: 30 }), funds: withMax(50) }), expected: [] },
      { name: 'a bridge with no slippage: an unstated default', files: fundsRepo({ workflow: relay(), funds: withMax(50) }), expected: [{ ...PAYLOAD, severity: 'error', message: /sets no slippage, so an unstated platform default applies/, hint: /^set `slippageBps` in the payload, at most 50$/ }] },
      { name: 'a send has no slippage to bound', files: fundsRepo(), expected: [] },
      { name: 'a swap whose complete schema has no slippage field', files: fundsRepo({ workflow: permitRelayer(), funds: withMax(50) }), expected: [] },
      { name: 'a swap without a slippage field still needs maxSlippageBps', files: fundsRepo({ workflow: permitRelayer(), funds: TOKENS }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` is a swap or has a slippage field, but its fund bounds have no `maxSlippageBps`$/ }] },
      { name: 'a slippage the schema does not name, set past the bound', files: fundsRepo({ workflow: permitRelayer({ slippageBps: 80 }), funds: withMax(50) }), expected: [{ ...payloadValue(5, 'slippageBps'), severity: 'error', message: /is `80`, outside `maxSlippageBps` 50$/ }] },
      { name: 'slippage from the trigger, unguarded', files: fundsRepo({ workflow: zeroEx({ slippageBps: '{{$trigger.body.slippage}}' }), funds: withMax(100) }), expected: [{ ...payloadValue(4, 'slippageBps'), severity: 'error', message: /takes `\$trigger\.body`/ }] },
    ]));
});
