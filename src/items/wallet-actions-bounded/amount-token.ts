/**
 * Which token a `maxAmount` is in. It is one number of raw units, so it means one amount only when
 * the node's amount is in one token: 250000000 is 250 USDC but 2.5 cbBTC. With more than one token
 * in the bounds, that holds only for a node that names several tokens (a swap: the literal sell
 * token fixes the units), never for a node with one token field, or one whose token is chosen at
 * run time. An amount of the token bought (`amountOut` of an exact-output swap) bounds nothing
 * the node sells: what it spends is set by the price at run time.
 */
import type { FundsNode } from '../../funds/funds-nodes.js';
import { fieldValue } from '../../funds/values.js';
import type { FundsBounds } from '../../readiness/formats.js';

/** Why the node's `maxAmount` cannot be verified, or undefined when it can. */
export function ambiguousAmountToken(node: FundsNode, bounds: FundsBounds): string | undefined {
  if (bounds.maxAmount === undefined) return undefined;
  const fields = keysOf(node, 'token');
  const bought = fields.length > 1 ? keysOf(node, 'amount').find((key) => BOUGHT.test(key) && isSet(node, key)) : undefined;
  if (bought !== undefined) return `its \`${bought}\` is in the token it buys, so it does not bound what the node sells`;
  const tokens = bounds.tokens ?? [];
  if (tokens.length < 2) return undefined;
  const differs = 'so the same raw amount is a different sum in each';
  const chosen = fields.find((key) => {
    const value = fieldValue(node.node.value.payload, key, node.node.pointer);
    return value.kind === 'reference' || value.kind === 'computed' || (value.kind === 'literal' && Array.isArray(value.value));
  });
  if (chosen !== undefined) return `its \`${chosen}\` is chosen at run time among the ${tokens.length} tokens of its bounds, ${differs}`;
  if (fields.length < 2) return `it moves one token and its bounds list ${tokens.length}, ${differs}`;
  return undefined;
}

const BOUGHT = /(?:^|amount)out(?:amount)?$|^buy/i;

function keysOf(node: FundsNode, role: 'token' | 'amount'): string[] {
  return [...node.roles.roles].filter(([, r]) => r.role === role).map(([key]) => key);
}

function isSet(node: FundsNode, key: string): boolean {
  return fieldValue(node.node.value.payload, key, node.node.pointer).kind !== 'absent';
}

/** True when a `symbol` in the bounds cannot name the token of the amount: the bounds list several tokens. */
export function symbolAmbiguous(bounds: FundsBounds): boolean {
  return (bounds.tokens ?? []).length > 1;
}
