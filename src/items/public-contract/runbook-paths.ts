import { fillPattern } from '../../core/pattern.js';
import { objectKey, type RepoObject } from '../../core/repo-index.js';
import type { RuleContext } from '../../core/rule.js';
import { folderOf } from './definitions.js';

/**
 * The workflows whose manifest and runbook are checked: all of them without a base (`--all`),
 * else those whose workflow file, manifest or runbook the change touches. A workflow reached only
 * through a changed action schema (blast radius) is not being launched, so it is left out.
 */
export function workflowsInScope(ctx: RuleContext): RepoObject[] {
  const workflows = ctx.head.index.ofKind('workflow');
  if (ctx.changes.mode === 'all' || !ctx.base) return [...workflows];
  const blastRadius = new Set(ctx.affected.blastRadius);
  return workflows.filter((w) => {
    const touched = (kind: 'workflow' | 'manifest' | 'runbook') => ctx.affected.keys.has(objectKey(kind, w.id)) && !blastRadius.has(objectKey(kind, w.id));
    return touched('workflow') || touched('manifest') || touched('runbook');
  });
}

/** The first existing file among a setting's patterns filled with the slug, and the first candidate. */
export function conventional(ctx: RuleContext, patterns: readonly string[], slug: string): { found?: string; expected: string } {
  const candidates = patterns.map((p) => fillPattern(p, slug));
  const found = candidates.find((c) => ctx.head.has(c));
  return { ...(found ? { found } : {}), expected: candidates[0] ?? '' };
}

/**
 * A runbook path as the manifest names it, resolved against the manifest folder first and the
 * repository root second; undefined when neither is a regular file at head. `..` may not leave
 * the repository.
 */
export function resolveRunbook(ctx: RuleContext, manifest: string, named: string): string | undefined {
  const candidates = [normalize(`${folderOf(manifest)}/${named}`), normalize(named)];
  return candidates.find((c): c is string => c !== undefined && ctx.head.has(c));
}

function normalize(path: string): string | undefined {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') out.push(segment);
    else if (out.pop() === undefined) return undefined;
  }
  return out.join('/');
}
