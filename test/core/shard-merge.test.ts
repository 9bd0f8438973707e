/** Merging shard reports item by item: statuses derived again, reasons kept, repeats dropped, the verdict. */
import { describe, expect, it } from 'vitest';
import { mergeShardReports } from '../../src/core/shard-merge.js';
import type { ItemId, ItemResult, Report } from '../../src/core/types.js';
import { stoppedReport } from '../../src/run/stopped-report.js';
import { checklist, finding } from '../render/sample-report.js';

const summary: Report['summary'] = {
  head: 'a'.repeat(40),
  mode: 'all',
  changedFiles: 3,
  affected: { workflow: 2, manifest: 0, runbook: 0, action: 0, trigger: 0, template: 0, environment: 0, openapi: 0, catalog: 0, docs: 0, changelog: 0, config: 0 },
  blastRadius: [],
};
const shard = (index: number, items: Partial<Record<ItemId, Partial<ItemResult>>>, extra: Partial<Report> = {}): { label: string; report: Report } => ({
  label: `report-${index}.json`,
  report: { result: 'pass', items: checklist(items), objects: [], summary, notices: [], shard: { index, count: 2 }, ...extra },
});
const error = (file: string) => finding({ ruleId: 'definition-validates/payload-schema', severity: 'error', message: 'wrong', location: { file, line: 1, column: 1 } });
const warning = finding({ ruleId: 'configuration/near-miss', severity: 'warning', message: 'a path nearly matches' });

describe('merging shard reports', () => {
  it('fails an item one shard found failing and another not affected, with both findings', () => {
    const merged = mergeShardReports([
      shard(2, { 'definition-validates': { status: 'fail', findings: [error('b.json')] } }, { result: 'fail' }),
      shard(1, { 'definition-validates': { status: 'not-affected' }, 'webhooks-verified': { status: 'not-affected' } }),
    ]);
    expect(merged.items[0]).toMatchObject({ status: 'fail', findings: [error('b.json')] });
    expect(merged.items[8].status).toBe('pass');
    expect(merged.result).toBe('fail');
    expect(merged.shard).toBeUndefined();
  });

  it('keeps an incomplete item with its reason when no finding explains it', () => {
    const reason = 'the change may miss files';
    const merged = mergeShardReports([shard(1, { 'docs-updated': { status: 'incomplete', reason } }, { result: 'fail' }), shard(2, {})]);
    expect(merged.items[4]).toMatchObject({ status: 'incomplete', reason, findings: [] });
    expect(merged.result).toBe('fail');
  });

  it('keeps what every shard reports alike once, and fails on open warnings only when a shard did', () => {
    const both = (result: Report['result']) => [shard(1, {}, { result, configFindings: [warning], notices: ['n'] }), shard(2, {}, { result, configFindings: [warning], notices: ['n'] })];
    const merged = mergeShardReports(both('pass'));
    expect(merged.configFindings).toEqual([warning]);
    expect(merged.notices).toEqual(['n']);
    expect(merged.result).toBe('pass');
    expect(mergeShardReports(both('fail')).result).toBe('fail');
  });

  it('adds up the findings a waiver covered in each shard', () => {
    const record = { rule: 'definition-validates', reason: 'r', approver: '@lee', expires: '2026-12-20', origin: 'base' as const, location: { file: '.github/b3os-readiness.yml', line: 3, column: 1 } };
    const merged = mergeShardReports([shard(1, {}, { waivers: [{ ...record, status: 'unused', findings: 0 }] }), shard(2, {}, { waivers: [{ ...record, status: 'applied', findings: 2 }] })]);
    expect(merged.waivers).toEqual([{ ...record, status: 'applied', findings: 2 }]);
  });

  it('keeps the finished shards\' findings and summary when one shard stopped, and fails with its cause', () => {
    const stopped = { label: 'report-1.json', report: { ...stoppedReport('the check ran out of its 16 MB of memory', { mode: 'all', head: summary.head }), shard: { index: 1, count: 2 } } };
    const merged = mergeShardReports([stopped, shard(2, { 'definition-validates': { status: 'fail', findings: [error('b.json')] } }, { result: 'fail' })]);
    expect(merged.items[0]).toMatchObject({ status: 'fail', findings: [error('b.json')] });
    expect(merged.items[8]).toMatchObject({ status: 'incomplete', reason: 'not checked: the check ran out of its 16 MB of memory' });
    expect(merged.summary).toEqual(summary);
    expect(merged.configFindings?.map((f) => f.ruleId)).toEqual(['gate/engine-stopped']);
    expect(merged.result).toBe('fail');
  });

  it('still refuses finished shards whose summaries differ when another shard stopped', () => {
    const stopped = { label: 'report-1.json', report: { ...stoppedReport('stopped', { mode: 'all', head: summary.head }), shard: { index: 1, count: 3 } } };
    const other = (index: number, changedFiles: number) => ({ label: `report-${index}.json`, report: { ...shard(index, {}).report, summary: { ...summary, changedFiles }, shard: { index, count: 3 } } });
    expect(() => mergeShardReports([stopped, other(2, 3), other(3, 4)])).toThrow(/differ in changed files/);
  });

  it('refuses shards of different fail-on, and fails on open warnings under the shards\' fail-on', () => {
    const under = (failOn: Report['failOn'], index: number, result: Report['result'] = 'pass') => shard(index, {}, { failOn, result, configFindings: [warning] });
    expect(() => mergeShardReports([under('warning', 1), under('error', 2)])).toThrow(/differ in fail-on \(warning and error\)/);
    expect(mergeShardReports([under('warning', 1), under('warning', 2)])).toMatchObject({ result: 'fail', failOn: 'warning' });
    expect(mergeShardReports([under('error', 1, 'fail'), under('error', 2)])).toMatchObject({ result: 'pass', failOn: 'error' });
  });
});
