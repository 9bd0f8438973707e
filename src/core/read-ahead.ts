import { splitKey, type Affected } from './affected.js';
import { objectKey } from './repo-index.js';
import type { RepoView } from './repo-view.js';

/**
 * The files a change's check reads, to read together up front (`RepoView.prefetch`): the files of
 * every affected object, and the manifest and runbook of every affected workflow, which the
 * readiness rules would otherwise read one at a time, each a trip to git. Of one shard, the
 * objects it checks.
 */
export function* readAhead(affected: Affected, head: RepoView): Iterable<string> {
  for (const key of affected.keys) if (affected.owns(...splitKey(key))) yield* head.index.objects.get(key)?.files ?? [];
  for (const workflow of affected.objects('workflow')) {
    for (const kind of ['manifest', 'runbook'] as const) yield* head.index.objects.get(objectKey(kind, workflow.id))?.files ?? [];
  }
}
