import { splitKey } from '../core/affected.js';
import { objectKey, type RepoObject } from '../core/repo-index.js';
import type { RuleContext } from '../core/rule.js';
import type { ObjectKind } from '../core/types.js';
import { manifestOf } from './inputs.js';

/** What makes a workflow's readiness worth checking again: its own files, its manifest, its runbook, its environment. */
export type Concern = Extract<ObjectKind, 'workflow' | 'manifest' | 'runbook' | 'environment'>;

/**
 * The workflows at head whose readiness an item checks: every workflow in `all` mode (or without a
 * base); else those whose workflow file (including the blast radius of a changed schema),
 * manifest or runbook the change touches, and those whose manifest names an environment the change
 * touches, among the kinds in `via`; of one shard, those it owns. Sorted by slug.
 */
export async function workflowsConcerned(ctx: RuleContext, via: readonly Concern[]): Promise<RepoObject[]> {
  const all = ctx.changes.mode === 'all' || !ctx.base;
  const environments = !all && via.includes('environment') && [...ctx.affected.keys].some((key) => key.startsWith('environment:'));
  // Without an environment changed, only workflows whose own key is affected can be concerned: look those up, not every workflow.
  const candidates = all || environments ? ctx.head.index.ofKind('workflow') : workflowsTouched(ctx, via);
  // One shard of several checks the workflows it owns (`shard.ts`).
  const workflows = candidates.filter((w) => ctx.affected.owns('workflow', w.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (all) return workflows;
  const touched = (kind: ObjectKind, id: string) => via.includes(kind as Concern) && ctx.affected.keys.has(objectKey(kind, id));
  const out: RepoObject[] = [];
  for (const workflow of workflows) {
    if (touched('workflow', workflow.id) || touched('manifest', workflow.id) || touched('runbook', workflow.id)) out.push(workflow);
    else if (environments && (await environmentTouched(ctx, workflow.id))) out.push(workflow);
  }
  return out;
}

/** The workflows at head whose workflow, manifest or runbook key (among `via`) the change affects. */
function workflowsTouched(ctx: RuleContext, via: readonly Concern[]): RepoObject[] {
  const out = new Set<RepoObject>();
  for (const key of ctx.affected.keys) {
    const [kind, id] = splitKey(key);
    if (kind !== 'workflow' && kind !== 'manifest' && kind !== 'runbook') continue;
    const workflow = via.includes(kind) ? ctx.head.index.objects.get(objectKey('workflow', id)) : undefined;
    if (workflow) out.add(workflow);
  }
  return [...out];
}

async function environmentTouched(ctx: RuleContext, slug: string): Promise<boolean> {
  const manifest = await manifestOf(ctx, slug);
  const value = manifest.state === 'missing' ? undefined : manifest.doc.value;
  const name = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.environment : undefined;
  return typeof name === 'string' && ctx.affected.keys.has(objectKey('environment', name));
}
