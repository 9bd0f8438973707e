import { locationIn } from '../../core/locate.js';
import { isApproval } from './approvals.js';
import { boundsOf, fundsRule } from './funds-workflows.js';

/**
 * Every funds node declares its approval behaviour (`approvals`: none, exact or
 * unlimited-acknowledged), and a node that grants an allowance does not claim `none`.
 */
export const approvalPolicy = fundsRule(
  {
    id: 'wallet-actions-bounded/approval-policy',
    description: 'every funds node declares its approval behaviour, and a node that approves a spender does not declare none',
    severity: 'error',
  },
  (_ctx, { report }, wf) => {
    for (const node of wf.funds) {
      const found = boundsOf(wf, node.node.id);
      if (!found) continue;
      const { bounds, manifest, pointer } = found;
      if (bounds.approvals === undefined) {
        report({
          message: `node \`${node.node.id}\` does not declare its approval behaviour`,
          hint: `set \`approvals\` in \`nodes.${node.node.id}.funds\`: none, exact (approve only what is spent) or unlimited-acknowledged (with approvalReason)`,
          location: locationIn(manifest.doc, pointer),
        });
      } else if (bounds.approvals === 'none' && isApproval(node)) {
        report({
          message: `node \`${node.node.id}\` approves a spender (\`${node.node.type}\`) but its bounds declare \`approvals: none\``,
          hint: 'declare `approvals: exact` and bound the amount with `maxAmount`, or `unlimited-acknowledged` with `approvalReason`',
          location: locationIn(manifest.doc, `${pointer}/approvals`),
        });
      }
    }
  },
);
