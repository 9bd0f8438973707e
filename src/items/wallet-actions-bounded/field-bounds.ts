import { locationIn } from '../../core/locate.js';
import type { Reporter } from '../../core/rule.js';
import type { FieldRole } from '../../catalog/types.js';
import { fieldProblems, type Bound, type FieldProblem } from '../../funds/field-check.js';
import type { FundsNode } from '../../funds/funds-nodes.js';
import { fieldValue } from '../../funds/values.js';
import type { FundsBounds } from '../../readiness/formats.js';
import { boundsOf, fieldName, inWorkflow, writtenIn, type FundsWorkflow, type NodeBounds } from './funds-workflows.js';
import { shown } from './shown.js';

/** What one bound rule checks: fields of some roles against one key of the node's manifest bounds. */
export interface FieldBoundSpec {
  readonly roles: readonly FieldRole['role'][];
  /** The manifest key that bounds these fields, e.g. `chains`. */
  readonly key: keyof FundsBounds;
  /** What such a field is, for messages: "a chain", "an amount". */
  readonly noun: string;
  /** The bound for one field, or undefined when the manifest sets none. */
  bound(bounds: FundsBounds, role: FieldRole): Bound | undefined;
  /** The bound in words, e.g. "`chains` [8453]". */
  describe(bounds: FundsBounds): string;
  /** Nodes the rule leaves alone (the allowance of an acknowledged unlimited approval has no amount bound). */
  skip?(node: FundsNode, bounds: FundsBounds): boolean;
}

/** Reports every field of the spec's roles, on every funds node of the workflow with bounds, that its bound does not hold. */
export function checkFieldBounds(reporter: Reporter, wf: FundsWorkflow, spec: FieldBoundSpec): void {
  for (const node of wf.funds) {
    const found = boundsOf(wf, node.node.id);
    if (!found || spec.skip?.(node, found.bounds)) continue;
    const fields = [...node.roles.roles].filter(([key, role]) => spec.roles.includes(role.role) && fieldValue(node.node.value.payload, key, node.node.pointer).kind !== 'absent');
    for (const [key, role] of fields) checkField(reporter, wf, node, key, role, found, spec);
  }
}

function checkField(reporter: Reporter, wf: FundsWorkflow, node: FundsNode, key: string, role: FieldRole, found: NodeBounds, spec: FieldBoundSpec): void {
  const bound = spec.bound(found.bounds, role);
  if (!bound) {
    reporter.report({
      message: `node \`${node.node.id}\` sets ${spec.noun} (\`${key}\`) but its fund bounds have no \`${String(spec.key)}\``,
      hint: `add \`${String(spec.key)}\` to \`nodes.${node.node.id}.funds\` in the manifest`,
      location: locationIn(found.manifest.doc, found.pointer),
    });
    return;
  }
  const value = fieldValue(node.node.value.payload, key, node.node.pointer);
  for (const problem of fieldProblems(wf.graph, node.node.id, value, bound)) {
    reporter.report({ ...describeProblem(wf, problem, fieldName(node, key), spec.describe(found.bounds)), location: inWorkflow(wf, problem.pointer) });
  }
}

/** Message, hint and severity of one field problem of a workflow. */
export function describeProblem(wf: FundsWorkflow, problem: FieldProblem, field: string, bound: string): { message: string; hint: string; unverified?: true } {
  switch (problem.kind) {
    case 'outside':
      return { message: `${field} is ${shown(problem.value, writtenIn(wf, problem.pointer))}, outside ${bound}`, hint: 'use a value inside the bound, or widen the bound in the manifest in a reviewed change' };
    case 'unreadable':
      return {
        message: `${field} is ${shown(problem.value, writtenIn(wf, problem.pointer))}, which cannot be compared with ${bound}`,
        hint: 'write the value as the bound expects (raw units as a decimal string; `decimals` in the manifest for token units)',
        unverified: true,
      };
    case 'unguarded':
      return {
        message: `${field} takes ${problem.source}${problem.external ? ', which someone outside the workflow chooses,' : ''} and no upstream \`if\` keeps it inside ${bound} on every path`,
        hint: `add an \`if\` before the node whose condition tests ${shown(problem.text)} against the bound (e.g. \`$lte\` or \`$in\`), with this node on its \`then\` branch`,
      };
    case 'computed':
      return {
        message: `${field} is computed at run time (${shown(problem.text)}), so nothing known before the run keeps it inside ${bound}`,
        hint: 'compute the value in an earlier node, then test that node\'s result with an `if` before this node',
      };
  }
}
