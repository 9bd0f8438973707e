import { locationIn } from '../../core/locate.js';
import type { Reporter } from '../../core/rule.js';
import { rawAmount } from '../../funds/amounts.js';
import { atMost } from '../../funds/field-check.js';
import type { FundsNode } from '../../funds/funds-nodes.js';
import { fieldValue } from '../../funds/values.js';
import { describeProblem } from './field-bounds.js';
import { boundsOf, fieldName, fundsRule, inWorkflow, type FundsWorkflow, type NodeBounds } from './funds-workflows.js';
import { fieldProblems } from '../../funds/field-check.js';

/**
 * Swaps and bridges (and any node with a slippage field) have `maxSlippageBps` in the manifest
 * (formats.md: "for swaps and bridges") and a slippage at most that: set in the payload, or the
 * action's stated default. An action whose complete schema has no slippage field cannot be given
 * one, so its payload is not asked for it.
 */
export const slippageBound = fundsRule(
  {
    id: 'wallet-actions-bounded/slippage-bound',
    description: 'every swap or bridge has a slippage at most its manifest `maxSlippageBps`',
    severity: 'error',
  },
  (_ctx, reporter, wf) => {
    for (const node of wf.funds) {
      const found = boundsOf(wf, node.node.id);
      const fields = [...node.roles.roles].filter(([, role]) => role.role === 'slippage-bps').map(([key]) => key);
      if (!found || (node.kind !== 'swap' && node.kind !== 'bridge' && fields.length === 0)) continue;
      checkNode(reporter, wf, node, found, fields);
    }
  },
);

function checkNode(reporter: Reporter, wf: FundsWorkflow, node: FundsNode, found: NodeBounds, fields: string[]): void {
  const id = node.node.id;
  const max = found.bounds.maxSlippageBps;
  if (max === undefined) {
    reporter.report({
      message: `node \`${id}\` is a ${node.kind === 'bridge' ? 'bridge' : 'swap'} or has a slippage field, but its fund bounds have no \`maxSlippageBps\``,
      hint: `add \`maxSlippageBps\` (basis points, 100 = 1%) to \`nodes.${id}.funds\``,
      location: locationIn(found.manifest.doc, found.pointer),
    });
    return;
  }
  const bound = atMost(BigInt(max), rawAmount);
  const set = fields.map((key) => [key, fieldValue(node.node.value.payload, key, node.node.pointer)] as const).filter(([, value]) => value.kind !== 'absent');
  for (const [key, value] of set) {
    for (const problem of fieldProblems(wf.graph, id, value, bound)) {
      reporter.report({ ...describeProblem(wf, problem, fieldName(node, key), `\`maxSlippageBps\` ${max}`), location: inWorkflow(wf, problem.pointer) });
    }
  }
  if (set.length === 0 && !withoutSlippage(node, fields)) reportDefault(reporter, wf, node, fields, max);
}

/** True when the action's complete schema has no slippage field: nothing in the workflow can set one (`permit-relayer-swap`). */
function withoutSlippage(node: FundsNode, fields: string[]): boolean {
  return fields.length === 0 && node.entry?.schemaCompleteness === 'complete';
}

/** No slippage in the payload: the action's stated default applies, or an unknown one. */
function reportDefault(reporter: Reporter, wf: FundsWorkflow, node: FundsNode, fields: string[], max: number): void {
  const schema = (node.entry?.payloadSchema as { properties?: Record<string, { default?: unknown }> } | undefined)?.properties ?? {};
  const stated = fields.map((key) => [key, schema[key]?.default] as const).find(([, value]) => typeof value === 'number');
  if (stated && (stated[1] as number) <= max) return;
  reporter.report({
    message: stated
      ? `node \`${node.node.id}\` sets no \`${stated[0]}\`, so its default of ${String(stated[1])} bps applies, above \`maxSlippageBps\` ${max}`
      : `node \`${node.node.id}\` sets no slippage, so an unstated platform default applies, which \`maxSlippageBps\` ${max} cannot bound`,
    hint: `set ${fields.length ? `\`${fields[0]}\`` : '`slippageBps`'} in the payload, at most ${max}`,
    location: inWorkflow(wf, `${node.node.pointer}/payload`),
  });
}
