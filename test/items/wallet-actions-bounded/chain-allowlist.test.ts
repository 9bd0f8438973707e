import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, VENDOR, WF, edit, fundsRepo, funds, guardedBy, manifestFor, manual, payNode, payloadValue, repo, send, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/chain-allowlist';
const CHAIN = payloadValue(3, 'chainId');
const TRIGGER_CHAIN = '{{$trigger.body.chain}}';
const guarded = (test: Record<string, unknown>) => fundsRepo({ workflow: manual(guardedBy(send({ chainId: TRIGGER_CHAIN }), { [TRIGGER_CHAIN]: test })) });

describe(RULE, () => {
  it('holds the chain to the manifest `chains`', () =>
    checkRuleTable(RULE, [
      { name: 'chain in the list', files: fundsRepo(), expected: [] },
      { name: 'chain in a list of many', files: fundsRepo({ funds: funds('chains: [8453]', 'chains: [1, 10, 137, 8453, 42161]') }), expected: [] },
      { name: 'chain as a digit string', files: fundsRepo({ workflow: send({ chainId: '8453' }) }), expected: [] },
      { name: 'chain outside the list', files: fundsRepo({ workflow: send({ chainId: 1 }) }), expected: [{ ...CHAIN, severity: 'error', message: /^`pay\.payload\.chainId` is `1`, outside `chains` \[8453\]$/ }] },
      { name: 'chain outside a list of two', files: fundsRepo({ workflow: send({ chainId: 8453 }), funds: funds('chains: [8453]', 'chains: [1, 10]') }), expected: [{ ...CHAIN, severity: 'error', message: /^`pay\.payload\.chainId` is `8453`, outside `chains` \[1, 10\]$/ }] },
      { name: 'chain named, not numbered', files: fundsRepo({ workflow: send({ chainId: 'base' }) }), expected: [{ ...CHAIN, severity: 'error', message: /is a 4-character string, outside/ }] },
      {
        name: 'no chains in the bounds',
        files: fundsRepo({ funds: funds('      chains: [8453]\n', '') }),
        expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` sets a chain \(`chainId`\) but its fund bounds have no `chains`$/, hint: /^add `chains` to `nodes\.pay\.funds` in the manifest$/ }],
      },
      { name: 'a send that sets no chain', files: fundsRepo({ workflow: workflowWith(payNode('send-erc20-token', { tokenAddress: USDC, recipientAddress: VENDOR, amount: '1' })) }), expected: [] },
      { name: 'a funds node without bounds: left to funds-entry', files: repo({ [WF]: send({ chainId: 1 }), [MANIFEST]: edit(manifestFor(send({ chainId: 1 })), 'nodes:\n  pay:\n', 'nodes:\n  other:\n') }), expected: [] },
      { name: '$eq an allowed chain', files: guarded({ $eq: 8453 }), expected: [] },
      { name: '$in allowed chains', files: guarded({ $in: [8453] }), expected: [] },
      { name: '$in with a chain not allowed', files: guarded({ $in: [8453, 1] }), expected: [{ ...CHAIN, severity: 'error', message: /no upstream `if` keeps it inside `chains` \[8453\]/ }] },
      { name: '$ne a chain', files: guarded({ $ne: 1 }), expected: [{ ...CHAIN, severity: 'error' }] },
      {
        name: 'guarded on one path only',
        files: fundsRepo({ workflow: edit(manual(guardedBy(send({ chainId: TRIGGER_CHAIN }), { [TRIGGER_CHAIN]: { $eq: 8453 } })), '"children": ["check"]', '"children": ["check", "pay"]') }),
        expected: [{ ...CHAIN, severity: 'error' }],
      },
    ]));
});
