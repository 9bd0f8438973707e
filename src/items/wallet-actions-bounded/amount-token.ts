/**
 * Which token a `maxAmount` is in. It is one number of raw units, so it means one amount only when
 * the node's amount is in one token: 250000000 is 250 USDC but 2.5 cbBTC. With more than one token
 * in the bounds, that holds only for a node that names several tokens (a swap: the literal sell
 * token fixes the units), never for a node with one token field, or one whose token is chosen at
 * run time.
 */
import type { FundsNode } from '../../funds/funds-nodes.js';
import { fieldValue } from '../../funds/values.js';
import type { FundsBounds } from '../../readiness/formats.js';

/** Why the raw units of the node's `maxAmount` are ambiguous, or undefined when they are not. */
export function ambiguousAmountToken(node: FundsNode, bounds: FundsBounds): string | undefined {
  const tokens = bounds.tokens ?? [];
  if (bounds.maxAmount === undefined || tokens.length < 2) return undefined;
  const fields = [...node.roles.roles].filter(([, role]) => role.role === 'token').map(([key]) => key);
  const chosen = fields.find((key) => {
    const value = fieldValue(node.node.value.payload, key, node.node.pointer);
    return value.kind === 'reference' || value.kind === 'computed' || (value.kind === 'literal' && Array.isArray(value.value));
  });
  if (chosen !== undefined) return `its \`${chosen}\` is chosen at run time among the ${tokens.length} tokens of its bounds`;
  if (fields.length < 2) return `it moves one token, and its bounds list ${tokens.length}`;
  return undefined;
}

/** True when a `symbol` in the bounds cannot name the token of the amount: the bounds list several tokens. */
export function symbolAmbiguous(bounds: FundsBounds): boolean {
  return (bounds.tokens ?? []).length > 1;
}
