import { defineRule } from '../../core/rule.js';
import { reportObjectRows } from './object-rows.js';
import { outputTargets, referenceOutputFindings } from './reference-output-check.js';

/**
 * The definition's `exampleOutput` and the page's example output validate against the result
 * schema and agree. Also fills the schema and examples cells of the per-object rows.
 */
export const referenceOutput = defineRule(
  {
    id: 'docs-updated/reference-output',
    description: "an action's or trigger's exampleOutput and its page's example output validate against the result schema and agree",
    severity: 'error',
  },
  async (ctx, reporter) => {
    for (const target of await outputTargets(ctx)) {
      for (const finding of await referenceOutputFindings(ctx, target)) reporter.report(finding);
    }
    await reportObjectRows(ctx, reporter);
  },
);
