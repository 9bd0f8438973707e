import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/core/gate.js';
import { defineFileRule, defineObjectRule, defineRule, type ItemDefinition, type RuleFile, type RuleObject } from '../../src/core/rule.js';
import type { FundsRow, ItemResult, Report } from '../../src/core/types.js';
import { allChanged, memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

const WORKFLOW = { 'workflows/a/workflow.json': '{}' };

function item(rules: ItemDefinition['rules'], extra: Partial<ItemDefinition> = {}): ItemDefinition {
  return { id: 'definition-validates', title: 'Definition validates', group: 'required', concerns: ['workflow'], rules, ...extra };
}

const errorRule = defineRule({ id: 'definition-validates/always', description: 'x', severity: 'error' }, (_ctx, r) =>
  r.report({ message: 'bad thing', location: { file: 'workflows/a/workflow.json', line: 1, column: 1 } }),
);
const warningRule = defineRule({ id: 'definition-validates/soft', description: 'x', severity: 'warning' }, (_ctx, r) => r.report({ message: 'meh' }));
const unverifiedRule = defineRule({ id: 'definition-validates/unsure', description: 'x', severity: 'error' }, (_ctx, r) => r.report({ message: 'cannot tell', unverified: true }));
const crashingRule = defineRule({ id: 'definition-validates/crash', description: 'x', severity: 'error' }, () => {
  throw new Error('boom');
});

async function run(items: ItemDefinition[], files: MemoryFiles = WORKFLOW, config?: string): Promise<Report> {
  const all = config ? { ...files, '.github/b3os-readiness.yml': config } : files;
  return runGate({ head: memorySnapshot(all), changes: allChanged(all), today: '2026-11-25', items });
}

describe('engine', () => {
  it('fails an item with an error finding, and the gate', async () => {
    const report = await run([item([errorRule])]);
    expect(report.items[0].status).toBe('fail');
    expect(report.items[0].findings[0]).toMatchObject({ ruleId: 'definition-validates/always', severity: 'error', docsUrl: expect.stringMatching(/docs\/rules\/definition-validates\/always\.md$/) });
    expect(report.result).toBe('fail');
  });

  it('passes with only warnings, unless fail-on is warning', async () => {
    expect((await run([item([warningRule])])).items[0].status).toBe('pass');
    expect((await run([item([warningRule])])).result).toBe('pass');
    expect((await run([item([warningRule])], WORKFLOW, 'failOn: warning\n')).result).toBe('fail');
  });

  it('makes an unverified finding incomplete, which blocks', async () => {
    const report = await run([item([unverifiedRule])]);
    expect(report.items[0]).toMatchObject({ status: 'incomplete', reason: 'cannot tell' });
    expect(report.result).toBe('fail');
  });

  it('turns a crashing rule into incomplete (fail closed)', async () => {
    const report = await run([item([crashingRule])]);
    expect(report.items[0].status).toBe('incomplete');
    expect(report.items[0].findings[0].message).toMatch(/could not finish: boom/);
  });

  it('reports an item without rules as incomplete when it is concerned, never as pass', async () => {
    const report = await run([item([])]);
    expect(report.items[0]).toMatchObject({ status: 'incomplete', reason: expect.stringMatching(/not built yet/) });
  });

  it('is not affected when nothing it concerns changed', async () => {
    const report = await run([item([errorRule], { concerns: ['template'] })]);
    expect(report.items[0].status).toBe('not-affected');
    expect(report.result).toBe('pass');
  });

  it('makes pending concerns block', async () => {
    const report = await run([item([], { concerns: ['workflow'], pendingConcerns: ['workflow'], rules: [warningRule] })]);
    expect(report.items[0].status).toBe('incomplete');
  });

  it('lowers severities per item from the configuration', async () => {
    const report = await run([item([errorRule])], WORKFLOW, 'items:\n  definition-validates: warning\n');
    expect(report.items[0].status).toBe('pass');
    expect(report.items[0].findings[0].severity).toBe('warning');
  });

  it('does not lower a found secret with its item', async () => {
    const secretRule = defineRule({ id: 'definition-validates/leak', description: 'x', severity: 'error' }, (_ctx, r) =>
      r.report({ message: 'a key (fingerprint 1a2b3c4d)', location: { file: 'workflows/a/workflow.json', line: 1, column: 1 }, secret: true, fingerprint: '1a2b3c4d' }),
    );
    const report = await run([item([secretRule, errorRule])], WORKFLOW, 'items:\n  definition-validates: warning\n');
    expect(report.items[0].findings.map((f) => [f.message, f.severity])).toEqual([['a key (fingerprint 1a2b3c4d)', 'error'], ['bad thing', 'warning']]);
    expect(report.items[0].status).toBe('fail');
  });

  it('turns an item off from the configuration', async () => {
    const report = await run([item([errorRule])], WORKFLOW, 'items:\n  definition-validates: off\n');
    expect(report.items[0]).toMatchObject({ status: 'off', findings: [], reason: 'turned off in the configuration' });
    expect(report.result).toBe('pass');
  });

  it('applies a waiver until it expires, and notes an expired one', async () => {
    const waiver = (expires: string) => `waivers:\n  - rule: definition-validates/always\n    paths: ["workflows/**"]\n    reason: known issue\n    approver: "@acme/platform"\n    expires: ${expires}\n`;
    const live = await run([item([errorRule])], WORKFLOW, waiver('2026-12-31'));
    expect(live.items[0].status).toBe('waived');
    expect(live.items[0].findings[0].waiver).toEqual({ reason: 'known issue', approver: '@acme/platform', expires: '2026-12-31', origin: 'base', scope: 'path `workflows/**`' });
    expect(live.result).toBe('pass');
    const expired = await run([item([errorRule])], WORKFLOW, waiver('2026-11-24'));
    expect(expired.items[0].status).toBe('fail');
    expect(expired.configFindings?.map((f) => `${f.ruleId} ${f.severity} ${f.location?.line}:${f.location?.column} ${f.message}`)).toEqual([
      'configuration/waiver warning 6:5 waiver 1 for `definition-validates/always` (approved by @acme/platform) expired on 2026-11-24 and no longer applies',
    ]);
  });

  it('fails a proposed configuration whose waiver names no item or rule, or a day that does not exist, at its line', async () => {
    const config = 'waivers:\n  - rule: definition-validates/alway\n    reason: typo\n    approver: "@acme/platform"\n    expires: 2026-02-30\n';
    const head = { ...WORKFLOW, '.github/b3os-readiness.yml': config };
    const report = await runGate({ head: memorySnapshot(head), base: memorySnapshot(WORKFLOW, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files: [{ path: '.github/b3os-readiness.yml', status: 'added' }] }, today: '2026-11-25', items: [item([errorRule])] });
    expect(report.result).toBe('fail');
    expect(report.configFindings?.map((f) => [f.ruleId, f.severity, f.location?.line, f.location?.column, f.message])).toEqual([
      ['configuration/invalid', 'error', 2, 11, 'the configuration this change proposes is invalid: waiver 1 names `definition-validates/alway`, which is no item or rule id; did you mean `definition-validates/always`?'],
      ['configuration/invalid', 'error', 5, 14, 'the configuration this change proposes is invalid: waiver 1 expires on `2026-02-30`, which is not a real date'],
    ]);
  });

  it('tells reviewers what a proposed configuration relaxes, and keeps checking with the current one', async () => {
    const relaxed = 'items:\n  definition-validates: off\nwaivers:\n  - rule: definition-validates\n    reason: later\n    approver: "@acme/platform"\n    expires: 2099-12-31\n';
    const head = { ...WORKFLOW, '.github/b3os-readiness.yml': relaxed };
    const report = await runGate({ head: memorySnapshot(head), base: memorySnapshot(WORKFLOW, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files: [{ path: '.github/b3os-readiness.yml', status: 'added' }, { path: 'workflows/a/workflow.json', status: 'modified' }] }, today: '2026-11-25', items: [item([errorRule])] });
    expect(report.items[0].status).toBe('fail');
    expect(report.notices[0]).toBe('this change edits `.github/b3os-readiness.yml`; its new version is valid. It lowers `definition-validates` → off; adds waivers for `definition-validates` until 2099-12-31. The current configuration applies to this change; the new one to every change after the merge, so review it like code.');
  });

  it('audits (all mode) with a merged configuration read leniently', async () => {
    const renamed = 'waivers:\n  - rule: definition-validates/renamed\n    reason: old rule\n    approver: "@acme/platform"\n    expires: 2026-02-30\n';
    expect((await run([item([errorRule])], WORKFLOW, renamed)).items[0].status).toBe('fail');
  });

  it('reads a merged configuration leniently, and checks the one a change proposes strictly', async () => {
    const typo = 'waivers:\n  - rule: definition-validates/renamed\n    reason: old rule\n    approver: "@acme/platform"\n    expires: 2026-12-31\n';
    const base = { ...WORKFLOW, '.github/b3os-readiness.yml': typo };
    const diff = (head: MemoryFiles, files: Array<{ path: string; status: 'modified' }>) =>
      runGate({ head: memorySnapshot(head), base: memorySnapshot(base, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files }, today: '2026-11-25', items: [item([errorRule])] });
    const untouched = await diff({ ...base, 'workflows/a/workflow.json': '{}' }, [{ path: 'workflows/a/workflow.json', status: 'modified' }]);
    expect(untouched.items[0].status).toBe('fail');
    expect(untouched.configFindings?.map((f) => `${f.ruleId} ${f.severity} ${f.location?.line}:${f.location?.column} ${f.message}`)).toEqual([
      'configuration/waiver warning 2:5 waiver 1 for `definition-validates/renamed` names no item or rule id; did you mean `definition-validates/always`?',
    ]);
    const proposed = { ...base, '.github/b3os-readiness.yml': typo.replace('2026-12-31', '2026-02-30') };
    const checked = await diff(proposed, [{ path: '.github/b3os-readiness.yml', status: 'modified' }]);
    expect(checked.configFindings?.map((f) => `${f.severity} ${f.location?.line}:${f.location?.column} ${f.message}`)).toEqual([
      'error 2:11 the configuration this change proposes is invalid: waiver 1 names `definition-validates/renamed`, which is no item or rule id; did you mean `definition-validates/always`?',
      'error 5:14 the configuration this change proposes is invalid: waiver 1 expires on `2026-02-30`, which is not a real date',
      'warning 2:5 waiver 1 for `definition-validates/renamed` names no item or rule id; did you mean `definition-validates/always`?',
    ]);
  });

  it('blocks an incomplete change even where the configuration turns an item off', async () => {
    const files = { ...WORKFLOW, '.github/b3os-readiness.yml': 'items:\n  definition-validates: off\n' };
    const report = await runGate({ head: memorySnapshot(files), changes: { ...allChanged(files), incompleteReason: 'the base is missing' }, today: '2026-11-25', items: [item([])] });
    expect(report.items[0]).toMatchObject({ status: 'incomplete', reason: 'the base is missing' });
  });

  it('fails every item closed when the change list is incomplete', async () => {
    const files = WORKFLOW;
    const report = await runGate({
      head: memorySnapshot(files),
      changes: { ...allChanged(files), incompleteReason: 'the file list was truncated' },
      today: '2026-11-25',
      items: [item([])],
    });
    expect(report.items[0]).toMatchObject({ status: 'incomplete', reason: 'the file list was truncated' });
    expect(report.result).toBe('fail');
  });

  it('reports an invalid merged configuration once, at its line and column, and applies the defaults', async () => {
    const report = await run([item([errorRule])], WORKFLOW, 'version: 1\nitemz: {}\nfailOn: warning\nlimits: 3\n');
    expect(report.configFindings).toEqual([
      expect.objectContaining({
        ruleId: 'configuration/invalid',
        severity: 'warning',
        location: { file: '.github/b3os-readiness.yml', line: 2, column: 1 },
        message: 'the configuration on `HEAD` is invalid, so the defaults apply: unknown key `itemz` in the document; did you mean `items`? (and 1 more at 4:9)',
      }),
    ]);
    expect(report.summary.config).toEqual({ kind: 'invalid', path: '.github/b3os-readiness.yml', ref: 'HEAD' });
    expect(report.items[0].status).toBe('fail');
  });

  it('ignores an unknown item id in a merged configuration with a note, and keeps the rest', async () => {
    const report = await run([item([errorRule])], WORKFLOW, 'version: 1\nitems:\n  wallet-dedicated: off\n  definition-validates: warning\n');
    expect(report.configFindings).toBeUndefined();
    expect(report.items[0].status).toBe('pass');
    expect(report.notices).toContain('`.github/b3os-readiness.yml` on `HEAD`: 3:3: `items.wallet-dedicated` names no item and is ignored; did you mean `wallets-dedicated`?');
    expect(report.summary.config).toEqual({ kind: 'file', path: '.github/b3os-readiness.yml', ref: 'HEAD' });
  });

  describe('items that do not run', () => {
    it('gives each one its id, title and group, and no findings', async () => {
      const report = await run([item([errorRule], { concerns: ['template'] }), { ...item([]), id: 'connectors-scoped', title: 'Connectors scoped', group: 'policy' }]);
      expect(report.items).toEqual([
        { id: 'definition-validates', title: 'Definition validates', group: 'required', status: 'not-affected', findings: [] },
        { id: 'connectors-scoped', title: 'Connectors scoped', group: 'policy', status: 'incomplete', findings: [], reason: 'the checks for this item are not built yet' },
      ]);
      const off = await run([item([errorRule])], WORKFLOW, 'items:\n  definition-validates: off\n');
      expect(off.items).toEqual([{ id: 'definition-validates', title: 'Definition validates', group: 'required', status: 'off', findings: [], reason: 'turned off in the configuration' }]);
      expect(off.notices).toEqual([]);
    });

    it('fails every item closed with no findings when the change list is incomplete', async () => {
      const report = await runGate({ head: memorySnapshot(WORKFLOW), changes: { ...allChanged(WORKFLOW), incompleteReason: 'truncated' }, today: '2026-11-25', items: [item([errorRule])] });
      expect(report.items).toEqual([{ id: 'definition-validates', title: 'Definition validates', group: 'required', status: 'incomplete', findings: [], reason: 'truncated' }]);
    });
  });

  describe('what an item concerns', () => {
    const BASE = { 'workflows/a/workflow.json': '{}', 'templates/t/template.json': '{}' };
    const diff = (head: MemoryFiles, files: Array<{ path: string; status: 'added' | 'modified' | 'removed' }>, items: ItemDefinition[]) =>
      runGate({ head: memorySnapshot(head), base: memorySnapshot(BASE, 'BASE'), changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files }, today: '2026-11-25', items });

    it('runs an item when any one of the kinds it concerns changed', async () => {
      const report = await run([item([errorRule], { concerns: ['template', 'workflow'] })]);
      expect(report.items[0].status).toBe('fail');
    });

    it('runs an item for an object of its kind the change removes, and no other item', async () => {
      const head = { 'templates/t/template.json': '{}' };
      const removed = [{ path: 'workflows/a/workflow.json', status: 'removed' as const }];
      const report = await diff(head, removed, [item([errorRule]), { ...item([errorRule], { concerns: ['template'] }), id: 'templates-portable' }]);
      expect(report.items.map((i) => i.status)).toEqual(['fail', 'not-affected']);
    });

    it('runs an item that reads every file for any file the change adds or edits, but not for a removal alone', async () => {
      const everyFile = item([errorRule], { concerns: ['template'], readsEveryFile: true });
      const edited = await diff({ 'templates/t/template.json': '{}', 'README.md': 'x' }, [{ path: 'workflows/a/workflow.json', status: 'removed' }, { path: 'README.md', status: 'added' }], [everyFile]);
      expect(edited.items[0].status).toBe('fail');
      const removedOnly = await diff({ 'templates/t/template.json': '{}' }, [{ path: 'docs/old.md', status: 'removed' }], [everyFile]);
      expect(removedOnly.items[0].status).toBe('not-affected');
    });

    it('says which pending kind blocks an item, linking to the readme', async () => {
      const report = await run([item([], { concerns: ['workflow'], pendingConcerns: ['template', 'workflow'], rules: [warningRule] })]);
      expect(report.items[0]).toMatchObject({ status: 'incomplete', reason: 'changes to workflow files are not checked by this item yet, so it cannot pass' });
      expect(report.items[0].findings).toEqual([
        { ruleId: 'definition-validates/pending', severity: 'error', message: 'changes to workflow files are not checked by this item yet, so it cannot pass', docsUrl: expect.stringMatching(/docs\/rules\/README\.md$/), unverified: true },
        expect.objectContaining({ ruleId: 'definition-validates/soft', message: 'meh' }),
      ]);
    });
  });

  it('tells how to report a crashing rule, and reads what a rule throws that is no error', async () => {
    const throwsText = defineRule({ id: 'definition-validates/text', description: 'x', severity: 'error' }, () => {
      throw 'a plain text';
    });
    const report = await run([item([crashingRule]), { ...item([throwsText]), id: 'connectors-scoped' }]);
    expect(report.items[0].findings).toEqual([expect.objectContaining({ message: 'the check could not finish: boom', unverified: true, hint: 'report this as a bug in b3os-readiness' })]);
    expect(report.items[1].findings.map((f) => f.message)).toEqual(['the check could not finish: a plain text']);
  });

  it('merges the object rows of a type across rules and sorts them by type; keeps the last funds row of a node and sorts by file and node', async () => {
    const funds = (file: string, node: string, action: string): FundsRow => ({ workflow: file.split('/')[1], file, node, action, kind: 'send', bounded: false, chains: [], tokens: [], recipients: [], evidence: 'missing' });
    const rows = defineRule({ id: 'definition-validates/rows', description: 'x', severity: 'warning' }, (_ctx, r) => {
      r.objectRow?.({ type: 'swap', kind: 'action', change: 'new', schema: { status: 'ok' } });
      r.objectRow?.({ type: 'bridge', kind: 'trigger', change: 'removed' });
      r.fundsRow?.(funds('workflows/b/workflow.json', 'n1', 'first'));
      r.fundsRow?.(funds('workflows/a/workflow.json', 'n2', 'first'));
      r.fundsRow?.(funds('workflows/a/workflow.json', 'n1', 'first'));
      r.fundsRow?.(funds('workflows/b/workflow.json', 'n1', 'second'));
    });
    const docs = defineRule({ id: 'definition-validates/docs', description: 'x', severity: 'warning' }, (_ctx, r) => r.objectRow?.({ type: 'swap', kind: 'action', change: 'new', docs: { status: 'fail', note: 'no page' } }));
    const report = await run([item([rows, docs])]);
    const na = { status: 'n/a' };
    expect(report.objects).toEqual([
      { type: 'bridge', kind: 'trigger', change: 'removed', schema: na, docs: na, examples: na, contract: na },
      { type: 'swap', kind: 'action', change: 'new', schema: { status: 'ok' }, docs: { status: 'fail', note: 'no page' }, examples: na, contract: na },
    ]);
    expect(report.funds?.map((f) => [f.file, f.node, f.action])).toEqual([
      ['workflows/a/workflow.json', 'n1', 'first'],
      ['workflows/a/workflow.json', 'n2', 'first'],
      ['workflows/b/workflow.json', 'n1', 'second'],
    ]);
  });

  describe('file rules', () => {
    const TWO = { 'workflows/a/workflow.json': '{"name":"a"}', 'workflows/b/workflow.json': '{"name":"b"}', 'templates/t/template.json': '{"name":"t"}' };
    const nameOf = (file: RuleFile) => (file.doc.value as { name: string }).name;

    it('reads each file once, whatever the number of items and rules that check it, and shares derived views', async () => {
      const reads: string[] = [];
      const snapshot = memorySnapshot(TWO);
      const counted = { ...snapshot, read: (path: string) => (reads.push(path), snapshot.read(path)) };
      const derived: string[] = [];
      const upper = (file: RuleFile) => (derived.push(file.path), nameOf(file).toUpperCase());
      let readByLastCheck: string[] = [];
      const fileRule = (id: string) =>
        defineFileRule({ id, description: 'x', severity: 'warning' }, {
          kinds: ['workflow'],
          check: (file, _ctx, r) => {
            r.report({ message: `${id} ${file.derive(upper)}` });
            readByLastCheck = [...reads];
          },
        });
      const first = item([fileRule('definition-validates/one'), fileRule('definition-validates/two')]);
      const second = { ...item([fileRule('connectors-scoped/three')]), id: 'connectors-scoped' as const };
      const report = await runGate({ head: counted, changes: allChanged(TWO), today: '2026-11-25', items: [first, second] });
      expect(report.items[0].findings.map((f) => f.message)).toEqual(['definition-validates/one A', 'definition-validates/one B', 'definition-validates/two A', 'definition-validates/two B']);
      expect(report.items[1].findings.map((f) => f.message)).toEqual(['connectors-scoped/three A', 'connectors-scoped/three B']);
      // The gate's secret scan reads every file's text afterwards; the checks themselves read each file once.
      expect(readByLastCheck.filter((path) => path.startsWith('workflows/'))).toEqual(['workflows/a/workflow.json', 'workflows/b/workflow.json']);
      expect(derived).toEqual(['workflows/a/workflow.json', 'workflows/b/workflow.json']);
    });

    it('shows a rule only the kinds it subscribes to, and reports what `before` finds first', async () => {
      const seen = defineFileRule(
        { id: 'definition-validates/seen', description: 'x', severity: 'warning' },
        { kinds: ['template'], before: (_ctx, r) => r.report({ message: 'before' }), check: (file, _ctx, r) => r.report({ message: `${file.kind} ${file.id} ${file.path}` }) },
      );
      const report = await run([item([seen], { concerns: ['workflow', 'template'] })], TWO);
      expect(report.items[0].findings.map((f) => f.message)).toEqual(['before', 'template t templates/t/template.json']);
    });

    it('makes the item of a throwing file rule incomplete once, and keeps checking other rules, items and files', async () => {
      const checked: string[] = [];
      const throwing = defineFileRule({ id: 'definition-validates/throws', description: 'x', severity: 'error' }, {
        kinds: ['workflow'],
        check: (file) => {
          throw new Error(`cannot read ${nameOf(file)}`);
        },
      });
      const counting = defineFileRule({ id: 'connectors-scoped/counts', description: 'x', severity: 'warning' }, { kinds: ['workflow'], check: (file) => void checked.push(file.path) });
      const report = await run([item([throwing, warningRule]), { ...item([counting]), id: 'connectors-scoped' }], TWO);
      expect(report.items[0].status).toBe('incomplete');
      expect(report.items[0].findings.map((f) => f.message)).toEqual(['the check could not finish: cannot read a', 'meh']);
      expect(report.items[1].status).toBe('pass');
      expect(checked).toEqual(['workflows/a/workflow.json', 'workflows/b/workflow.json']);
    });

    it('visits the objects an object rule names in the same pass, sharing files and derived views, then runs `after`', async () => {
      const reads: string[] = [];
      const snapshot = memorySnapshot(TWO);
      const counted = { ...snapshot, read: (path: string) => (reads.push(path), snapshot.read(path)) };
      const derived: string[] = [];
      let readAtEnd: string[] = [];
      const named = async (object: RuleObject) => (derived.push(object.id), nameOf((await object.file(object.files[0]))!));
      const objectRule = (id: string) =>
        defineObjectRule({ id, description: 'x', severity: 'warning' }, {
          kind: 'workflow',
          objects: async (ctx) => ctx.head.index.ofKind('workflow').filter((o) => o.id === 'b'),
          check: async (object, _ctx, r) => r.report({ message: `${id} ${await object.derive(named)}` }),
          after: (_ctx, r) => {
            readAtEnd = [...reads];
            r.report({ message: `${id} after` });
          },
        });
      const fileRule = defineFileRule({ id: 'definition-validates/file', description: 'x', severity: 'warning' }, { kinds: ['workflow'], check: (file, _ctx, r) => r.report({ message: `file ${nameOf(file)}` }) });
      const report = await runGate({ head: counted, changes: allChanged(TWO), today: '2026-11-25', items: [item([fileRule, objectRule('definition-validates/one'), objectRule('definition-validates/two')])] });
      expect(report.items[0].findings.map((f) => f.message)).toEqual(['file a', 'file b', 'definition-validates/one b', 'definition-validates/one after', 'definition-validates/two b', 'definition-validates/two after']);
      expect(derived).toEqual(['b']);
      expect(readAtEnd.filter((path) => path.startsWith('workflows/'))).toEqual(['workflows/a/workflow.json', 'workflows/b/workflow.json']);
    });

    it('visits the kinds definition kinds first, then the others, each file rule seeing only the files of its kinds', async () => {
      const files = {
        ...TWO,
        'actions/send/action.json': '{"name":"send"}',
        'actions/send/schema.ts': 'export const x = 1;\n',
        'packages/sdk/actions/swap/meta.json': '{"name":"swap"}',
        'triggers/tick/trigger.json': '{"name":"tick"}',
        '.b3os/catalog.json': '{"name":"catalog"}',
        'environments/prod.yaml': 'name: prod\n',
      };
      const seen = (id: string, kinds: RuleFile['kind'][]) =>
        defineFileRule({ id, description: 'x', severity: 'warning' }, { kinds, check: (file, _ctx, r) => r.report({ message: `${id} ${file.kind} ${file.path}` }) });
      const every = seen('definition-validates/every', ['environment', 'catalog', 'trigger', 'action', 'template', 'workflow']);
      const templates = seen('definition-validates/templates', ['template']);
      const report = await run([item([every, templates], { concerns: ['workflow', 'template', 'environment'] })], files, 'paths:\n  actions: ["actions/{id}/action.json", "defs/{id}/action.json"]\n');
      expect(report.items[0].findings.map((f) => f.message)).toEqual([
        'definition-validates/every workflow workflows/a/workflow.json',
        'definition-validates/every workflow workflows/b/workflow.json',
        'definition-validates/every template templates/t/template.json',
        'definition-validates/every action actions/send/action.json',
        'definition-validates/every trigger triggers/tick/trigger.json',
        'definition-validates/every catalog .b3os/catalog.json',
        'definition-validates/every environment environments/prod.yaml',
        'definition-validates/templates template templates/t/template.json',
      ]);
    });

    it('skips a file that is no regular file, and fails a rule once when its files cannot be read', async () => {
      const checking = defineFileRule({ id: 'definition-validates/checks', description: 'x', severity: 'warning' }, { kinds: ['workflow'], check: (file, _ctx, r) => r.report({ message: `${file.path} ${nameOf(file)}` }) });
      const linked = { ...TWO, 'workflows/a/workflow.json': { symlink: '../b/workflow.json' } };
      expect((await run([item([checking])], linked)).items[0].findings.map((f) => f.message)).toEqual(['workflows/b/workflow.json b']);
      const snapshot = memorySnapshot(TWO);
      // Each workflow file fails its first read only (the pass's); the secret scan reads it later.
      const failed = new Set<string>();
      const failing = { ...snapshot, read: async (path: string) => (path.startsWith('workflows/') && !failed.has(path) ? (failed.add(path), Promise.reject(new Error(`cannot read ${path}`))) : snapshot.read(path)) };
      const other = defineFileRule({ id: 'definition-validates/other', description: 'x', severity: 'warning' }, { kinds: ['workflow'], check: () => undefined });
      const report = await runGate({ head: failing, changes: allChanged(TWO), today: '2026-11-25', items: [item([checking, other])] });
      expect(report.items[0].findings.map((f) => [f.ruleId, f.message])).toEqual([
        ['definition-validates/checks', 'the check could not finish: cannot read workflows/a/workflow.json'],
        ['definition-validates/other', 'the check could not finish: cannot read workflows/a/workflow.json'],
      ]);
    });

    it('visits the objects only object rules name after the affected ones, by id, without their files, and one file once', async () => {
      const base = { ...TWO, 'workflows/c/workflow.json': '{"name":"c"}', 'workflows/d/workflow.json': '{"name":"d"}', 'templates/a/template.json': '{"name":"ta"}' };
      const head = { ...base, 'workflows/a/workflow.json': '{"name":"a2"}' };
      const fileRule = defineFileRule({ id: 'definition-validates/file', description: 'x', severity: 'warning' }, { kinds: ['workflow'], check: (file, _ctx, r) => r.report({ message: `file ${nameOf(file)}` }) });
      const objectRule = (id: string, kind: 'workflow' | 'template', ids: string[]) =>
        defineObjectRule({ id, description: 'x', severity: 'warning' }, {
          kind,
          // In the order given, not by id.
          objects: async (ctx) => ids.flatMap((id) => ctx.head.index.ofKind(kind).filter((o) => o.id === id)),
          check: async (object, _ctx, r) => {
            const [first, again] = [await object.file(object.files[0]), await object.file(object.files[0])];
            r.report({ message: `${id} ${object.kind} ${object.id} ${nameOf(first!)} ${first === again ? 'once' : 'twice'}` });
          },
        });
      const report = await runGate({
        head: memorySnapshot(head),
        base: memorySnapshot(base, 'BASE'),
        changes: { base: 'BASE', head: 'HEAD', mode: 'diff', files: [{ path: 'workflows/a/workflow.json', status: 'modified' }] },
        today: '2026-11-25',
        items: [item([fileRule, objectRule('definition-validates/workflows', 'workflow', ['d', 'c', 'a', 'b']), objectRule('definition-validates/template', 'template', ['a'])])],
      });
      expect(report.items[0].status).toBe('pass');
      expect(report.items[0].findings.map((f) => f.message)).toEqual([
        'file a2',
        'definition-validates/template template a ta once',
        'definition-validates/workflows workflow a a2 once',
        'definition-validates/workflows workflow b b once',
        'definition-validates/workflows workflow c c once',
        'definition-validates/workflows workflow d d once',
      ]);
    });

    it('reads only the files an object rule opens when no file rule reads its kind, and forgets each parsed file after its object', async () => {
      const reads: string[] = [];
      const snapshot = memorySnapshot(TWO);
      const counted = { ...snapshot, read: (path: string) => (reads.push(path), snapshot.read(path)) };
      let parsed: unknown;
      let readBeforeAfter: string[] = [];
      const objectRule = defineObjectRule({ id: 'definition-validates/object', description: 'x', severity: 'warning' }, {
        kind: 'workflow',
        objects: async (ctx) => ctx.head.index.ofKind('workflow').filter((o) => o.id === 'b'),
        check: async (object, _ctx, r) => {
          const file = await object.file(object.files[0]);
          parsed = file!.doc;
          r.report({ message: `${object.id} ${nameOf(file!)}` });
        },
      });
      const later = defineRule({ id: 'definition-validates/later', description: 'x', severity: 'warning' }, async (ctx, r) => {
        readBeforeAfter = reads.filter((path) => path.startsWith('workflows/'));
        r.report({ message: (await ctx.head.document('workflows/b/workflow.json')) === parsed ? 'kept' : 'read again' });
      });
      const report = await runGate({ head: counted, changes: allChanged(TWO), today: '2026-11-25', items: [item([objectRule, later])] });
      expect(report.items[0].findings.map((f) => f.message)).toEqual(['read again', 'b b']);
      expect(readBeforeAfter).toEqual(['workflows/b/workflow.json']);
    });

    it('does not run the file rules of an item turned off or not concerned', async () => {
      const checked: string[] = [];
      const counting = defineFileRule({ id: 'definition-validates/counts', description: 'x', severity: 'warning' }, { kinds: ['workflow'], check: (file) => void checked.push(file.path) });
      expect((await run([item([counting])], TWO, 'items:\n  definition-validates: off\n')).items[0].status).toBe('off');
      expect((await run([item([counting], { concerns: ['action'] })], TWO)).items[0].status).toBe('not-affected');
      expect(checked).toEqual([]);
    });
  });
});
