import { shortRef } from './config-label.js';
import type { MergeCheck } from './types.js';

/**
 * A notice when a change into a branch was checked as branched because it does not merge: what
 * lands after the conflicts are resolved is not what was checked.
 */
export function mergeNotices(merge: MergeCheck | undefined): string[] {
  if (merge === undefined || (merge.status !== 'conflict' && merge.status !== 'unavailable')) return [];
  const into = `${merge.baseLabel !== undefined ? `\`${merge.baseLabel}\` at ` : ''}\`${shortRef(merge.base)}\``;
  const why = `${merge.status === 'conflict' ? 'does not merge cleanly into' : 'could not be merged into'} ${into} (${merge.reason ?? 'no reason given'})`;
  return [`the head ${why}, so it was checked as branched; what lands may differ from what was checked`];
}
