import { describe, expect, it } from 'vitest';
import { checkRuleTable, type ExpectedFinding } from '../../support/rule-harness.js';
import { at } from '../templates-portable/fixtures.js';
import { missingNodeReference } from '../../../src/items/definition-validates/missing-node-reference.js';
import { BASE, CATALOG, WF, fileText, nodesWith, workflowRepo } from './expression-fixture.js';

const RULE = 'definition-validates/missing-node-reference';

type Details = Omit<ExpectedFinding, 'file' | 'line' | 'column'>;
const finding = (files: Record<string, string>, needle: string, details: Details): ExpectedFinding => ({ ...at(files[WF], needle, WF), ...details });

/** BASE with `read`'s `children` or `loopBody` set to `list`. */
const readWith = (field: string, list: unknown[]) => workflowRepo(nodesWith({ read: { ...BASE.read, [field]: list } }));
const triggerIds = (list: string) => ({ '.b3os/catalog.json': CATALOG, [WF]: fileText(BASE).replace('"triggerNodeIds": ["root"],', list) });

const cases: { name: string; files: Record<string, string>; expected: [string, Details][] }[] = [
  { name: 'every entry names a node', files: workflowRepo(BASE), expected: [] },
  { name: 'an entry that is no string: left to workflow-shape', files: readWith('children', ['report', 5]), expected: [] },
  { name: 'no triggerNodeIds', files: triggerIds(''), expected: [] },
  { name: 'a definition without nodes', files: { '.b3os/catalog.json': CATALOG, [WF]: '{\n  "name": "Payout",\n  "definition": { "triggerNodeIds": ["root"] }\n}\n' }, expected: [] },
  {
    name: 'a child that does not exist',
    files: readWith('children', ['report', 'gone']),
    expected: [['"gone"', { severity: 'error', message: /^node `read` lists `gone` in `children`, but there is no node `gone`$/, hint: /^add the node `gone` to `definition\.nodes` or remove it from `children`$/ }]],
  },
  {
    name: 'a loop body entry that does not exist',
    files: readWith('loopBody', ['each']),
    expected: [['"each"', { severity: 'error', message: /^node `read` lists `each` in `loopBody`, but there is no node `each`$/, hint: /^add the node `each` to `definition\.nodes` or remove it from `loopBody`$/ }]],
  },
  {
    name: 'a trigger id that does not exist',
    files: triggerIds('"triggerNodeIds": ["root", "start"],'),
    expected: [['"start"', { severity: 'error', message: /^`triggerNodeIds` names `start`, but there is no node `start`$/, hint: /^list the ids of the trigger nodes \(`root` for a single-trigger workflow\)$/ }]],
  },
];

describe(RULE, () => {
  it('says which entry names no node, and how to fix it', () =>
    checkRuleTable(RULE, cases.map(({ name, files, expected }) => ({ name, files, expected: expected.map(([needle, details]) => finding(files, needle, details)) }))));

  it('says what it checks in its one-line description', () =>
    expect(missingNodeReference.meta.description).toBe('every children, loopBody and triggerNodeIds entry names an existing node'));
});
