import type { ItemDefinition } from '../../core/rule.js';
import { actionPageMissing } from './action-page-missing.js';
import { triggerPageMissing } from './trigger-page-missing.js';

/** Required: new actions, triggers, endpoints and patterns have matching docs and reference output. */
export const docsUpdated: ItemDefinition = {
  id: 'docs-updated',
  title: 'Docs are updated',
  group: 'required',
  concerns: ['action', 'trigger', 'docs', 'openapi', 'template'],
  rules: [actionPageMissing, triggerPageMissing],
  pendingConcerns: ['openapi', 'template'],
};
