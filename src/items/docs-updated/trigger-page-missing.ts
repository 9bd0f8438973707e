import { defineRule } from '../../core/rule.js';
import { reportMissingPages } from './pages.js';

/** A new or changed trigger has its docs page at the conventional path. */
export const triggerPageMissing = defineRule(
  {
    id: 'docs-updated/trigger-page-missing',
    description: 'every new or changed trigger has a docs page at docs/triggers/reference/<type>.md',
    severity: 'error',
  },
  (ctx, reporter) => reportMissingPages(ctx, reporter, { kind: 'trigger', pages: (c) => c.settings.paths.triggerDocs, definitionFile: 'trigger.json' }),
);
