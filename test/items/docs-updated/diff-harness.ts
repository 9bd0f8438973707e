import { expect } from 'vitest';
import { runGate } from '../../../src/core/gate.js';
import type { ChangeSet, FileChange } from '../../../src/core/types.js';
import { memorySnapshot } from '../../support/memory-snapshot.js';
import { findingsOf, type RuleCase } from '../../support/rule-harness.js';

/** A rule case in `diff` mode: the repository at base and at head. */
export interface DiffCase extends Omit<RuleCase, 'files'> {
  readonly base: Record<string, string>;
  readonly head: Record<string, string>;
}

/** The change set between two in-memory trees: added, modified and removed files. */
export function diffChanges(base: Record<string, string>, head: Record<string, string>): ChangeSet {
  const files: FileChange[] = [];
  for (const path of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (!(path in base)) files.push({ path, status: 'added' });
    else if (!(path in head)) files.push({ path, status: 'removed' });
    else if (base[path] !== head[path]) files.push({ path, status: 'modified' });
  }
  return { base: 'BASE', head: 'HEAD', mode: 'diff', files: files.sort((a, b) => a.path.localeCompare(b.path)) };
}

/** Like `checkRuleTable`, for changes between a base and a head: exactly the expected findings of the rule. */
export async function checkDiffTable(ruleId: string, cases: readonly DiffCase[]): Promise<void> {
  expect(cases.some((c) => c.expected.length === 0), `${ruleId}: needs an ok case`).toBe(true);
  expect(cases.some((c) => c.expected.length > 0), `${ruleId}: needs a bad case`).toBe(true);
  for (const c of cases) {
    const report = await runGate({ head: memorySnapshot(c.head), base: memorySnapshot(c.base, 'BASE'), changes: diffChanges(c.base, c.head), today: '2026-11-25' });
    const found = findingsOf(report, ruleId);
    const places = found.map((f) => ({ file: f.location?.file, line: f.location?.line, column: f.location?.column }));
    expect(places, `${ruleId} / ${c.name}`).toEqual(c.expected.map(({ file, line, column }) => ({ file, line, column })));
    c.expected.forEach((e, i) => e.message && expect(found[i].message, `${ruleId} / ${c.name} message`).toMatch(e.message));
  }
}
