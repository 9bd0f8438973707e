import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/core/gate.js';
import type { Snapshot } from '../../../src/core/types.js';
import { openGitRepository } from '../../../src/adapters/git/repository.js';
import { auditChange, checkDiffTable } from '../../support/diff-harness.js';
import { auditFiles } from '../../support/rule-harness.js';
import { createRepo } from '../../support/git-repo.js';
import { ACTION_FILE, action, baseRepo, catalog, CHANGELOG, PAGE, PAGE_FILE, PAYLOAD, RESULT, workflow, WORKFLOW_FILE } from './fixtures.js';

const withoutPrice = { ...RESULT, required: [], properties: { venue: RESULT.properties.venue } };
const documented = { [PAGE_FILE]: `${PAGE}\nThe result no longer has \`price\`.\n`, 'CHANGELOG.md': `${CHANGELOG}- \`acme-quote\`: drops \`price\`.\n` };
const SDK = 'packages/sdk/actions/acme-feed';
const CONFIG = '.github/b3os-readiness.yml';
const rootWorkflows = 'paths:\n  workflows:\n    - "wf-{slug}.json"\n';
const sdkSchema = (fields: string) => `export const payloadSchema = { type: 'object', properties: {} };\nexport const resultSchema = { type: 'object', properties: { ${fields} } };\n`;

describe('public-contract/breaking-change', () => {
  it('fails an undocumented breaking change, naming the workflows it reaches', () =>
    checkDiffTable('public-contract/breaking-change', [
      { name: 'only the name changed', base: baseRepo(), head: { ...baseRepo(), [ACTION_FILE]: action().replace('"Acme quote"', '"Acme Quote"') }, expected: [] },
      { name: 'compatible change', base: baseRepo(), head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: { ...RESULT, properties: { ...RESULT.properties, fee: { type: 'string' } } } }) }, expected: [] },
      {
        name: 'removed result field read through $nodes',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: withoutPrice }) },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'error', message: /^removing `resultSchema\.price` of `acme-quote` breaks workflows that read it: workflows\/quote$/, hint: /^update `docs\/actions\/reference\/generated\/acme-quote\.md` and add a line naming `acme-quote` to `CHANGELOG\.md` in this change, or keep the contract compatible$/ }],
      },
      {
        name: 'removed result field nobody reads',
        base: baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }) }),
        head: { ...baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }) }), [ACTION_FILE]: action({ resultSchema: withoutPrice }) },
        expected: [{ severity: 'error', file: ACTION_FILE, line: 5, column: 19, message: /breaks workflows that read it; no workflow in this repository uses it$/ }],
      },
      {
        name: 'removed result field, read only as the trigger of a workflow that uses the action',
        base: baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }, 'price {{$trigger.price}}') }),
        head: { ...baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }, 'price {{$trigger.price}}') }), [ACTION_FILE]: action({ resultSchema: withoutPrice }) },
        expected: [{ severity: 'error', file: ACTION_FILE, line: 5, column: 19, message: /breaks workflows that read it; no workflow in this repository uses it$/ }],
      },
      {
        name: 'removed result field read by a workflow at the repository root: named by its file',
        base: baseRepo({ [WORKFLOW_FILE]: workflow('log', {}), [CONFIG]: rootWorkflows, 'wf-quote.json': workflow('acme-quote', { token: '0xabc' }, '{{q.result.price}}') }),
        head: { ...baseRepo({ [WORKFLOW_FILE]: workflow('log', {}), [CONFIG]: rootWorkflows, 'wf-quote.json': workflow('acme-quote', { token: '0xabc' }, '{{q.result.price}}') }), [ACTION_FILE]: action({ resultSchema: withoutPrice }) },
        expected: [{ severity: 'error', file: ACTION_FILE, line: 5, column: 19, message: /breaks workflows that read it: wf-quote\.json$/ }],
      },
      { name: 'an action removed that no catalog knows', base: { [ACTION_FILE]: action() }, head: { 'README.md': 'no action\n' }, expected: [] },
      {
        name: 'removed result field, the whole result is handed on',
        base: baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }, '{{q.result}}') }),
        head: { ...baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }, '{{q.result}}') }), [ACTION_FILE]: action({ resultSchema: withoutPrice }) },
        expected: [{ severity: 'error', file: ACTION_FILE, line: 5, column: 19, message: /breaks workflows that read it: workflows\/quote$/ }],
      },
      {
        name: 'documented in the same change',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: withoutPrice }), ...documented },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'notice', message: /^documented breaking change: removing `resultSchema\.price` of `acme-quote`; used by workflows\/quote$/ }],
      },
      {
        name: 'changelog names only a longer id',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: withoutPrice }), ...documented, 'CHANGELOG.md': `${CHANGELOG}- \`acme-quote-v2\`: new.\n` },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'error' }],
      },
      {
        name: 'an old changelog line does not count',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: withoutPrice }), [PAGE_FILE]: documented[PAGE_FILE], 'CHANGELOG.md': `${CHANGELOG}- Other changes.\n` },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'error', hint: /^add a line naming `acme-quote` to `CHANGELOG\.md` in this change, or keep the contract compatible$/ }],
      },
      {
        name: 'a changelog line but no edit of the docs page',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: withoutPrice }), 'CHANGELOG.md': documented['CHANGELOG.md'] },
        expected: [{ file: ACTION_FILE, line: 5, column: 19, severity: 'error', hint: /^update `docs\/actions\/reference\/generated\/acme-quote\.md` in this change, or keep the contract compatible$/ }],
      },
      {
        name: 'input: a new pattern and a newly closed nested object',
        base: baseRepo({ [ACTION_FILE]: action({ payloadSchema: { ...PAYLOAD, properties: { ...PAYLOAD.properties, opts: { type: 'object', properties: { fast: { type: 'boolean' } } } } } }) }),
        head: {
          ...baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: 7, opts: { fast: true, slow: true } }) }),
          [ACTION_FILE]: action({ payloadSchema: { ...PAYLOAD, properties: { ...PAYLOAD.properties, token: { type: 'string', pattern: '^0x' }, opts: { type: 'object', properties: { fast: { type: 'boolean' } }, additionalProperties: false } } } }),
        },
        expected: [
          { severity: 'error', file: ACTION_FILE, line: 4, column: 80, message: /^changing the pattern of `payloadSchema\.token` of `acme-quote` \(pattern \^0x added\) breaks workflows that set it: workflows\/quote$/ },
          { severity: 'error', file: ACTION_FILE, line: 4, column: 168, message: /^closing `payloadSchema\.opts` of `acme-quote` to undeclared properties breaks workflows that set undeclared properties: workflows\/quote$/ },
        ],
      },
      {
        name: 'output: array item field becomes optional, read by index',
        base: baseRepo({ [ACTION_FILE]: action({ resultSchema: { type: 'object', properties: { fills: { type: 'array', items: { type: 'object', required: ['px'], properties: { px: { type: 'string' } } } } } } }), [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }, 'first {{q.result.fills[0].px}}') }),
        head: { ...baseRepo({ [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }, 'first {{q.result.fills[0].px}}') }), [ACTION_FILE]: action({ resultSchema: { type: 'object', properties: { fills: { type: 'array', items: { type: 'object', properties: { px: { type: 'string' } } } } } } }) },
        expected: [{ severity: 'error', file: ACTION_FILE, line: 5, column: 118, message: /^making `resultSchema\.fills\[\]\.px` of `acme-quote` optional breaks workflows that read it: workflows\/quote$/ }],
      },
      {
        name: 'trigger result read through $trigger',
        base: { 'triggers/acme-paid/trigger.json': action({ type: 'acme-paid' }), [WORKFLOW_FILE]: workflow('log', {}, 'paid {{$trigger.price}}').replace('"manual"', '"acme-paid"') },
        head: { 'triggers/acme-paid/trigger.json': action({ type: 'acme-paid', resultSchema: withoutPrice }), [WORKFLOW_FILE]: workflow('log', {}, 'paid {{$trigger.price}}').replace('"manual"', '"acme-paid"') },
        expected: [{ severity: 'error', file: 'triggers/acme-paid/trigger.json', line: 5, column: 19, message: /^removing `resultSchema\.price` of `acme-paid` breaks workflows that read it: workflows\/quote$/ }],
      },
      {
        name: 'SDK action: at the enclosing schema in schema.ts',
        base: { [`${SDK}/schema.ts`]: sdkSchema("price: { type: 'string' }"), [WORKFLOW_FILE]: workflow('acme-feed', {}, '{{q.result.price}}') },
        head: { [`${SDK}/schema.ts`]: sdkSchema(''), [WORKFLOW_FILE]: workflow('acme-feed', {}, '{{q.result.price}}') },
        expected: [{ severity: 'error', file: `${SDK}/schema.ts`, line: 2, column: 29, message: /^removing `resultSchema\.price` of `acme-feed` breaks workflows that read it: workflows\/quote$/ }],
      },
      {
        name: 'SDK action: payload schema no longer a literal at head',
        base: { [`${SDK}/schema.ts`]: sdkSchema("price: { type: 'string' }") },
        head: { [`${SDK}/schema.ts`]: sdkSchema("price: { type: 'string' }").replace("export const payloadSchema = { type: 'object', properties: {} };", "export const payloadSchema = make({ type: 'object', properties: {} });") },
        expected: [{ severity: 'error', file: `${SDK}/schema.ts`, line: 1, column: 30, message: /^the contract of `acme-feed` could not be compared: its `payloadSchema` can be read at the base but not at head \(.*not a static literal.*\)$/ , hint: /^write the schema as a static object literal \(top-level consts of the same file may be referenced\) or declare it again, so its change can be compared$/ }],
      },
      {
        name: 'SDK action: payload schema not a literal at the base',
        base: { [`${SDK}/schema.ts`]: sdkSchema("price: { type: 'string' }").replace("export const payloadSchema = { type: 'object', properties: {} };", "export const payloadSchema = make({ type: 'object', properties: {} });") },
        head: { [`${SDK}/schema.ts`]: sdkSchema("price: { type: 'string' }") },
        expected: [{ severity: 'error', file: `${SDK}/schema.ts`, line: 1, column: 30, message: /can be read at head but not at the base \(.*not a static literal.*\)$/ }],
      },
      {
        name: 'result schema no longer declared',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action().replace(/,\n  "resultSchema": .*\n/, '\n') },
        expected: [{ severity: 'error', file: ACTION_FILE, line: 1, column: 1, message: /could not be compared: its `resultSchema` can be read at the base but not at head \(it is no longer declared\)$/ , hint: /^declare the schema again in `actions\/acme-quote\/action\.json` as a JSON object, so its change can be compared$/ }],
      },
      { name: 'result schema declared for the first time', base: { ...baseRepo(), [ACTION_FILE]: action().replace(/,\n  "resultSchema": .*\n/, '\n') }, head: baseRepo(), expected: [] },
      {
        name: 'pinned catalog: a changelog line is enough',
        base: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: { to: { type: 'string' } } } }), 'CHANGELOG.md': '# Changelog\n' },
        head: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: { to: { type: 'string', maxLength: 42 } } } }), 'CHANGELOG.md': '# Changelog\n\n- acme-send: `to` is at most 42 characters.\n' },
        expected: [{ file: '.b3os/catalog.json', line: 11, column: 17, severity: 'notice', message: /^documented breaking change: tightening `payloadSchema\.to` of `acme-send` \(maxLength none → 42\)$/ }],
      },
      {
        name: 'pinned catalog: a new multipleOf tightens the input',
        base: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: { n: { type: 'number' } } } }) },
        head: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: { n: { type: 'number', multipleOf: 5 } } } }) },
        expected: [{ file: '.b3os/catalog.json', line: 11, column: 16, severity: 'error', message: /^adding a constraint to `payloadSchema\.n` of `acme-send` \(multipleOf none → 5\) breaks workflows that set it; no workflow in this repository uses it$/ }],
      },
      {
        name: 'pinned catalog: a changed patternProperties is not compared',
        base: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', patternProperties: { '^x-': { type: 'string' } } } }) },
        head: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', patternProperties: { '^x-': { type: 'number' } } } }) },
        expected: [{ file: '.b3os/catalog.json', line: 8, column: 24, severity: 'error', message: /^changing `payloadSchema` of `acme-send` in a way the gate does not compare \(keyword patternProperties \{.*\} → \{.*\}\) breaks workflows that set it/ }],
      },
      {
        name: 'pinned catalog: a new required field nobody lacks',
        base: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: { to: { type: 'string' } } } }) },
        head: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', required: ['memo'], properties: { to: { type: 'string' }, memo: { type: 'string' } } } }) },
        expected: [{ file: '.b3os/catalog.json', line: 17, column: 19, severity: 'error', message: /^adding `payloadSchema\.memo` of `acme-send` as a required field breaks workflows that do not set it; no workflow in this repository lacks it$/ }],
      },
      {
        name: 'pinned catalog without a changelog line',
        base: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: { to: { type: 'string' } } } }) },
        head: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', required: ['to'], properties: { to: { type: 'string' } } } }) },
        expected: [{ file: '.b3os/catalog.json', line: 14, column: 17, severity: 'error', message: /^making `payloadSchema\.to` of `acme-send` required breaks workflows that do not set it; no workflow in this repository lacks it$/ }],
      },
    ]));

  it('marks the contract cell incomplete while a schema cannot be compared', async () => {
    const nonLiteral = sdkSchema('').replace("export const payloadSchema = { type: 'object', properties: {} };", "export const payloadSchema = make({ type: 'object', properties: {} });");
    const report = await auditChange({ base: { [`${SDK}/schema.ts`]: sdkSchema('') }, head: { [`${SDK}/schema.ts`]: nonLiteral } });
    expect(report.objects.find((o) => o.type === 'acme-feed')).toMatchObject({ contract: { status: 'incomplete', note: '`payloadSchema` not comparable' } });
  });

  it('fails the contract cell of a breaking change even while another schema of the type cannot be compared', async () => {
    const nonLiteralPayload = (fields: string) => sdkSchema(fields).replace("export const payloadSchema = { type: 'object', properties: {} };", "export const payloadSchema = make({ type: 'object', properties: {} });");
    const report = await auditChange({ base: { [`${SDK}/schema.ts`]: sdkSchema("price: { type: 'string' }") }, head: { [`${SDK}/schema.ts`]: nonLiteralPayload('') } });
    expect(report.objects.find((o) => o.type === 'acme-feed')).toMatchObject({ contract: { status: 'fail', note: '1 breaking, undocumented' } });
  });

  it('has nothing to compare in an audit of the whole repository', async () => {
    const item = (await auditFiles(baseRepo())).items.find((i) => i.id === 'public-contract');
    expect(item?.findings.filter((f) => f.ruleId === 'public-contract/breaking-change')).toEqual([]);
    expect(item?.status).not.toBe('incomplete');
  });

  it('reads, of the workflows the change does not touch, only those that use the changed type (git)', async () => {
    const other = 'workflows/other/workflow.json';
    const repo = await createRepo();
    const git = openGitRepository(repo.dir);
    try {
      for (const [path, text] of Object.entries(baseRepo({ [other]: workflow('acme-other', { token: '0xabc' }, 'price {{$nodes.q.result.price}}') }))) await repo.write(path, text);
      const base = await repo.commit('base');
      await repo.write(ACTION_FILE, action({ resultSchema: withoutPrice }));
      const head = await repo.commit('head');
      const inner = git.snapshot(head);
      const reads: string[] = [];
      const counted: Snapshot = { ref: inner.ref, list: () => inner.list(), read: (path) => (reads.push(path), inner.read(path)), search: (...args) => inner.search!(...args) };
      const changes = { base, head, mode: 'diff' as const, files: [{ path: ACTION_FILE, status: 'modified' as const }] };
      const report = await runGate({ head: counted, base: git.snapshot(base), changes, today: '2026-11-25' });
      const finding = report.items.find((i) => i.id === 'public-contract')!.findings.find((f) => f.ruleId === 'public-contract/breaking-change');
      expect(finding?.message).toMatch(/breaks workflows that read it: workflows\/quote$/);
      expect(reads).toContain(WORKFLOW_FILE);
      expect(reads).not.toContain(other);
    } finally {
      git.dispose();
      await repo.cleanup();
    }
  });

  it('fills the contract cell of each new or changed action', async () => {
    const cellOf = async (head: Record<string, string>, type = 'acme-quote') => (await auditChange({ base: baseRepo(), head })).objects.find((o) => o.type === type);
    const compatible = action({ resultSchema: { ...RESULT, properties: { ...RESULT.properties, fee: { type: 'string' } } } });
    expect(await cellOf({ ...baseRepo(), [ACTION_FILE]: action().replace('"Acme quote"', '"Acme Quote"') })).toMatchObject({ kind: 'action', change: 'changed', contract: { status: 'ok', note: 'no schema change' } });
    expect(await cellOf({ ...baseRepo(), [ACTION_FILE]: compatible })).toMatchObject({ change: 'changed', contract: { status: 'ok', note: 'compatible' } });
    expect(await cellOf({ ...baseRepo(), [ACTION_FILE]: action({ resultSchema: withoutPrice }) })).toMatchObject({ change: 'changed', contract: { status: 'fail', note: '1 breaking, undocumented' } });
    expect(await cellOf({ ...baseRepo(), [ACTION_FILE]: action({ resultSchema: withoutPrice }), ...documented })).toMatchObject({ change: 'changed', contract: { status: 'ok', note: '1 breaking, documented' } });
    expect(await cellOf({ ...baseRepo(), 'actions/acme-new/action.json': action({ type: 'acme-new' }) }, 'acme-new')).toMatchObject({ kind: 'action', change: 'new', contract: { status: 'ok', note: 'new' } });
  });
});

