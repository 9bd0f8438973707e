import { describe, expect, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { syntax } from '../../../src/items/definition-validates/syntax.js';
import { SDK_PRESET, sdkFolder } from './sdk-fixtures.js';

const RULE = 'definition-validates/syntax';
const BROKEN = '{\n  "name": "Broken",\n  "definition": {\n';
/** Where the parser stops in `BROKEN`. */
const AT_END = { line: 4, column: 1 };

describe(RULE, () => {
  it('reports every parse problem of every kind of definition file, and what it cannot follow', () =>
    checkRuleTable(RULE, [
      { name: 'a workflow that parses', files: { 'workflows/ok/workflow.json': '{ "name": "Ok", "definition": { "nodes": {} } }\n' }, expected: [] },
      { name: 'a workflow that does not parse', files: { 'workflows/a/workflow.json': BROKEN }, expected: [{ file: 'workflows/a/workflow.json', ...AT_END, severity: 'error', message: /./ }] },
      { name: 'a template that does not parse', files: { 'templates/a/template.json': BROKEN }, expected: [{ file: 'templates/a/template.json', ...AT_END, severity: 'error' }] },
      { name: 'an action.json that does not parse', files: { 'actions/acme-ping/action.json': BROKEN }, expected: [{ file: 'actions/acme-ping/action.json', ...AT_END, severity: 'error' }] },
      { name: 'a trigger.json that does not parse', files: { 'triggers/acme-paid/trigger.json': BROKEN }, expected: [{ file: 'triggers/acme-paid/trigger.json', ...AT_END, severity: 'error' }] },
      { name: 'a pinned catalog that does not parse', files: { '.b3os/catalog.json': BROKEN }, expected: [{ file: '.b3os/catalog.json', ...AT_END, severity: 'error' }] },
      {
        name: 'a JSON file inside an SDK action folder is no definition',
        files: { ...SDK_PRESET, ...sdkFolder('packages/sdk/actions', 'acme-feed'), 'packages/sdk/actions/acme-feed/fixtures/sample.json': BROKEN },
        expected: [],
      },
      {
        name: 'a look-alike character: a warning',
        files: { 'workflows/a/workflow.json': '{ "name": "Pay\u202Eout", "definition": { "nodes": {} } }\n' },
        expected: [{ file: 'workflows/a/workflow.json', line: 1, column: 15, severity: 'warning' }],
      },
      {
        name: 'too many aliases: unverified',
        files: { 'workflows/a/workflow.yaml': `name: A\ndefinition:\n  nodes: {}\nx: &a [1, 1]\n${Array.from({ length: 25 }, (_, i) => `y${i}: [*a, *a]`).join('\n')}\n` },
        expected: [{ file: 'workflows/a/workflow.yaml', line: 15, column: 7, severity: 'error', unverified: true, message: /alias/ }],
      },
      {
        name: 'a symlink at a definition path',
        files: { 'workflows/a/workflow.json': { symlink: '../../elsewhere.json' } },
        expected: [{ file: 'workflows/a/workflow.json', line: 1, column: 1, severity: 'error', message: /^`workflows\/a\/workflow\.json` is a symlink; it is not followed, and nothing it holds is validated$/, hint: /^commit the file itself at this path$/ }],
      },
    ]));
});

describe(`${RULE}: in a change`, () => {
  it('checks a template the change touches, and nothing else', () =>
    checkDiffTable(RULE, [
      { name: 'an unrelated file changed', base: { 'templates/a/template.json': BROKEN }, head: { 'templates/a/template.json': BROKEN, 'README.md': '# Acme\n' }, expected: [] },
      { name: 'only a template changed, and does not parse', base: {}, head: { 'templates/a/template.json': BROKEN }, expected: [{ file: 'templates/a/template.json', ...AT_END, severity: 'error' }] },
    ]));
});

describe(`${RULE}: meta`, () => {
  it('says what it checks in its one-line description', () =>
    expect(syntax.meta.description).toBe('definition files parse: valid JSON or YAML, no duplicate keys, within the size, depth and encoding limits'));
});
