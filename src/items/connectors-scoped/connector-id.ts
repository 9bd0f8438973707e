import { connectorRule, idLocation, subjectOf, type ConnectorUse } from './uses.js';

/** A template's `{{ask.…}}` placeholder: the B3OS UI asks for the connector when the template is used. */
const ASK = /^\{\{\s*ask\.[A-Za-z0-9_]+\s*\}\}$/;

/**
 * A workflow node that needs a connector other than a wallet names its id. Without one the B3OS
 * UI picks a connector, so no reviewer can see which credential the workflow uses; an
 * `{{ask.…}}` placeholder belongs in templates only (a workflow with one fails at run time).
 */
export const connectorId = connectorRule(
  {
    id: 'connectors-scoped/connector-id',
    description: 'a workflow node that needs a connector other than a wallet names its `connector.id` (an `{{ask.…}}` placeholder belongs in templates only)',
    severity: 'error',
  },
  (_ctx, { report }, workflow) => {
    for (const use of workflow.uses) {
      const problem = problemOf(use);
      if (problem) report({ ...problem, location: idLocation(use) });
    }
  },
);

function problemOf(use: ConnectorUse): { message: string; hint: string; unverified?: boolean } | undefined {
  const { id } = use;
  const add = `set "connector": { "type": "${use.needs}", "id": "conn_…" } with the id of a ${use.needs} connector of the workflow's environment inventory`;
  if (id === undefined) return { message: `${subjectOf(use)} names no \`${use.needs}\` connector id`, hint: add };
  if (typeof id !== 'string' || id.trim() === '') return { message: `${subjectOf(use)} has a connector id that is not a non-empty string`, hint: add };
  if (ASK.test(id)) return { message: `${subjectOf(use)} uses the template placeholder \`${id}\` as its connector id`, hint: `a workflow runs as it is: ${add}` };
  if (id.includes('{{')) {
    return { message: `${subjectOf(use)} computes its connector id with an expression, so it cannot be checked against the inventory`, hint: add, unverified: true };
  }
  return undefined;
}
