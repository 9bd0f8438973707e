import { describe, expect, it } from 'vitest';
import type { Finding, ItemStatus, Report } from '../../src/core/types.js';
import { configErrors, failPhrase, isBlocking, isReady, itemsByUrgency, offPhrase, openWarnings, STATUS_EMOJI, STATUS_WORD } from '../../src/render/item-status.js';
import { checklist, finding, sampleReport } from './sample-report.js';

const warning = (message: string, extra: Partial<Finding> = {}) => finding({ ruleId: 'connectors-scoped/missing-owner', severity: 'warning', message, ...extra });
const error = (message: string) => finding({ ruleId: 'definition-validates/payload-schema', severity: 'error', message });
const notice = (message: string) => finding({ ruleId: 'definition-validates/unused-output', severity: 'notice', message });
const WAIVER = { reason: 'internal template', approver: '@acme/platform', expires: '2026-12-31' };

/** A report whose items pass, with `findings` on one passing item and `configFindings` as given. */
function report(result: Report['result'], findings: Finding[], configFindings?: Finding[], failing = 0): Report {
  const items = checklist({ 'connectors-scoped': { status: 'pass', findings } }).map((item, i) => (i < failing ? { ...item, status: 'fail' as const } : item));
  return { ...sampleReport, result, items, ...(configFindings && { configFindings }) };
}

describe('openWarnings', () => {
  it('counts unwaived warnings of the items and of the configuration, not errors, notices or waived warnings', () => {
    expect(openWarnings(report('fail', [warning('a'), warning('b', { waiver: WAIVER }), notice('c'), error('d')], [warning('e'), error('f'), warning('g', { waiver: WAIVER })]))).toBe(2);
  });

  it('is 0 without any finding', () => {
    expect(openWarnings(report('pass', []))).toBe(0);
  });
});

describe('configErrors', () => {
  it('counts the errors of the configuration only', () => {
    expect(configErrors(report('fail', [error('item')], [error('a'), warning('b'), error('c'), notice('d')]))).toBe(2);
  });

  it('is 0 without configuration findings', () => {
    expect(configErrors(report('fail', [error('item')]))).toBe(0);
  });
});

describe('failPhrase', () => {
  it.each<[string, Report, string]>([
    ['one item blocks', report('fail', [], undefined, 1), '1 of 11 items blocks'],
    ['two items and one configuration problem block', report('fail', [], [error('a'), warning('b')], 2), '2 of 11 items block; 1 configuration problem blocks'],
    ['one configuration problem, no item', report('fail', [], [error('a')]), '1 configuration problem blocks'],
    ['two configuration problems, no item', report('fail', [], [error('a'), error('b')]), '2 configuration problems block'],
    ['one open warning (a waived one and a notice beside it)', report('fail', [warning('a'), warning('b', { waiver: WAIVER }), notice('c')]), '1 warning fails it under fail-on: warning'],
    ['two open warnings, one of the configuration', report('fail', [warning('a')], [warning('b')]), '2 warnings fail it under fail-on: warning'],
  ])('%s', (_name, r, phrase) => {
    expect(failPhrase(r)).toBe(phrase);
  });
});

describe('isReady', () => {
  it('is true for a passing result with no item blocking', () => {
    expect(isReady(report('pass', [warning('a')]))).toBe(true);
  });

  it('is false for a failing result with no item blocking (warnings under fail-on: warning)', () => {
    expect(isReady(report('fail', [warning('a')]))).toBe(false);
  });

  it('is false when an item blocks, whatever the result says', () => {
    expect(isReady(report('pass', [], undefined, 1))).toBe(false);
  });
});

describe('the status words and emoji', () => {
  it('names each status, and fail and incomplete alone block', () => {
    expect(STATUS_EMOJI).toEqual({ pass: '✅', fail: '❌', incomplete: '⚠️', waived: '☑️', 'not-affected': '➖', off: '⏸️' });
    expect(STATUS_WORD).toEqual({ pass: 'PASS', fail: 'FAIL', incomplete: 'INCOMPLETE', waived: 'WAIVED', 'not-affected': 'N/A', off: 'OFF' });
    expect(Object.keys(STATUS_WORD).filter((status) => isBlocking(status as ItemStatus))).toEqual(['fail', 'incomplete']);
  });
});

describe('offPhrase', () => {
  const withOff = (count: number) => ({ ...sampleReport, items: checklist({}).map((item, i) => (i < count ? { ...item, status: 'off' as const } : i === count ? { ...item, status: 'not-affected' as const } : item)) });
  it.each([
    [0, ''],
    [1, '1 item off'],
    [2, '2 items off'],
  ])('%i items off: %j', (count, phrase) => {
    expect(offPhrase(withOff(count))).toBe(phrase);
  });
});

describe('itemsByUrgency', () => {
  it('puts failing items first, then incomplete ones, then the rest, each in checklist order', () => {
    const statuses: ItemStatus[] = ['pass', 'incomplete', 'fail', 'waived', 'fail', 'incomplete', 'off', 'not-affected', 'pass', 'pass', 'pass'];
    const items = checklist({}).map((item, i) => ({ ...item, status: statuses[i] }));
    expect(itemsByUrgency(items).map((item) => [item.id, item.status])).toEqual([
      [items[2].id, 'fail'],
      [items[4].id, 'fail'],
      [items[1].id, 'incomplete'],
      [items[5].id, 'incomplete'],
      ...[0, 3, 6, 7, 8, 9, 10].map((i) => [items[i].id, statuses[i]]),
    ]);
  });
});
