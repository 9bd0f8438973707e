import { defineRule } from '../../core/rule.js';
import { allowlist } from '../../funds/field-check.js';
import { chainIn } from '../../funds/amounts.js';
import { checkFieldBounds } from './field-bounds.js';

/** The chain a funds node acts on is one its manifest allows. */
export const chainAllowlist = defineRule(
  {
    id: 'wallet-actions-bounded/chain-allowlist',
    description: 'the chain of every funds node is in its manifest `chains`, literally or through an upstream if',
    severity: 'error',
  },
  (ctx, reporter) =>
    checkFieldBounds(ctx, reporter, {
      roles: ['chain'],
      key: 'chains',
      noun: 'a chain',
      bound: (bounds) => (bounds.chains ? allowlist((value) => chainIn(value, bounds.chains!)) : undefined),
      describe: (bounds) => `\`chains\` [${(bounds.chains ?? []).join(', ')}]`,
    }),
);
