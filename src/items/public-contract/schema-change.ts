import { defineRule } from '../../core/rule.js';
import { compatibleMessage } from './change-text.js';
import { contractReviews } from './contract-review.js';

/** Every non-breaking schema change of an action or trigger, as a notice so reviewers see it. */
export const schemaChange = defineRule(
  {
    id: 'public-contract/schema-change',
    description: 'lists every non-breaking change to an action or trigger schema',
    severity: 'notice',
  },
  async (ctx, { report }) => {
    for (const review of await contractReviews(ctx)) {
      for (const reviewed of review.changes.filter((c) => !c.change.breaking)) {
        report({ message: compatibleMessage(review.type, reviewed), location: reviewed.location });
      }
    }
  },
);
