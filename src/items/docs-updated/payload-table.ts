import { defineRule } from '../../core/rule.js';
import { checkSchemaTables } from './schema-tables.js';

/** The Payload Schema table of a page lists exactly the payload schema's fields, with their types and required flags. */
export const payloadTable = defineRule(
  {
    id: 'docs-updated/payload-table',
    description: 'the Payload Schema table of an action or trigger page matches the payload schema in both directions',
    severity: 'error',
  },
  (ctx, reporter) => checkSchemaTables(ctx, reporter, 'payload'),
);
