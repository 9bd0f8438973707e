import { sameAddress } from '../../funds/amounts.js';
import { allowlist } from '../../funds/field-check.js';
import { checkFieldBounds } from './field-bounds.js';
import { fundsRule } from './funds-workflows.js';
import { listed } from './listed.js';

/** The tokens a funds node moves (sells and buys, for a swap) are ones its manifest allows. */
export const tokenAllowlist = fundsRule(
  {
    id: 'wallet-actions-bounded/token-allowlist',
    description: 'every token a funds node moves is in its manifest `tokens`, literally or through an upstream if',
    severity: 'error',
  },
  (_ctx, reporter, wf) =>
    checkFieldBounds(reporter, wf, {
      roles: ['token'],
      key: 'tokens',
      noun: 'a token',
      bound: (bounds) => (bounds.tokens ? allowlist((value) => typeof value === 'string' && bounds.tokens!.some((t) => sameAddress(value, t))) : undefined),
      describe: (bounds) => `\`tokens\` ${listed(bounds.tokens ?? [])}`,
    }),
);
