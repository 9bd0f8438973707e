import { expect } from 'vitest';
import { runGate } from '../../src/core/gate.js';
import type { ChangeSet, FileChange, Report } from '../../src/core/types.js';
import { checkDetails, findingsOf, type ExpectedFinding } from './rule-harness.js';
import { memorySnapshot, type MemoryFiles } from './memory-snapshot.js';

/** One case of a base-against-head rule table: both trees, explicit renames, every expected finding. */
export interface DiffCase {
  readonly name: string;
  readonly base: MemoryFiles;
  readonly head: MemoryFiles;
  /** `[from, to]` pairs reported as renames instead of a removal and an addition. */
  readonly renames?: ReadonlyArray<readonly [string, string]>;
  readonly expected: readonly ExpectedFinding[];
}

/** The change set between two in-memory trees, as git would report it with the given renames. */
export function diffChanged(base: MemoryFiles, head: MemoryFiles, renames: DiffCase['renames'] = []): ChangeSet {
  const renamedFrom = new Map(renames.map(([from, to]) => [to, from]));
  const renamedAway = new Set(renames.map(([from]) => from));
  const files: FileChange[] = [];
  for (const path of Object.keys(head).sort()) {
    const from = renamedFrom.get(path);
    if (from !== undefined) files.push({ path, status: 'renamed', previousPath: from });
    else if (!(path in base)) files.push({ path, status: 'added' });
    else if (base[path] !== head[path]) files.push({ path, status: 'modified' });
  }
  for (const path of Object.keys(base).sort()) if (!(path in head) && !renamedAway.has(path)) files.push({ path, status: 'removed' });
  return { base: 'BASE', head: 'HEAD', mode: 'diff', files };
}

/** Runs the whole gate on the change from `base` to `head`. */
export async function auditChange(c: Pick<DiffCase, 'base' | 'head' | 'renames'>, today = '2026-11-25'): Promise<Report> {
  return runGate({ head: memorySnapshot(c.head), base: memorySnapshot(c.base, 'BASE'), changes: diffChanged(c.base, c.head, c.renames), today });
}

/** Checks a rule against its table: exactly the expected findings, at the expected places, in order. */
export async function checkDiffTable(ruleId: string, cases: readonly DiffCase[]): Promise<void> {
  expect(cases.some((c) => c.expected.length === 0), `${ruleId}: needs an ok case`).toBe(true);
  expect(cases.some((c) => c.expected.length > 0), `${ruleId}: needs a bad case`).toBe(true);
  expect(new Set(cases.map((c) => JSON.stringify([c.base, c.head, c.renames ?? []]))).size, `${ruleId}: identical cases`).toBe(cases.length);
  for (const c of cases) {
    const found = findingsOf(await auditChange(c), ruleId);
    expect(found.map((f) => ({ file: f.location?.file, line: f.location?.line, column: f.location?.column })), `${ruleId} / ${c.name}`).toEqual(
      c.expected.map(({ file, line, column }) => ({ file, line, column })),
    );
    checkDetails(found, c.expected, `${ruleId} / ${c.name}`);
  }
}
