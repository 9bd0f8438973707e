import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, VENDOR, edit, fundsRepo, funds, manifestFor, payNode, payloadValue, send, workflowWith } from './fixtures.js';

const MAX_UINT = ((1n << 256n) - 1n).toString();
const approve = (amount: string, extra: Record<string, unknown> = {}) => workflowWith(payNode('approve-erc20', { tokenAddress: USDC, spenderAddress: VENDOR, amount, chainId: 8453, ...extra }));
const policy = (approvals: string) => funds('approvals: none', approvals);
const ACKNOWLEDGED = policy('approvals: unlimited-acknowledged\n      approvalReason: "the router is immutable and audited"');

describe('wallet-actions-bounded/approval-policy', () => {
  it('needs declared approval behaviour, never none for an approval', () =>
    checkRuleTable('wallet-actions-bounded/approval-policy', [
      { name: 'send with approvals none', files: fundsRepo(), expected: [] },
      { name: 'approval with approvals exact', files: fundsRepo({ workflow: approve('1000'), funds: policy('approvals: exact') }), expected: [] },
      { name: 'approvals not declared', files: fundsRepo({ funds: funds('      approvals: none\n', '') }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` does not declare its approval behaviour$/, hint: /^set `approvals` in `nodes\.pay\.funds`: none, exact \(approve only what is spent\) or unlimited-acknowledged \(with approvalReason\)$/ }] },
      { name: 'a swap naming a spender declared none', files: fundsRepo({ workflow: workflowWith(payNode('cow-swap-gasless', { chainId: 8453, sellToken: USDC, buyToken: USDC, sellAmount: '1000', spender: VENDOR })) }), expected: [{ file: MANIFEST, line: 13, column: 18, severity: 'error', message: /^node `pay` approves a spender \(`cow-swap-gasless`\)/ }] },
      { name: 'an approval known by name only, without a spender field, declared none', files: fundsRepo({ workflow: workflowWith(payNode('acme-approve', { tokenAddress: USDC, amount: '1000', chainId: 8453 })) }), expected: [{ file: MANIFEST, line: 13, column: 18, severity: 'error', message: /^node `pay` approves a spender \(`acme-approve`\)/ }] },
      { name: 'approval without bounds: left to funds-entry', files: fundsRepo({ workflow: approve('1000'), files: { [MANIFEST]: edit(manifestFor(approve('1000')), 'nodes:\n  pay:\n', 'nodes:\n  other:\n') } }), expected: [] },
      { name: 'approval without a manifest: left to funds-entry', files: fundsRepo({ workflow: approve('1000'), files: { [MANIFEST]: null } }), expected: [] },
      { name: 'approval declared none', files: fundsRepo({ workflow: approve('1000') }), expected: [{ file: MANIFEST, line: 13, column: 18, severity: 'error', message: /^node `pay` approves a spender \(`approve-erc20`\) but its bounds declare `approvals: none`$/, hint: /^declare `approvals: exact` and bound the amount with `maxAmount`, or `unlimited-acknowledged` with `approvalReason`$/ }] },
    ]));
});

describe('wallet-actions-bounded/unlimited-approval', () => {
  it('needs an unlimited approval acknowledged with a reason', () =>
    checkRuleTable('wallet-actions-bounded/unlimited-approval', [
      { name: 'exact approval', files: fundsRepo({ workflow: approve('1000'), funds: policy('approvals: exact') }), expected: [] },
      { name: 'max uint256 minus one is not max uint256', files: fundsRepo({ workflow: approve((BigInt(MAX_UINT) - 1n).toString()), funds: policy('approvals: exact') }), expected: [] },
      { name: 'max uint256 acknowledged', files: fundsRepo({ workflow: approve(MAX_UINT, { confirmUnlimitedApproval: true }), funds: ACKNOWLEDGED }), expected: [] },
      {
        name: 'max uint256 with approvals exact',
        files: fundsRepo({ workflow: approve(MAX_UINT), funds: policy('approvals: exact') }),
        expected: [{ ...payloadValue(2, 'amount'), severity: 'error', message: /^`pay\.payload\.amount` approves max uint256, an unlimited allowance, which the manifest does not acknowledge$/, hint: /^approve only the amount spent, or set `approvals: unlimited-acknowledged` and `approvalReason` in `nodes\.pay\.funds`$/ }],
      },
      {
        name: 'max uint256 confirmed on the node, not in the manifest: both reported',
        files: fundsRepo({ workflow: approve(MAX_UINT, { confirmUnlimitedApproval: true }), funds: policy('approvals: exact') }),
        expected: [
          { ...payloadValue(2, 'amount'), severity: 'error' },
          { ...payloadValue(4, 'confirmUnlimitedApproval'), severity: 'error', message: /confirms an unlimited approval/ },
        ],
      },
      { name: 'an unlimited flag set to false', files: fundsRepo({ workflow: approve('1000', { confirmUnlimitedApproval: false }), funds: policy('approvals: exact') }), expected: [] },
      { name: 'an amount from the trigger is left to amount-bound', files: fundsRepo({ workflow: approve('{{$trigger.body.amount}}'), funds: policy('approvals: exact') }), expected: [] },
      { name: 'max uint256 in a node that sends, not approves', files: fundsRepo({ workflow: send({ amount: MAX_UINT }) }), expected: [] },
      { name: 'max uint256 without a manifest', files: fundsRepo({ workflow: approve(MAX_UINT), files: { [MANIFEST]: null } }), expected: [{ ...payloadValue(2, 'amount'), severity: 'error' }] },
      { name: 'max uint256 with a manifest that does not validate: left to funds-entry', files: fundsRepo({ workflow: approve(MAX_UINT), funds: policy('approvals: never') }), expected: [] },
      { name: 'max uint256 with empty bounds for the node', files: fundsRepo({ workflow: approve(MAX_UINT), funds: '      {}\n' }), expected: [{ ...payloadValue(2, 'amount'), severity: 'error' }] },
    ]));
});
