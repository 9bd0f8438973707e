/** Merging shard reports item by item: statuses derived again, reasons kept, repeats dropped, the verdict. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { mergeShardReports } from '../../src/core/shard-merge.js';
import type { ItemId, ItemResult, ObjectRow, Report, WaiverRecord } from '../../src/core/types.js';
import { stoppedReport } from '../../src/run/stopped-report.js';
import { checklist, finding, sampleFundsRow } from '../render/sample-report.js';

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

  it('keeps an item incomplete, with its reason, when one shard marked it so and another waived its findings', () => {
    const reason = 'the change may miss files';
    const waived = { ...error('a.json'), waiver: { reason: 'r', approver: '@lee', expires: '2026-12-20' } };
    const merged = mergeShardReports([shard(1, { 'docs-updated': { status: 'incomplete', reason } }, { result: 'fail' }), shard(2, { 'docs-updated': { status: 'waived', findings: [waived] } })]);
    expect(merged.items[4]).toMatchObject({ status: 'incomplete', reason, findings: [waived] });
    expect(merged.result).toBe('fail');
  });

  it('keeps an item failing when one shard says so without a failing finding (a report edited by hand), and fails', () => {
    const merged = mergeShardReports([shard(1, { 'docs-updated': { status: 'fail', reason: 'edited' } }, { result: 'fail' }), shard(2, { 'docs-updated': { status: 'pass' } })]);
    expect(merged.items[4]).toMatchObject({ status: 'fail', reason: 'edited', findings: [] });
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
  describe('refusals', () => {
    const of = (index: number, count: number, extra: Partial<Report> = {}) => ({ label: `r${index}.json`, report: { ...shard(index, {}).report, shard: { index, count }, ...extra } });
    const refusal = (shards: Array<{ label: string; report: Report }>) => {
      try {
        mergeShardReports(shards);
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return (error as Error).message;
      }
      return 'merged';
    };

    it('refuses no report, a report of no shard, shards of other splits, a shard twice, and missing shards', () => {
      expect(refusal([])).toBe('merge refused: give the report of every shard');
      expect(refusal([of(1, 2), { label: 'whole.json', report: { ...of(2, 2).report, shard: undefined } }])).toBe("merge refused: whole.json is not a shard's report: write each with check --shard i/n --format json");
      expect(refusal([of(1, 2), of(2, 3)])).toBe('merge refused: r1.json is a shard of 2 but r2.json is a shard of 3');
      expect(refusal([of(1, 2), of(2, 2), { ...of(1, 2), label: 'again.json' }])).toBe('merge refused: shard 1/2 is given twice (r1.json and again.json)');
      expect(refusal([of(2, 3), of(1, 3)])).toBe('merge refused: shard 3/3 is missing: give the report of every shard');
      expect(refusal([of(2, 4)])).toBe('merge refused: shards 1/4, 3/4, 4/4 are missing: give the report of every shard');
      expect(refusal([of(2, 2), of(1, 2)])).toBe('merged');
    });

    it('names what two shards differ in', () => {
      const differing = (extra: Partial<Report>) => refusal([of(1, 2), of(2, 2, extra)]);
      expect(differing({ summary: { ...summary, mode: 'diff', base: 'b'.repeat(40) } })).toBe(
        'merge refused: r1.json and r2.json are not of one check: one checks the whole repository (--all), the other a change (--base)',
      );
      expect(differing({ summary: { ...summary, head: 'c'.repeat(40) } })).toBe(`merge refused: r1.json and r2.json are not of one check: they differ in head (${'a'.repeat(40)} and ${'c'.repeat(40)})`);
      expect(refusal([of(1, 2, { summary: { ...summary, mode: 'diff', base: 'b1' } }), of(2, 2, { summary: { ...summary, mode: 'diff', base: 'b2' } })])).toBe('merge refused: r1.json and r2.json are not of one check: they differ in base (b1 and b2)');
      expect(differing({ summary: { ...summary, blastRadius: ['workflows/x/workflow.json'] } })).toBe('merge refused: r1.json and r2.json are not of one check: they differ in blast radius');
      expect(differing({ items: checklist({ 'docs-updated': { status: 'off' } }) })).toBe('merge refused: r1.json and r2.json are not of one check: they differ in items turned off');
      expect(refusal([of(1, 2, { items: checklist({ 'docs-updated': { status: 'off' } }) }), of(2, 2, { items: checklist({ 'webhooks-verified': { status: 'off' } }) })])).toBe(
        'merge refused: r1.json and r2.json are not of one check: they differ in items turned off',
      );
      expect(differing({ configFindings: [warning] })).toBe('merge refused: r1.json and r2.json are not of one check: they differ in configuration findings');
      expect(differing({ failOn: 'error' })).toBe('merge refused: r1.json and r2.json are not of one check: they differ in fail-on (not recorded and error)');
      expect(refusal([of(1, 2, { failOn: 'warning' }), of(2, 2)])).toBe('merge refused: r1.json and r2.json are not of one check: they differ in fail-on (warning and not recorded)');
      expect(differing({ waivers: [{ rule: 'definition-validates', reason: 'r', approver: '@lee', expires: '2026-12-20', origin: 'base', status: 'unused', findings: 0 }] })).toBe(
        'merge refused: the shards list different waivers: they are not of one check',
      );
    });

    it('gives the first stopped shard\'s report when no shard finished', () => {
      const stopped = (index: number, cause: string) => ({ label: `r${index}.json`, report: { ...stoppedReport(cause, { mode: 'all', head: summary.head }), shard: { index, count: 2 } } });
      const merged = mergeShardReports([stopped(2, 'second'), stopped(1, 'first')]);
      expect(merged).toEqual({ ...stoppedReport('first', { mode: 'all', head: summary.head }), shard: undefined });
    });
  });
  describe('what the shards add up to', () => {
    const na = { status: 'n/a' } as const;
    const row = (type: string, cells: Partial<ObjectRow>): ObjectRow => ({ type, kind: 'action', change: 'changed', schema: na, docs: na, examples: na, contract: na, ...cells });

    it('takes each cell of an object row from the first shard that filled it, and sorts the rows by type', () => {
      const merged = mergeShardReports([
        shard(1, {}, { objects: [row('swap', { schema: { status: 'ok' } })] }),
        shard(2, {}, { objects: [row('swap', { schema: { status: 'fail', note: 'x' }, docs: { status: 'ok' }, examples: { status: 'incomplete' }, contract: { status: 'fail' } }), row('bridge', {})] }),
      ]);
      expect(merged.objects).toEqual([row('bridge', {}), row('swap', { schema: { status: 'ok' }, docs: { status: 'ok' }, examples: { status: 'incomplete' }, contract: { status: 'fail' } })]);
    });

    it('keeps one funds row per file and node, sorted, and none when no shard has one', () => {
      const funds = (file: string, node: string) => ({ ...sampleFundsRow, file, node });
      const merged = mergeShardReports([shard(1, {}, { funds: [funds('b.json', 'n'), funds('a.json', 'z')] }), shard(2, {}, { funds: [funds('a.json', 'y'), funds('b.json', 'n')] })]);
      expect(merged.funds?.map((f) => `${f.file} ${f.node}`)).toEqual(['a.json y', 'a.json z', 'b.json n']);
      expect(mergeShardReports([shard(1, {}), shard(2, {})])).not.toHaveProperty('funds');
      expect(mergeShardReports([shard(1, {}), shard(2, {})])).not.toHaveProperty('waivers');
      expect(mergeShardReports([shard(1, {}), shard(2, {})])).not.toHaveProperty('configFindings');
    });

    it('judges each waiver over all shards: applied when any covered a finding, refused, unused, or as the first shard says', () => {
      const record = { rule: 'definition-validates', reason: 'r', approver: '@lee', expires: '2026-12-20', origin: 'base' as const };
      const statuses = (one: WaiverRecord['status'], other: WaiverRecord['status'], findings = 0) =>
        mergeShardReports([shard(1, {}, { waivers: [{ ...record, status: one, findings }] }), shard(2, {}, { waivers: [{ ...record, status: other, findings }] })]).waivers?.map((w) => `${w.status} ${w.findings}`);
      expect(statuses('unused', 'unused')).toEqual(['unused 0']);
      expect(statuses('unused', 'refused')).toEqual(['refused 0']);
      expect(statuses('refused', 'applied', 1)).toEqual(['applied 2']);
      expect(statuses('pending', 'applied', 1)).toEqual(['pending 2']);
      expect(statuses('unverified', 'unused')).toEqual(['unverified 0']);
    });

    it('reports a waiver that matched nothing only when it matched nothing in every shard and its item ran to a verdict, after the other configuration findings', () => {
      const at = (line: number) => ({ file: '.github/b3os-readiness.yml', line, column: 5 });
      const unused = (line: number, proposed = false) =>
        finding({ ruleId: 'configuration/waiver', severity: 'notice', message: `${proposed ? 'the configuration this change proposes: ' : ''}waiver ${line} for \`definition-validates\` matched no finding in a run over its scope: remove it`, location: at(line) });
      const secret = finding({ ruleId: 'configuration/waiver-secret', severity: 'error', message: 'waiver 9 for `credentials-in-connectors` would cover a secret value found in the repository, which no waiver can cover', location: at(1) });
      const record = (line: number, origin: 'base' | 'pull-request', status: WaiverRecord['status'], rule = 'definition-validates') => ({ rule, reason: 'r', approver: '@lee', expires: '2026-12-20', origin, location: at(line), status, findings: 0 });
      const own = finding({ ruleId: 'configuration/near-miss', severity: 'warning', message: 'near', location: at(30) });
      const waivers = [record(4, 'base', 'unused'), record(2, 'pull-request', 'unused'), record(3, 'base', 'unused', 'docs-updated'), record(5, 'base', 'unused')];
      const merged = mergeShardReports([
        shard(1, { 'docs-updated': { status: 'not-affected' } }, { waivers, configFindings: [own, unused(4), unused(2, true), unused(3), secret] }),
        shard(2, { 'docs-updated': { status: 'not-affected' } }, { waivers: waivers.map((w, i) => (i === 3 ? { ...w, status: 'applied' as const, findings: 1 } : w)), configFindings: [own, unused(5)] }),
      ]);
      expect(merged.configFindings).toEqual([own, secret, unused(4), unused(2, true)]);
    });

    describe('a waiver that matched nothing, judged again', () => {
      const at = (line: number, column = 5) => ({ file: '.github/b3os-readiness.yml', line, column });
      const unused = (line: number, proposed = false, column = 5) =>
        finding({ ruleId: 'configuration/waiver', severity: 'notice', message: `${proposed ? 'the configuration this change proposes: ' : ''}waiver 2 for \`definition-validates\` matched no finding in a run over its scope: remove it`, location: at(line, column) });
      const record = (origin: 'base' | 'pull-request', status: WaiverRecord['status'], findings = 0): WaiverRecord => ({
        rule: 'definition-validates',
        reason: 'r',
        approver: '@lee',
        expires: '2026-12-20',
        origin,
        status,
        findings,
        location: at(4, 1),
      });

      it('is the waiver of the notice\'s origin when the trusted and the proposed file hold a waiver on one line', () => {
        const merged = mergeShardReports([
          shard(1, {}, { waivers: [record('base', 'unused'), record('pull-request', 'unused')], configFindings: [unused(4, true)] }),
          shard(2, {}, { waivers: [record('base', 'applied', 1), record('pull-request', 'unused')], configFindings: [unused(4, true)] }),
        ]);
        expect(merged.configFindings).toEqual([unused(4, true)]);
      });

      it('keeps another configuration finding on the waiver\'s line once (two waivers written on one line)', () => {
        const unknown = finding({ ruleId: 'configuration/waiver', severity: 'warning', message: 'waiver 1 for `definition-validate` names no item or rule id', location: at(4, 14) });
        const waivers = [record('base', 'unused'), { ...record('base', 'refused'), rule: 'definition-validate' }];
        const merged = mergeShardReports([shard(1, {}, { waivers, configFindings: [unknown, unused(4, false, 60)] }), shard(2, {}, { waivers, configFindings: [unknown] })]);
        expect(merged.configFindings).toEqual([unknown, unused(4, false, 60)]);
      });

      it('is dropped when another shard stopped: its item did not run to a verdict everywhere', () => {
        const stopped = { label: 'report-1.json', report: { ...stoppedReport('stopped', { mode: 'all', head: summary.head }), shard: { index: 1, count: 2 } } };
        const merged = mergeShardReports([stopped, shard(2, {}, { waivers: [record('base', 'unused')], configFindings: [unused(4)] })]);
        expect(merged.items[0]).toMatchObject({ status: 'incomplete', reason: 'not checked: stopped' });
        expect(merged.configFindings?.map((f) => f.ruleId)).toEqual(['gate/engine-stopped']);
      });

      it('is tied to a waiver at no place only when it has no place either (the report schema allows both)', () => {
        const { location: _, ...unplaced } = unused(4);
        const { location: __, ...unplacedRecord } = record('base', 'unused');
        const merged = (waiver: WaiverRecord) => mergeShardReports([shard(1, {}, { waivers: [waiver], configFindings: [unplaced] }), shard(2, {}, { waivers: [waiver] })]);
        expect(merged(unplacedRecord).configFindings).toEqual([unplaced]);
        expect(merged(record('base', 'unused')).configFindings).toBeUndefined();
      });

      it('is dropped when its waiver names no item, an item turned off, or is in another file (reports edited by hand)', () => {
        const misnamed = [{ ...record('base', 'unused'), rule: 'definition-validate' }];
        expect(mergeShardReports([shard(1, {}, { waivers: misnamed, configFindings: [unused(4)] }), shard(2, {}, { waivers: misnamed })]).configFindings).toBeUndefined();
        const elsewhere = [{ ...record('base', 'unused'), location: { file: 'b3os-readiness.yml', line: 4, column: 1 } }];
        expect(mergeShardReports([shard(1, {}, { waivers: elsewhere, configFindings: [unused(4)] }), shard(2, {}, { waivers: elsewhere })]).configFindings).toBeUndefined();
        const off = { 'definition-validates': { status: 'off' as const } };
        expect(mergeShardReports([shard(1, off, { waivers: [record('base', 'unused')], configFindings: [unused(4)] }), shard(2, off, { waivers: [record('base', 'unused')] })]).configFindings).toBeUndefined();
      });
    });

    it('keeps an item turned off when another shard stopped, and the reason of an unverified finding over a claim without one', () => {
      const stopped = { label: 'report-1.json', report: { ...stoppedReport('stopped', { mode: 'all', head: summary.head }), shard: { index: 1, count: 2 } } };
      const off = mergeShardReports([stopped, shard(2, { 'docs-updated': { status: 'off', reason: 'turned off in the configuration' } })]);
      expect(off.items[4]).toMatchObject({ status: 'off', reason: 'turned off in the configuration' });
      const unsure = finding({ ruleId: 'docs-updated/page', severity: 'error', message: 'cannot tell', unverified: true });
      const merged = mergeShardReports([shard(1, { 'docs-updated': { status: 'incomplete', reason: 'the change may miss files' } }), shard(2, { 'docs-updated': { status: 'incomplete', reason: 'cannot tell', findings: [unsure] } })]);
      expect(merged.items[4]).toMatchObject({ status: 'incomplete', reason: 'cannot tell' });
    });

    it('reads a report that leaves out its configuration findings as one that has none', () => {
      expect(mergeShardReports([shard(1, {}), shard(2, {}, { configFindings: [] })]).result).toBe('pass');
    });

    it('fails on open warnings under a report that recorded no fail-on only when a shard failed', () => {
      const warned = (result: Report['result']) => shard(1, {}, { result, configFindings: [warning] });
      expect(mergeShardReports([warned('fail'), { ...shard(2, {}, { configFindings: [warning] }) }]).result).toBe('fail');
      expect(mergeShardReports([warned('pass'), { ...shard(2, {}, { configFindings: [warning] }) }]).result).toBe('pass');
    });

    it('keeps an item turned off, and one no shard found affected, with the reason of the most telling shard', () => {
      const merged = mergeShardReports([
        shard(1, { 'docs-updated': { status: 'off', reason: 'turned off in the configuration' }, 'webhooks-verified': { status: 'not-affected', reason: 'no webhook' }, 'api-keys-scoped': { status: 'pass' } }),
        shard(2, { 'docs-updated': { status: 'off', reason: 'turned off in the configuration' }, 'webhooks-verified': { status: 'not-affected' }, 'api-keys-scoped': { status: 'not-affected', reason: 'nothing' } }),
      ]);
      expect(merged.items[4]).toEqual({ ...checklist({})[4], status: 'off', reason: 'turned off in the configuration' });
      expect(merged.items[8]).toEqual({ ...checklist({})[8], status: 'not-affected', reason: 'no webhook' });
      expect(merged.items[5]).toEqual(checklist({})[5]);
    });
  });
});
