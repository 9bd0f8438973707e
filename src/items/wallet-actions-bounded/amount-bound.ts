import type { FieldRole } from '../../catalog/types.js';
import { locationIn } from '../../core/locate.js';
import type { Reporter } from '../../core/rule.js';
import { formatUnits, rawAmount, tokenUnitsToRaw } from '../../funds/amounts.js';
import { atMost } from '../../funds/field-check.js';
import type { JsonValue } from '../../parse/document.js';
import type { FundsBounds } from '../../readiness/formats.js';
import { ambiguousAmountToken, symbolAmbiguous } from './amount-token.js';
import { checkFieldBounds } from './field-bounds.js';
import { boundsOf, fundsRule, type FundsWorkflow } from './funds-workflows.js';

/**
 * Every amount a funds node moves is at most the manifest's `maxAmount` (raw units, compared as
 * big integers); an amount in token units is converted with the token's decimals. The allowance
 * of an unlimited approval acknowledged in the manifest is judged by `unlimited-approval`, not
 * here; the acknowledgement covers that allowance only, never what a node sells or sends, even a
 * swap that also names a spender. A `maxAmount` whose token is ambiguous (see `amount-token`)
 * cannot be verified.
 */
export const amountBound = fundsRule(
  {
    id: 'wallet-actions-bounded/amount-bound',
    description: 'every amount of a funds node is at most its manifest `maxAmount`, literally or through an upstream if',
    severity: 'error',
  },
  (_ctx, reporter, wf) => {
    reportAmbiguousTokens(reporter, wf);
    checkFieldBounds(reporter, wf, {
      roles: ['amount'],
      key: 'maxAmount',
      noun: 'an amount',
      bound: (bounds, role) => (bounds.maxAmount === undefined ? undefined : atMost(BigInt(bounds.maxAmount), reader(role, bounds))),
      describe: describeMax,
      skip: (node, bounds) => node.kind === 'approval' && bounds.approvals === 'unlimited-acknowledged',
    });
  },
);

function reportAmbiguousTokens(reporter: Reporter, wf: FundsWorkflow): void {
  for (const node of wf.funds) {
    const found = boundsOf(wf, node.node.id);
    const why = found && ambiguousAmountToken(node, found.bounds);
    if (!found || !why) continue;
    reporter.report({
      message: `\`maxAmount\` of node \`${node.node.id}\` cannot be verified: ${why}`,
      hint: 'bound the node to one token it sells, named literally, with `maxAmount` in that token, or split it into one node per token',
      location: locationIn(found.manifest.doc, `${found.pointer}/${found.bounds.tokens ? 'tokens' : 'maxAmount'}`),
      unverified: true,
    });
  }
}

/** How to read one amount field in raw units: as written, or token units times 10^decimals. */
function reader(role: FieldRole, bounds: FundsBounds): (value: JsonValue) => bigint | undefined {
  if (role.units !== 'token') return rawAmount;
  const decimals = role.decimals ?? bounds.decimals;
  return (value) => (decimals === undefined ? undefined : tokenUnitsToRaw(value, decimals));
}

function describeMax(bounds: FundsBounds): string {
  const max = bounds.maxAmount ?? '';
  const symbol = bounds.symbol && !symbolAmbiguous(bounds) ? ` ${bounds.symbol}` : '';
  const units = bounds.decimals === undefined ? '' : ` (${formatUnits(BigInt(max), bounds.decimals)}${symbol})`;
  return `\`maxAmount\` ${max}${units}`;
}
