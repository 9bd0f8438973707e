import { describe, expect, it } from 'vitest';
import { auditChange, checkDiffTable } from '../../support/diff-harness.js';
import { ACTION_FILE, action, catalog, workflow, WORKFLOW_FILE } from './fixtures.js';

const TEMPLATE_FILE = 'templates/quote/template.json';
const users = { [WORKFLOW_FILE]: workflow('acme-quote', { token: '0xabc' }), [TEMPLATE_FILE]: workflow('acme-quote', {}) };
const renamedAction = action({ type: 'acme-quote-v2' });
const CONFIG = '.github/b3os-readiness.yml';
const twoActionPaths = 'paths:\n  actions:\n    - "actions/{id}/action.json"\n    - "actions/{id}/spec.json"\n';

describe('public-contract/removed-type-referenced', () => {
  it('fails every node that uses a removed or renamed type', () =>
    checkDiffTable('public-contract/removed-type-referenced', [
      { name: 'removed and unused', base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: workflow('log', {}) }, head: { [WORKFLOW_FILE]: workflow('log', {}) }, expected: [] },
      {
        name: 'removed from the repository, still in the pinned catalog',
        base: { [ACTION_FILE]: action(), '.b3os/catalog.json': catalog({ 'acme-quote': { type: 'object', properties: {} } }), ...users },
        head: { '.b3os/catalog.json': catalog({ 'acme-quote': { type: 'object', properties: {} } }), ...users },
        expected: [],
      },
      {
        name: 'removed, used by a workflow and a template',
        base: { [ACTION_FILE]: action(), ...users },
        head: users,
        expected: [
          { severity: 'error', file: TEMPLATE_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/, hint: /^replace the node, or keep `acme-quote` until no workflow or template uses it$/ },
          { severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ },
        ],
      },
      {
        name: 'renamed',
        base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { 'actions/acme-quote-v2/action.json': renamedAction, [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        renames: [[ACTION_FILE, 'actions/acme-quote-v2/action.json']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change renames to `acme-quote-v2`$/, hint: /^change the node type to `acme-quote-v2`, or keep `acme-quote` as an alias until no workflow uses it$/ }],
      },
      {
        name: 'removed while another file is renamed',
        base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE], 'docs/quote.md': '# Quote\n' },
        head: { [WORKFLOW_FILE]: users[WORKFLOW_FILE], 'docs/quoting.md': '# Quote\n' },
        renames: [['docs/quote.md', 'docs/quoting.md']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'removed while the workflow that uses it is renamed',
        base: { [ACTION_FILE]: action(), 'workflows/old-quote/workflow.json': users[WORKFLOW_FILE] },
        head: { [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        renames: [['workflows/old-quote/workflow.json', WORKFLOW_FILE]],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'removed, with a workflow in the change that does not parse',
        base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { [WORKFLOW_FILE]: users[WORKFLOW_FILE], 'workflows/broken/workflow.json': '{ "definition": ' },
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'removed, with a workflow in the change that is a symlink',
        base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { [WORKFLOW_FILE]: users[WORKFLOW_FILE], 'workflows/linked/workflow.json': { symlink: '../quote/workflow.json' } },
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      { name: 'a new action whose definition is no object', base: { [WORKFLOW_FILE]: workflow('acme-new', {}) }, head: { 'actions/acme-new/action.json': '[]\n', [WORKFLOW_FILE]: workflow('acme-new', {}) }, expected: [] },
      {
        name: 'removed while a file that is no object is renamed',
        base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE], 'notes.txt': 'quote\n' },
        head: { [WORKFLOW_FILE]: users[WORKFLOW_FILE], 'notes-old.txt': 'quote\n' },
        renames: [['notes.txt', 'notes-old.txt']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'its definition renamed to a file that is no object',
        base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { 'archive/acme-quote.json': action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        renames: [[ACTION_FILE, 'archive/acme-quote.json']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'its definition renamed into an object of another kind',
        base: { [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { 'workflows/quote-flow/workflow.json': action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        renames: [[ACTION_FILE, 'workflows/quote-flow/workflow.json']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'its file renamed within its folder, now declaring another type',
        base: { [CONFIG]: twoActionPaths, [ACTION_FILE]: action(), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { [CONFIG]: twoActionPaths, 'actions/acme-quote/spec.json': renamedAction, [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        renames: [[ACTION_FILE, 'actions/acme-quote/spec.json']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'a trigger renamed',
        base: { 'triggers/acme-paid/trigger.json': action({ type: 'acme-paid' }), [WORKFLOW_FILE]: workflow('acme-paid', {}) },
        head: { 'triggers/acme-paid-v2/trigger.json': action({ type: 'acme-paid-v2' }), [WORKFLOW_FILE]: workflow('acme-paid', {}) },
        renames: [['triggers/acme-paid/trigger.json', 'triggers/acme-paid-v2/trigger.json']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses trigger `acme-paid`, which this change renames to `acme-paid-v2`$/, hint: /^change the node type to `acme-paid-v2`, or keep `acme-paid` as an alias until no workflow uses it$/ }],
      },
      {
        name: 'removed while another action is renamed',
        base: { [ACTION_FILE]: action(), 'actions/acme-send/action.json': action({ type: 'acme-send' }), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { 'actions/acme-send-v2/action.json': action({ type: 'acme-send' }), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        renames: [['actions/acme-send/action.json', 'actions/acme-send-v2/action.json']],
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'removed while a workflow of the same name is renamed',
        base: { [ACTION_FILE]: action(), 'workflows/acme-quote/workflow.json': users[WORKFLOW_FILE] },
        head: { 'workflows/acme-quote-2/workflow.json': users[WORKFLOW_FILE] },
        renames: [['workflows/acme-quote/workflow.json', 'workflows/acme-quote-2/workflow.json']],
        expected: [{ severity: 'error', file: 'workflows/acme-quote-2/workflow.json', line: 7, column: 22, message: /^node `q` uses action `acme-quote`, which this change removes$/ }],
      },
      {
        name: 'dropped from the pinned catalog',
        base: { '.b3os/catalog.json': catalog({ 'acme-quote': { type: 'object', properties: {} } }), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        head: { '.b3os/catalog.json': catalog({}), [WORKFLOW_FILE]: users[WORKFLOW_FILE] },
        expected: [{ severity: 'error', file: WORKFLOW_FILE, line: 7, column: 22, message: /which this change removes$/ }],
      },
      {
        name: 'dropped from the pinned catalog, still in the shipped catalog',
        base: { '.b3os/catalog.json': catalog({ 'token-price-cexes': { type: 'object', properties: {} } }), [WORKFLOW_FILE]: workflow('token-price-cexes', {}) },
        head: { '.b3os/catalog.json': catalog({}), [WORKFLOW_FILE]: workflow('token-price-cexes', {}) },
        expected: [],
      },
    ]));

  it('fills the contract cell of a removed action: failed while a workflow or template still uses it, ok once unused', async () => {
    const rowOf = async (head: Record<string, string>) => (await auditChange({ base: { [ACTION_FILE]: action(), ...head }, head })).objects.find((o) => o.type === 'acme-quote');
    expect(await rowOf(users)).toMatchObject({ kind: 'action', change: 'removed', contract: { status: 'fail', note: 'still used' } });
    expect(await rowOf({ [WORKFLOW_FILE]: workflow('log', {}) })).toMatchObject({ kind: 'action', change: 'removed', contract: { status: 'ok', note: 'unused' } });
  });

  it('fills the contract cell of a removed trigger, and of no removed workflow', async () => {
    const trigger = { 'triggers/acme-paid/trigger.json': action({ type: 'acme-paid' }) };
    const report = await auditChange({ base: { ...trigger, 'workflows/paid/workflow.json': workflow('log', {}) }, head: { [WORKFLOW_FILE]: workflow('acme-paid', {}) } });
    expect(report.objects.map((o) => [o.type, o.kind, o.change, o.contract])).toEqual([['acme-paid', 'trigger', 'removed', { status: 'fail', note: 'still used' }]]);
  });
});
