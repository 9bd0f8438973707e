import { exactDecimal } from '../../funds/amounts.js';
import { allowlist, atMost, fieldProblems, type Bound } from '../../funds/field-check.js';
import type { Reporter } from '../../core/rule.js';
import type { FundsNode } from '../../funds/funds-nodes.js';
import { fieldValue } from '../../funds/values.js';
import type { FieldBound } from '../../readiness/formats.js';
import { describeProblem } from './field-bounds.js';
import { boundsOf, fieldName, fundsRule, inWorkflow, type FundsWorkflow } from './funds-workflows.js';

/**
 * A funds node whose action schema is partial (or unknown) and whose payload has keys that schema
 * does not name, and no role explains, cannot be verified: the key may be a recipient or an amount.
 * The manifest bounds such a key under `fields` (allowed values, or a largest amount); every key
 * `fields` names is checked like any bound.
 */
export const unboundedField = fundsRule(
  {
    id: 'wallet-actions-bounded/unbounded-field',
    description: 'payload keys of a funds node that its schema does not explain are bounded by the manifest `fields`',
    severity: 'error',
  },
  (_ctx, reporter, wf) => {
    for (const node of wf.funds) {
      const fields = boundsOf(wf, node.node.id)?.bounds.fields ?? {};
      for (const [key, bound] of Object.entries(fields)) checkBound(reporter, wf, node, key, bound);
      if (wf.inputs.manifest.state !== 'valid' || !boundsOf(wf, node.node.id)) continue;
      for (const key of node.roles.unknown) if (!Object.hasOwn(fields, key)) reportUnknown(reporter, wf, node, key);
    }
  },
);

function checkBound(reporter: Reporter, wf: FundsWorkflow, node: FundsNode, key: string, bound: FieldBound): void {
  const value = fieldValue(node.node.value.payload, key, node.node.pointer);
  for (const problem of fieldProblems(wf.graph, node.node.id, value, boundOf(bound))) {
    reporter.report({ ...describeProblem(wf, problem, fieldName(node, key), `\`fields.${key}\``), location: inWorkflow(wf, problem.pointer) });
  }
}

function boundOf(bound: FieldBound): Bound {
  const allowed = bound.allowed;
  const byValues = allowed ? allowlist((value) => allowed.some((a) => a === value)) : undefined;
  const max = bound.max === undefined ? undefined : exactDecimal(bound.max);
  const byMax = max === undefined ? undefined : atMost(max, exactDecimal);
  if (!byValues || !byMax) return (byValues ?? byMax)!;
  return {
    admits: (value) => (byValues.admits(value) === true ? byMax.admits(value) : byValues.admits(value)),
    holdsUnder: (constraints) => byValues.holdsUnder(constraints) && byMax.holdsUnder(constraints),
  };
}

function reportUnknown(reporter: Reporter, wf: FundsWorkflow, node: FundsNode, key: string): void {
  const schema = node.entry?.schemaCompleteness === 'partial' ? 'whose known schema is partial' : 'whose schema is not known';
  reporter.report({
    message: `${fieldName(node, key)} is a key of \`${node.node.type}\` ${schema}, so what it does with funds cannot be verified`,
    hint: `bound it in the manifest: \`nodes.${node.node.id}.funds.fields.${key}\` with \`allowed: [...]\` or \`max: "…"\` (or pin the platform catalog: b3os-readiness catalog pull)`,
    location: inWorkflow(wf, `${node.node.pointer}/payload/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, true),
    unverified: true,
  });
}
