import { allowlist } from '../../funds/field-check.js';
import { chainIn } from '../../funds/amounts.js';
import { checkFieldBounds } from './field-bounds.js';
import { fundsRule } from './funds-workflows.js';

/** The chain a funds node acts on is one its manifest allows. */
export const chainAllowlist = fundsRule(
  {
    id: 'wallet-actions-bounded/chain-allowlist',
    description: 'the chain of every funds node is in its manifest `chains`, literally or through an upstream if',
    severity: 'error',
  },
  (_ctx, reporter, wf) =>
    checkFieldBounds(reporter, wf, {
      roles: ['chain'],
      key: 'chains',
      noun: 'a chain',
      bound: (bounds) => (bounds.chains ? allowlist((value) => chainIn(value, bounds.chains!)) : undefined),
      describe: (bounds) => `\`chains\` [${(bounds.chains ?? []).join(', ')}]`,
    }),
);
