/**
 * What the shipped catalog says about funds: which payload field of an action is its chain,
 * token, recipient, spender, amount or slippage, and what kind of movement it makes. Kept as data
 * here, each entry naming where it is stated. Used only by build-platform-catalog.mjs.
 */

const REF = 'b3os-platform.md §4.3 (docs.b3os.org reference pages)';
const HARVEST = 'b3os-catalog-harvest.json (docs.b3os.org reference pages)';

const chain = { role: 'chain' };
const token = { role: 'token' };
const recipient = { role: 'recipient' };
const spender = { role: 'spender' };
const raw = { role: 'amount', units: 'raw' };
const inTokenUnits = { role: 'amount', units: 'token' };
const slippage = { role: 'slippage-bps' };
// Outcome orders state `size` "in whole outcome tokens": its smallest unit is one token, so `maxAmount` counts tokens.
const outcomeTokens = { role: 'amount', units: 'raw' };

/** Funds facts by action id: `kind` of movement and the roles of its payload fields. */
export const FUNDS_FACTS = {
  'send-erc20-token': { kind: 'send', source: REF, fields: { chainId: chain, tokenAddress: token, recipientAddress: recipient, amount: raw } },
  // SOL has 9 decimals: `amount` is in SOL, `rawAmount` in lamports and wins when both are set.
  'send-sol': { kind: 'send', source: REF, fields: { chainId: chain, recipientAddress: recipient, amount: { role: 'amount', units: 'token', decimals: 9 }, rawAmount: raw } },
  'send-spl-token': { kind: 'send', source: REF, fields: { chainId: chain, tokenMintAddress: token, recipientAddress: recipient, amount: inTokenUnits, rawAmount: raw } },
  'approve-erc20': {
    kind: 'approval',
    source: REF,
    fields: { chainId: chain, tokenAddress: token, spenderAddress: spender, amount: raw, confirmUnlimitedApproval: { role: 'unlimited-flag' } },
  },
  '0x-swap': { kind: 'swap', source: REF, fields: { chainId: chain, sellToken: token, buyToken: token, sellAmount: raw, slippageBps: slippage } },
  'relay-swap': {
    kind: 'bridge',
    source: REF,
    fields: { srcChainId: chain, dstChainId: chain, tokenIn: token, tokenOut: token, amountIn: raw, amountOut: raw, recipient },
  },
  'permit-relayer-swap': { kind: 'swap', source: REF, fields: { chainId: chain, sellToken: token, buyToken: token, sellAmount: raw, receiver: recipient } },
  'swapkit-swap': { kind: 'bridge', source: REF, fields: { sellAsset: token, buyAsset: token, sellAmount: inTokenUnits } },
  'jupiter-swap': { kind: 'swap', source: HARVEST, fields: { chainId: chain, inputMint: token, outputMint: token, amount: inTokenUnits, rawAmount: raw, slippageBps: slippage } },
  'hyperliquid-outcome-market-order': { kind: 'order', source: REF, fields: { size: outcomeTokens, slippageBps: slippage } },
  'hyperliquid-outcome-place-order': { kind: 'order', source: REF, fields: { size: outcomeTokens } },
  'polymarket-place-bet': { kind: 'order', source: HARVEST, fields: {} },
  'polymarket-redeem': { kind: 'receive', source: HARVEST, fields: {} },
  // b3os-platform.md §4.3 [INF]: built-ins that can spend, though no source declares their funds movement.
  'place-order': { kind: 'order', source: 'b3os-platform.md §4.3 (inferred: built-ins that can spend)', fields: {} },
  'call-x402-endpoint': { kind: 'spend', source: 'b3os-platform.md §4.3 (inferred: x402 payment)', fields: {} },
  'deploy-contract': { kind: 'spend', source: 'b3os-platform.md §4.3 (inferred: pays gas)', fields: {} },
};

/** The shipped entries with their funds facts added (by type). */
export function withFundsFacts(entries) {
  return entries.map((entry) => (Object.hasOwn(FUNDS_FACTS, entry.type) ? { ...entry, funds: FUNDS_FACTS[entry.type] } : entry));
}
