import { expect } from 'vitest';
import { runGate } from '../../src/core/gate.js';
import type { Finding, ItemId, Report, Severity } from '../../src/core/types.js';
import { allChanged, memorySnapshot, type MemoryFiles } from './memory-snapshot.js';

/** One case of a rule table: the repository, and every finding the rule must report (none for ok cases). */
export interface RuleCase {
  readonly name: string;
  readonly files: MemoryFiles;
  readonly expected: readonly ExpectedFinding[];
}

/** A finding a case expects: its place and severity, and, when given, whether it is unverified, its wording and its hint. */
export interface ExpectedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** True for a finding that makes its item incomplete rather than failed. */
  readonly unverified?: boolean;
  readonly message?: RegExp;
  /** The fix the finding suggests. */
  readonly hint?: RegExp;
}

/** Asserts the severity of every finding a case expects, and its unverified flag, message and hint where the case states them. */
export function checkDetails(found: readonly Finding[], expected: readonly ExpectedFinding[], label: string): void {
  expected.forEach((e, i) => {
    if (e.message) expect(found[i].message, `${label} message`).toMatch(e.message);
    if (e.hint) expect(found[i].hint, `${label} hint`).toMatch(e.hint);
    expect(found[i]?.severity, `${label} severity`).toBe(e.severity);
    if (e.unverified !== undefined) expect(found[i].unverified === true, `${label} unverified`).toBe(e.unverified);
  });
}

/** Runs the whole gate in `all` mode over in-memory files. */
export async function auditFiles(files: MemoryFiles): Promise<Report> {
  return runGate({ head: memorySnapshot(files), changes: allChanged(files), today: '2026-11-25' });
}

/** The findings of one rule in a report. */
export function findingsOf(report: Report, ruleId: string): Finding[] {
  const item = ruleId.split('/')[0] as ItemId;
  return [...(report.items.find((i) => i.id === item)?.findings ?? [])].filter((f) => f.ruleId === ruleId);
}

/**
 * Checks a rule against its table: exactly the expected findings, at the expected places. Refuses
 * tables without an ok and a bad case, and identical cases.
 */
export async function checkRuleTable(ruleId: string, cases: readonly RuleCase[]): Promise<void> {
  expect(cases.some((c) => c.expected.length === 0), `${ruleId}: needs an ok case`).toBe(true);
  expect(cases.some((c) => c.expected.length > 0), `${ruleId}: needs a bad case`).toBe(true);
  expect(new Set(cases.map((c) => JSON.stringify(c.files))).size, `${ruleId}: identical cases`).toBe(cases.length);
  for (const c of cases) {
    const found = findingsOf(await auditFiles(c.files), ruleId);
    const places = found.map((f) => ({ file: f.location?.file, line: f.location?.line, column: f.location?.column }));
    const expectedPlaces = c.expected.map(({ file, line, column }) => ({ file, line, column }));
    expect(places, `${ruleId} / ${c.name}`).toEqual(expectedPlaces);
    checkDetails(found, c.expected, `${ruleId} / ${c.name}`);
  }
}
