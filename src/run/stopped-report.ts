import { docsUrlOf } from '../core/rule.js';
import { OBJECT_KINDS, type ChangeSummary, type ObjectKind, type Report } from '../core/types.js';
import { ITEMS } from '../items/index.js';

/** What a run was asked to check, for the report of one that stopped; `notices` say what of it is uncertain. */
export type CheckScope = Pick<ChangeSummary, 'mode' | 'head' | 'base'> & { readonly notices?: readonly string[] };

/** The rule id of the finding that says the engine stopped before it finished. */
export const ENGINE_STOPPED = 'gate/engine-stopped';

/**
 * The report of a check that stopped before it finished (a crash, out of memory, the deadline):
 * it fails, every item is incomplete with the cause as its reason, and one error finding names the
 * cause. Nothing was verified, so nothing may show as passed.
 */
export function stoppedReport(cause: string, { notices = [], ...scope }: CheckScope): Report {
  const reason = `not checked: ${cause}`;
  const finding = {
    ruleId: ENGINE_STOPPED,
    severity: 'error' as const,
    message: cause,
    hint: 'look for a file this change adds that is far larger or more repetitive than usual; raise the limit only if the repository really needs it',
    docsUrl: docsUrlOf(ENGINE_STOPPED),
  };
  const affected = Object.fromEntries(OBJECT_KINDS.map((kind) => [kind, 0])) as Record<ObjectKind, number>;
  return {
    result: 'fail',
    items: ITEMS.map((item) => ({ id: item.id, title: item.title, group: item.group, status: 'incomplete', findings: [], reason })),
    objects: [],
    summary: { ...scope, changedFiles: 0, affected, blastRadius: [] },
    notices: [...notices],
    configFindings: [finding],
  };
}
