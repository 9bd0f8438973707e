import { defineRule } from '../../core/rule.js';
import { reportMissingPages } from './pages.js';

/** A new or changed action has its docs page at the conventional path. */
export const actionPageMissing = defineRule(
  {
    id: 'docs-updated/action-page-missing',
    description: 'every new or changed action has a docs page at docs/actions/reference/generated/<id>.md',
    severity: 'error',
  },
  (ctx, reporter) => reportMissingPages(ctx, reporter, { kind: 'action', pages: (c) => c.settings.paths.actionDocs, definitionFile: 'action.json' }),
);
