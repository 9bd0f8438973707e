import type { ItemDefinition } from '../../core/rule.js';
import { actionPageMissing } from './action-page-missing.js';
import { triggerPageMissing } from './trigger-page-missing.js';
import { pageSections } from './page-sections.js';
import { payloadTable } from './payload-table.js';
import { resultTable } from './result-table.js';
import { exampleNode } from './example-node.js';
import { referenceOutput } from './reference-output.js';
import { documentationUrl } from './documentation-url.js';
import { fundsCaution } from './funds-caution.js';
import { endpointPage } from './endpoint-page.js';
import { endpointPageStale } from './endpoint-page-stale.js';
import { patternPage } from './pattern-page.js';

/** Required: new actions, triggers, endpoints and patterns have matching docs and reference output. */
export const docsUpdated: ItemDefinition = {
  id: 'docs-updated',
  title: 'Docs are updated',
  group: 'required',
  concerns: ['action', 'trigger', 'docs', 'openapi', 'template'],
  rules: [actionPageMissing, triggerPageMissing, pageSections, payloadTable, resultTable, exampleNode, referenceOutput, documentationUrl, fundsCaution, endpointPage, endpointPageStale, patternPage],
};
