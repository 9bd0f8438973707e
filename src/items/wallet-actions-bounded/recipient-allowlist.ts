import { sameAddress } from '../../funds/amounts.js';
import { allowlist } from '../../funds/field-check.js';
import { checkFieldBounds } from './field-bounds.js';
import { fundsRule } from './funds-workflows.js';
import { listed } from './listed.js';

/** Whoever receives funds from a node, or is approved to spend them, is an address its manifest allows. */
export const recipientAllowlist = fundsRule(
  {
    id: 'wallet-actions-bounded/recipient-allowlist',
    description: 'every recipient or spender of a funds node is in its manifest `recipients`, literally or through an upstream if',
    severity: 'error',
  },
  (_ctx, reporter, wf) =>
    checkFieldBounds(reporter, wf, {
      roles: ['recipient', 'spender'],
      key: 'recipients',
      noun: 'a recipient or spender',
      bound: (bounds) => (bounds.recipients ? allowlist((value) => typeof value === 'string' && bounds.recipients!.some((r) => sameAddress(value, r))) : undefined),
      describe: (bounds) => `\`recipients\` ${listed(bounds.recipients ?? [])}`,
    }),
);
