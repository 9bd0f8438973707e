import { MAX_UINT256, rawAmount } from '../../funds/amounts.js';
import type { FundsNode } from '../../funds/funds-nodes.js';
import { fieldValue, type FieldValue } from '../../funds/values.js';
import { isApproval } from './approvals.js';
import { boundsOf, fieldName, fundsRule, inWorkflow, type FundsWorkflow } from './funds-workflows.js';

/**
 * An approval of max uint256, or one confirmed with `confirmUnlimitedApproval: true`, lets the
 * spender take every token of the wallet, now and later. It passes only when the manifest says
 * `approvals: unlimited-acknowledged` with an `approvalReason`.
 */
export const unlimitedApproval = fundsRule(
  {
    id: 'wallet-actions-bounded/unlimited-approval',
    description: 'an unlimited token approval is acknowledged in the manifest with a reason',
    severity: 'error',
  },
  (_ctx, { report }, wf) => {
    if (wf.inputs.manifest.state === 'invalid') return;
    for (const node of wf.funds) {
      if (!isApproval(node) || boundsOf(wf, node.node.id)?.bounds.approvals === 'unlimited-acknowledged') continue;
      for (const [key, value] of unlimitedFields(wf, node)) {
        report({
          message: `${fieldName(node, key)} ${value.kind === 'literal' && value.value === true ? 'confirms an unlimited approval' : 'approves max uint256, an unlimited allowance'}, which the manifest does not acknowledge`,
          hint: `approve only the amount spent, or set \`approvals: unlimited-acknowledged\` and \`approvalReason\` in \`nodes.${node.node.id}.funds\``,
          location: inWorkflow(wf, value.pointer),
        });
      }
    }
  },
);

function unlimitedFields(wf: FundsWorkflow, node: FundsNode): Array<[string, FieldValue]> {
  const out: Array<[string, FieldValue]> = [];
  for (const [key, role] of node.roles.roles) {
    const value = fieldValue(node.node.value.payload, key, node.node.pointer);
    if (value.kind !== 'literal') continue;
    const unlimited = role.role === 'unlimited-flag' ? value.value === true : role.role === 'amount' && rawAmount(value.value) === MAX_UINT256;
    if (unlimited) out.push([key, value]);
  }
  return out;
}
