import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, VENDOR, fundsRepo, funds, payNode, payloadValue, workflowWith } from './fixtures.js';

const MAX_UINT = ((1n << 256n) - 1n).toString();
const approve = (amount: string, extra: Record<string, unknown> = {}) => workflowWith(payNode('approve-erc20', { tokenAddress: USDC, spenderAddress: VENDOR, amount, chainId: 8453, ...extra }));
const policy = (approvals: string) => funds('approvals: none', approvals);
const ACKNOWLEDGED = policy('approvals: unlimited-acknowledged\n      approvalReason: "the router is immutable and audited"');

describe('wallet-actions-bounded/approval-policy', () => {
  it('needs declared approval behaviour, never none for an approval', () =>
    checkRuleTable('wallet-actions-bounded/approval-policy', [
      { name: 'send with approvals none', files: fundsRepo(), expected: [] },
      { name: 'approval with approvals exact', files: fundsRepo({ workflow: approve('1000'), funds: policy('approvals: exact') }), expected: [] },
      { name: 'approvals not declared', files: fundsRepo({ funds: funds('      approvals: none\n', '') }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` does not declare its approval behaviour$/ }] },
      { name: 'approval declared none', files: fundsRepo({ workflow: approve('1000') }), expected: [{ file: MANIFEST, line: 13, column: 18, severity: 'error', message: /^node `pay` approves a spender \(`approve-erc20`\) but its bounds declare `approvals: none`$/ }] },
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
        expected: [{ ...payloadValue(2, 'amount'), severity: 'error', message: /^`pay\.payload\.amount` approves max uint256, an unlimited allowance, which the manifest does not acknowledge$/ }],
      },
      {
        name: 'max uint256 confirmed on the node, not in the manifest: both reported',
        files: fundsRepo({ workflow: approve(MAX_UINT, { confirmUnlimitedApproval: true }), funds: policy('approvals: exact') }),
        expected: [
          { ...payloadValue(2, 'amount'), severity: 'error' },
          { ...payloadValue(4, 'confirmUnlimitedApproval'), severity: 'error', message: /confirms an unlimited approval/ },
        ],
      },
      { name: 'max uint256 with empty bounds for the node', files: fundsRepo({ workflow: approve(MAX_UINT), funds: '      {}\n' }), expected: [{ ...payloadValue(2, 'amount'), severity: 'error' }] },
    ]));
});
