import { defineRule } from '../../core/rule.js';
import { checkSchemaTables } from './schema-tables.js';

/** The Result Schema table of a page lists exactly the result schema's fields, with their types and required flags. */
export const resultTable = defineRule(
  {
    id: 'docs-updated/result-table',
    description: 'the Result Schema table of an action or trigger page matches the result schema in both directions',
    severity: 'error',
  },
  (ctx, reporter) => checkSchemaTables(ctx, reporter, 'result'),
);
