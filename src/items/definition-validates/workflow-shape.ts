import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { validateOwn } from '../../schema/ajv.js';
import { describeViolations } from '../../schema/messages.js';
import { affectedDefinitionFiles } from './files.js';

/** A workflow file is the create-workflow request body of `schemas/workflow.schema.json`. */
export const workflowShape = defineRule(
  {
    id: 'definition-validates/workflow-shape',
    description: 'a workflow file matches the B3OS create-workflow body: name, description, definition.nodes and node fields',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const { doc } of await affectedDefinitionFiles(ctx, ['workflow'])) {
      if (doc.value === undefined) continue;
      // Payload values are shown only by type: payloads may hold secrets.
      for (const v of describeViolations(validateOwn('workflow', doc.value), false)) {
        report({ message: v.message, hint: v.hint, location: locationIn(doc, v.pointer, v.atKey) });
      }
    }
  },
);
