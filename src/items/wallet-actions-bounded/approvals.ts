import type { FundsNode } from '../../funds/funds-nodes.js';

/** True for a node that grants an allowance: an approval, or any node with a spender field. */
export function isApproval(node: FundsNode): boolean {
  return node.kind === 'approval' || [...node.roles.roles.values()].some((role) => role.role === 'spender');
}
