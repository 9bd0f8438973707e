/** How findings make a verdict: their order and repeats, an item's status, the check's result. */
import { describe, expect, it } from 'vitest';
import type { Finding, ItemResult } from '../../src/core/types.js';
import { dedupe, resultOf, sortFindings, statusOf } from '../../src/core/verdict.js';

describe('the verdict of findings', () => {
  const at = (ruleId: string, severity: Finding['severity'], file?: string, line?: number, column?: number, message = 'm'): Finding => ({
    ruleId,
    severity,
    message,
    docsUrl: 'x',
    ...(file === undefined ? {} : { location: { file, line: line ?? 1, column: column ?? 1 } }),
  });

  it('sorts the most severe first, then by file, line, column and rule id, findings without a place last', () => {
    const sorted = [
      at('a/r', 'error', 'a.json', 2, 1),
      at('a/r', 'error', 'a.json', 2, 3),
      at('a/r', 'error', 'a.json', 10, 1),
      at('a/r', 'error', 'b.json', 1, 1),
      at('a/s', 'error', 'b.json', 1, 1),
      at('a/r', 'error'),
      at('a/r', 'warning', 'a.json', 1, 1),
      at('a/r', 'notice', 'a.json', 1, 1),
    ];
    for (const order of [[7, 6, 5, 4, 3, 2, 1, 0], [2, 0, 7, 4, 1, 6, 3, 5], [5, 3, 6, 1, 4, 7, 0, 2]]) {
      expect(sortFindings(order.map((i) => sorted[i]))).toEqual(sorted);
    }
  });

  it('drops a repeat of the same rule, place and message only', () => {
    const findings = [at('a/r', 'error', 'f', 1, 12), at('a/r', 'error', 'f', 11, 2), at('a/r', 'error', 'f', 1, 12), at('a/r', 'error', 'f', 1, 12, 'other'), at('a/s', 'error', 'f', 1, 12)];
    expect(dedupe(findings)).toEqual([findings[0], findings[1], findings[3], findings[4]]);
  });

  it('drops a repeat of a finding without a place, and keeps it apart from one with a place', () => {
    const findings = [at('a/r', 'error'), at('a/r', 'error', 'f', 1, 1), at('a/r', 'error')];
    expect(dedupe(findings)).toEqual([findings[0], findings[1]]);
  });

  it('derives the status: open errors fail, open unverified findings make it incomplete, waived ones waive', () => {
    const waiver = { reason: 'r', approver: '@a', expires: '2026-12-31', origin: 'base' as const, scope: 'item' };
    expect(statusOf([]).status).toBe('pass');
    expect(statusOf([at('a/r', 'warning')]).status).toBe('pass');
    expect(statusOf([{ ...at('a/r', 'error'), waiver }]).status).toBe('waived');
    expect(statusOf([{ ...at('a/r', 'error'), waiver }, at('a/r', 'error')]).status).toBe('fail');
    expect(statusOf([{ ...at('a/r', 'error'), unverified: true, message: 'unsure' }])).toMatchObject({ status: 'incomplete', reason: 'unsure' });
  });

  it('fails on an open configuration warning under fail-on warning, not on a notice or under fail-on error', () => {
    const config = (severity: 'warning' | 'notice'): Finding => ({ ruleId: 'configuration/near-miss', severity, message: 'nearly matches', docsUrl: 'x' });
    const clean: ItemResult[] = [{ id: 'definition-validates', title: 'Definition validates', group: 'required', status: 'pass', findings: [] }];
    expect(resultOf(clean, 'warning', [config('warning')])).toBe('fail');
    expect(resultOf(clean, 'error', [config('warning')])).toBe('pass');
    expect(resultOf(clean, 'warning', [config('notice')])).toBe('pass');
    expect(resultOf(clean, 'warning', [])).toBe('pass');
  });

  it('fails when an item fails or is incomplete, or on a configuration error; passes otherwise', () => {
    const item = (status: ItemResult['status'], findings: Finding[] = []): ItemResult => ({ id: 'definition-validates', title: 'Definition validates', group: 'required', status, findings });
    const config = (severity: Finding['severity']): Finding => ({ ruleId: 'configuration/unknown-key', severity, message: 'm', docsUrl: 'x' });
    expect(resultOf([item('pass'), item('fail')], 'error')).toBe('fail');
    expect(resultOf([item('incomplete'), item('pass')], 'error')).toBe('fail');
    expect(resultOf([item('pass'), item('waived'), item('not-affected'), item('off')], 'error')).toBe('pass');
    expect(resultOf([item('pass')], 'error', [config('error')])).toBe('fail');
    expect(resultOf([item('pass')], 'error', [config('notice'), config('warning')])).toBe('pass');
    expect(resultOf([], 'error')).toBe('pass');
  });

  it('fails under fail-on warning on an open warning of any item, not on a waived one', () => {
    const warning = (waived: boolean): Finding => ({ ruleId: 'a/r', severity: 'warning', message: 'm', docsUrl: 'x', ...(waived ? { waiver: { reason: 'r', approver: '@a', expires: '2026-12-31', origin: 'base' as const, scope: 'item' } } : {}) });
    const item = (findings: Finding[]): ItemResult => ({ id: 'docs-updated', title: 'Docs updated', group: 'required', status: 'pass', findings });
    expect(resultOf([item([]), item([warning(false)])], 'warning')).toBe('fail');
    expect(resultOf([item([warning(false)]), item([])], 'warning')).toBe('fail');
    expect(resultOf([item([warning(true)])], 'warning')).toBe('pass');
    expect(resultOf([item([warning(false)])], 'error')).toBe('pass');
  });
});
