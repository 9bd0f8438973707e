import type { FieldRole } from '../../catalog/types.js';
import { defineRule } from '../../core/rule.js';
import { formatUnits, rawAmount, tokenUnitsToRaw } from '../../funds/amounts.js';
import { atMost } from '../../funds/field-check.js';
import type { JsonValue } from '../../parse/document.js';
import type { FundsBounds } from '../../readiness/formats.js';
import { checkFieldBounds } from './field-bounds.js';

/**
 * Every amount a funds node moves is at most the manifest's `maxAmount` (raw units, compared as
 * big integers); an amount in token units is converted with the token's decimals. The allowance
 * of an unlimited approval acknowledged in the manifest is judged by `unlimited-approval`, not
 * here; the acknowledgement covers that allowance only, never what a node sells or sends, even a
 * swap that also names a spender.
 */
export const amountBound = defineRule(
  {
    id: 'wallet-actions-bounded/amount-bound',
    description: 'every amount of a funds node is at most its manifest `maxAmount`, literally or through an upstream if',
    severity: 'error',
  },
  (ctx, reporter) =>
    checkFieldBounds(ctx, reporter, {
      roles: ['amount'],
      key: 'maxAmount',
      noun: 'an amount',
      bound: (bounds, role) => (bounds.maxAmount === undefined ? undefined : atMost(BigInt(bounds.maxAmount), reader(role, bounds))),
      describe: describeMax,
      skip: (node, bounds) => node.kind === 'approval' && bounds.approvals === 'unlimited-acknowledged',
    }),
);

/** How to read one amount field in raw units: as written, or token units times 10^decimals. */
function reader(role: FieldRole, bounds: FundsBounds): (value: JsonValue) => bigint | undefined {
  if (role.units !== 'token') return rawAmount;
  const decimals = role.decimals ?? bounds.decimals;
  return (value) => (decimals === undefined ? undefined : tokenUnitsToRaw(value, decimals));
}

function describeMax(bounds: FundsBounds): string {
  const max = bounds.maxAmount ?? '';
  const units = bounds.decimals === undefined ? '' : ` (${formatUnits(BigInt(max), bounds.decimals)}${bounds.symbol ? ` ${bounds.symbol}` : ''})`;
  return `\`maxAmount\` ${max}${units}`;
}
