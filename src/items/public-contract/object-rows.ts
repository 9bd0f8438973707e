import { objectKey } from '../../core/repo-index.js';
import type { Reporter, RuleContext } from '../../core/rule.js';
import type { CellStatus } from '../../core/types.js';
import type { TypeReview } from './contract-review.js';

/**
 * Fills the contract cell of the row of each new or changed repository action and trigger: `ok`
 * for a new one, `fail` when a breaking change is not documented. Nothing without a base.
 */
export function reportContractRows(ctx: RuleContext, reporter: Reporter, reviews: readonly TypeReview[]): void {
  if (!ctx.base || !reporter.objectRow) return;
  const byType = new Map(reviews.map((r) => [r.type, r]));
  for (const kind of ['action', 'trigger'] as const) {
    for (const object of ctx.affected.objects(kind)) {
      const existed = ctx.base.index.objects.has(objectKey(kind, object.id));
      const contract: CellStatus = existed ? cellOf(byType.get(object.id)) : { status: 'ok', note: 'new' };
      reporter.objectRow({ type: object.id, kind, change: existed ? 'changed' : 'new', contract });
    }
  }
}

function cellOf(review: TypeReview | undefined): CellStatus {
  if (!review) return { status: 'ok', note: 'no schema change' };
  const breaking = review.changes.filter((c) => c.change.breaking).length;
  const missing = review.uncompared[0];
  if (missing && (breaking === 0 || review.documentation.documented)) return { status: 'incomplete', note: `\`${missing.schema}\` not comparable` };
  if (breaking === 0) return { status: 'ok', note: 'compatible' };
  if (review.documentation.documented) return { status: 'ok', note: `${breaking} breaking, documented` };
  return { status: 'fail', note: `${breaking} breaking, undocumented` };
}
