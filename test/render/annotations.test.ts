import { describe, expect, it } from 'vitest';
import type { Finding, Location, Report } from '../../src/core/types.js';
import { planAnnotations } from '../../src/render/annotations.js';
import { checklist, finding, sampleReport } from './sample-report.js';

function reportWith(findings: Finding[]): Report {
  return { ...sampleReport, items: checklist({ 'definition-validates': { status: 'fail', findings } }) };
}

function many(count: number, severity: Finding['severity']): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding({
      ruleId: `definition-validates/${severity}-rule`,
      severity,
      message: `${severity} ${index}`,
      location: { file: `w/${String(count - index).padStart(2, '0')}.json`, line: 1, column: 1 },
    }),
  );
}

describe('planAnnotations', () => {
  it('keeps 10 errors and all 3 warnings, most severe first, and counts what was left out', () => {
    const plan = planAnnotations(reportWith([...many(3, 'warning'), ...many(25, 'error')]));
    expect(plan.annotations.map((a) => [a.level, a.file])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => ['error', `w/${String(i + 1).padStart(2, '0')}.json`]),
      ['warning', 'w/01.json'],
      ['warning', 'w/02.json'],
      ['warning', 'w/03.json'],
    ]);
    expect(plan.omitted).toEqual({ error: 15, warning: 0, notice: 0 });
    expect(plan.annotations[0]).toMatchObject({ title: 'definition-validates/error-rule', message: 'error 24' });
  });

  it('takes less than 10 of a level when the room left is smaller, and counts the rest', () => {
    const plan = planAnnotations(reportWith([...many(3, 'warning'), ...many(4, 'error')]), { error: 2, warning: 10, notice: 10 });
    expect(plan.annotations.map((a) => [a.level, a.file])).toEqual([
      ['error', 'w/01.json'],
      ['error', 'w/02.json'],
      ['warning', 'w/01.json'],
      ['warning', 'w/02.json'],
      ['warning', 'w/03.json'],
    ]);
    expect(plan.omitted).toEqual({ error: 2, warning: 0, notice: 0 });
  });

  it('annotates the sample: waived skipped, unverified as a warning, hint on its own line', () => {
    const plan = planAnnotations(sampleReport);
    expect(plan.annotations.map((a) => [a.level, a.title, a.file ?? null])).toEqual([
      ['error', 'wallet-actions-bounded/stale-evidence', 'workflows/payout/manifest.yaml'],
      ['error', 'definition-validates/payload-schema', 'workflows/payout/workflow.json'],
      ['error', 'wallet-actions-bounded/unbounded-amount', 'workflows/payout/workflow.json'],
      ['error', 'definition-validates/unknown-node-type', 'workflows/payout/workflow.json'],
      ['error', 'docs-updated/missing-page', null],
      ['warning', 'connectors-scoped/missing-owner', 'workflows/payout/manifest.yaml'],
      ['warning', 'definition-validates/unused-output', 'workflows/treasury/workflow.yaml'],
      ['warning', 'failure-paths-observable/execution-webhook', null],
    ]);
    expect(plan.annotations[7].message).toBe(
      'could not verify: execution webhooks could not be listed\nHint: rerun the check when the B3OS API is reachable',
    );
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it.each<{ name: string; location: Location; expected: object }>([
    {
      name: 'single line, exclusive end column made inclusive',
      location: { file: 'a', line: 3, column: 5, endLine: 3, endColumn: 9 },
      expected: { startLine: 3, endLine: 3, startColumn: 5, endColumn: 8 },
    },
    {
      name: 'no end: columns on the start line',
      location: { file: 'a', line: 3, column: 5 },
      expected: { startLine: 3, endLine: 3, startColumn: 5 },
    },
    {
      name: 'multi-line: no columns',
      location: { file: 'a', line: 3, column: 5, endLine: 6, endColumn: 2 },
      expected: { startLine: 3, endLine: 6 },
    },
    {
      name: 'empty at the start of a line: no end column',
      location: { file: 'a', line: 3, column: 1, endLine: 3, endColumn: 1 },
      expected: { startLine: 3, endLine: 3, startColumn: 1 },
    },
    {
      name: 'empty inside a line: no end column',
      location: { file: 'a', line: 3, column: 5, endLine: 3, endColumn: 5 },
      expected: { startLine: 3, endLine: 3, startColumn: 5 },
    },
    {
      name: 'an end column without an end line: no end column',
      location: { file: 'a', line: 3, column: 5, endColumn: 9 },
      expected: { startLine: 3, endLine: 3, startColumn: 5 },
    },
    {
      name: 'ends at the start of the next line: that is the same line',
      location: { file: 'a', line: 3, column: 5, endLine: 4, endColumn: 1 },
      expected: { startLine: 3, endLine: 3, startColumn: 5 },
    },
  ])('$name', ({ location, expected }) => {
    const plan = planAnnotations(
      reportWith([finding({ ruleId: 'definition-validates/x', severity: 'notice', message: 'm', location })]),
    );
    const { level, message, title, file, ...place } = plan.annotations[0];
    expect({ level, message, title, file }).toEqual({ level: 'notice', message: 'm', title: 'definition-validates/x', file: 'a' });
    expect(place).toStrictEqual(expected);
  });
});
