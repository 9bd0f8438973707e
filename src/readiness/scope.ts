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
  // One shard of several checks the workflows it owns (`shard.ts`).
  const owned = ctx.head.index.ofKind('workflow').filter((w) => ctx.affected.owns('workflow', w.id));
  const workflows = owned.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (ctx.changes.mode === 'all' || !ctx.base) return workflows;
  const touched = (kind: ObjectKind, id: string) => via.includes(kind as Concern) && ctx.affected.keys.has(objectKey(kind, id));
  const environments = via.includes('environment') && [...ctx.affected.keys].some((key) => key.startsWith('environment:'));
  const out: RepoObject[] = [];
  for (const workflow of workflows) {
    if (touched('workflow', workflow.id) || touched('manifest', workflow.id) || touched('runbook', workflow.id)) out.push(workflow);
    else if (environments && (await environmentTouched(ctx, workflow.id))) out.push(workflow);
  }
  return out;
}

async function environmentTouched(ctx: RuleContext, slug: string): Promise<boolean> {
  const manifest = await manifestOf(ctx, slug);
  const value = manifest.state === 'missing' ? undefined : manifest.doc.value;
  const name = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.environment : undefined;
  return typeof name === 'string' && ctx.affected.keys.has(objectKey('environment', name));
}
