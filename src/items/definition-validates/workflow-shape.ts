import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { validateOwn } from '../../schema/ajv.js';
import { describeViolations } from '../../schema/messages.js';
import { WORKFLOW_KINDS } from './file-views.js';

/**
 * A workflow file is the create-workflow request body of `schemas/workflow.schema.json`; a
 * template file is the create-template body of `schemas/template.schema.json`, whose
 * `definition` is the same workflow definition.
 */
export const workflowShape = defineFileRule(
  {
    id: 'definition-validates/workflow-shape',
    description: 'a workflow or template file matches the B3OS create-workflow or create-template body: name, description, definition.nodes and node fields',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: ({ kind, doc }, _ctx, { report }) => {
      if (doc.value === undefined) return;
      // Payload values are shown only by type: payloads may hold secrets.
      for (const v of describeViolations(validateOwn(kind === 'template' ? 'template' : 'workflow', doc.value), false)) {
        report({ message: v.message, hint: v.hint, location: locationIn(doc, v.pointer, v.atKey) });
      }
    },
  },
);
