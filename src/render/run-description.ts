/**
 * What a run compared, in words every output format shares: the mode, base and head (or the
 * working tree), how many files, and where the configuration came from.
 */
import { shortRef } from '../core/config-label.js';
import type { ChangeSummary, ConfigSource, MergeCheck } from '../core/types.js';
import { countNoun } from './digest.js';
import { codeSpan } from './escape.js';

/** The head as people know it: a short commit, a ref, or "the working tree". */
export function headName(head: string): string {
  return head === 'WORKTREE' ? 'the working tree' : codeSpan(shortRef(head), 80);
}

/** "change from `0f1e2d3` to `a1b2c3d` · 14 files changed", or "full audit of `a1b2c3d` · 30 files". */
export function comparedPhrase(summary: ChangeSummary): string {
  if (summary.mode === 'all') return `full audit of ${headName(summary.head)} · ${countNoun(summary.changedFiles, 'file')}`;
  const base = summary.base !== undefined ? ` from ${codeSpan(shortRef(summary.base), 80)}` : '';
  const merge = summary.merge ? ` · ${mergePhrase(summary.merge)}` : '';
  return `change${base} to ${headName(summary.head)} · ${countNoun(summary.changedFiles, 'file')} changed${merge}`;
}

/** "checked merged into `main` at `abc1234` as `def5678`", or why the head was checked as branched. */
export function mergePhrase(merge: MergeCheck): string {
  const into = `${merge.baseLabel !== undefined ? `${codeSpan(merge.baseLabel, 80)} at ` : ''}${codeSpan(shortRef(merge.base), 80)}`;
  switch (merge.status) {
    case 'merged':
      return `checked merged into ${into} as ${codeSpan(shortRef(merge.checked ?? ''), 80)}`;
    case 'off':
      return `checked as branched (--no-merge), not merged into ${into}`;
    case 'conflict':
      return `checked as branched: it does not merge cleanly into ${into} (${merge.reason ?? 'no reason given'})`;
    default:
      return `checked as branched: it could not be merged into ${into} (${merge.reason ?? 'no reason given'})`;
  }
}

/** "configuration: `.github/b3os-readiness.yml` on `main` at `abc1234`", or '' when the report does not say. */
export function configPhrase(summary: ChangeSummary): string {
  const source = summary.config;
  if (source === undefined) return '';
  const file = codeSpan(source.path, 120);
  const label = source.label !== undefined ? `${codeSpan(source.label, 80)} at ` : '';
  const at = source.ref === undefined ? '' : source.ref === 'WORKTREE' ? ' in the working tree' : ` on ${label}${codeSpan(shortRef(source.ref), 80)}`;
  const text: Record<ConfigSource['kind'], string> = {
    file: `${file}${at}`,
    absent: `the defaults (no ${file}${at})`,
    invalid: `the defaults (${file}${at} is invalid)`,
    'no-base': 'the defaults (no trusted base to read it from)',
    explicit: `${file} (--config)`,
  };
  return `configuration: ${text[source.kind]}`;
}
