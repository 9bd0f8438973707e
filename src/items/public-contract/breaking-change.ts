import { defineRule } from '../../core/rule.js';
import { breakingHint, breakingMessage, documentedMessage, uncomparedFinding } from './change-text.js';
import { contractReviews } from './contract-review.js';
import { reportContractRows } from './object-rows.js';

/**
 * A payload or result schema change that breaks the workflows using the type (direction-aware,
 * `contract/schema-diff.ts`) needs, in the same change, an edit of the type's docs page and a
 * changelog line naming the type (platform types: the changelog line only). Undocumented, each
 * breaking change is an error naming its users; documented, a notice. A schema that can be read
 * at one side of the change only is unverified: the contract could not be compared.
 */
export const breakingChange = defineRule(
  {
    id: 'public-contract/breaking-change',
    description: 'a breaking change to an action or trigger schema comes with its docs page update and a changelog entry',
    severity: 'error',
  },
  async (ctx, reporter) => {
    const reviews = await contractReviews(ctx);
    for (const review of reviews) {
      for (const missing of review.uncompared) reporter.report(uncomparedFinding(review.type, missing));
      for (const reviewed of review.changes.filter((c) => c.change.breaking)) {
        const { location } = reviewed;
        if (review.documentation.documented) {
          reporter.report({ message: documentedMessage(review.type, reviewed), severity: 'notice', location });
        } else {
          reporter.report({ message: breakingMessage(review.type, reviewed), hint: breakingHint(review.type, review.documentation), location });
        }
      }
    }
    reportContractRows(ctx, reporter, reviews);
  },
);
