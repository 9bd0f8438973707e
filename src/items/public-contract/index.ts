import type { ItemDefinition } from '../../core/rule.js';
import { breakingChange } from './breaking-change.js';
import { removedTypeReferenced } from './removed-type-referenced.js';
import { runbook } from './runbook.js';
import { schemaChange } from './schema-change.js';

/** Contract: action and trigger schemas do not break silently, removed types are unused, workflows have runbooks. */
export const publicContract: ItemDefinition = {
  id: 'public-contract',
  title: 'Public contract holds',
  group: 'contract',
  concerns: ['action', 'trigger', 'catalog', 'workflow', 'runbook', 'manifest', 'changelog'],
  rules: [breakingChange, schemaChange, removedTypeReferenced, runbook],
};
