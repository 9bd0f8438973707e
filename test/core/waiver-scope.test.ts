import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import { DEFAULT_SETTINGS, type Waiver } from '../../src/core/settings.js';
import type { Location } from '../../src/core/types.js';
import { innermost, matchWaiver, mostSpecific, subjectResolver, type FindingSubject } from '../../src/core/waiver-scope.js';
import { finding } from '../render/sample-report.js';
import { memorySnapshot } from '../support/memory-snapshot.js';

const RULE = 'definition-validates/payload-schema';
const FILE = 'workflows/payout/workflow.json';
const SUBJECT: FindingSubject = { file: FILE, node: `${FILE}#send`, type: 'send-erc20-token' };
const base: Waiver = { rule: RULE, paths: [], reason: 'known', approver: '@acme/platform', expires: '2026-12-31' };
const w = (over: Partial<Waiver>): Waiver => ({ ...base, ...over });
const manyNodes = Array.from({ length: 150 }, (_, i) => `${FILE}#node_${i}`);

describe('matching one waiver', () => {
  const cases: Array<{ name: string; waiver: Waiver; ruleId?: string; subject?: FindingSubject; expected: string | undefined }> = [
    { name: 'the rule, no scope', waiver: w({}), expected: 'rule `definition-validates/payload-schema`' },
    { name: 'the item covers its rules', waiver: w({ rule: 'definition-validates' }), expected: 'item `definition-validates`' },
    { name: 'another rule', waiver: w({ rule: 'definition-validates/graph' }), expected: undefined },
    { name: 'an item id that is only a prefix', waiver: w({ rule: 'definition' }), expected: undefined },
    { name: 'empty scope lists restrict nothing', waiver: w({ paths: [], nodes: [], types: [] }), expected: 'rule `definition-validates/payload-schema`' },
    { name: 'a matching path pattern', waiver: w({ paths: ['docs/**', 'workflows/**'] }), expected: 'path `workflows/**`' },
    { name: 'a path pattern that does not match', waiver: w({ paths: ['templates/**'] }), expected: undefined },
    { name: 'a path, and a finding without a file', waiver: w({ paths: ['**'] }), subject: {}, expected: undefined },
    { name: 'the node', waiver: w({ nodes: [`${FILE}#send`] }), expected: `node \`${FILE}#send\`` },
    { name: 'a node of another workflow', waiver: w({ nodes: ['workflows/other/workflow.json#send'] }), expected: undefined },
    { name: 'a node, and a finding outside every node', waiver: w({ nodes: [`${FILE}#send`] }), subject: { file: FILE }, expected: undefined },
    { name: 'many nodes, the last one matching', waiver: w({ nodes: [...manyNodes, `${FILE}#send`] }), expected: `node \`${FILE}#send\`` },
    { name: 'many nodes, none matching', waiver: w({ nodes: manyNodes }), expected: undefined },
    { name: 'the type', waiver: w({ types: ['send-erc20-token'] }), expected: 'type `send-erc20-token`' },
    { name: 'another type', waiver: w({ types: ['swap'] }), expected: undefined },
    { name: 'path and node both hold', waiver: w({ paths: ['workflows/**'], nodes: [`${FILE}#send`] }), expected: `node \`${FILE}#send\`` },
    { name: 'path holds, node does not', waiver: w({ paths: ['workflows/**'], nodes: [`${FILE}#other`] }), expected: undefined },
  ];
  it.each(cases)('$name', ({ waiver, ruleId, subject, expected }) => {
    expect(matchWaiver(waiver, ruleId ?? RULE, subject ?? SUBJECT)?.scope).toBe(expected);
  });
});

describe('the most specific waiver wins', () => {
  const item = w({ rule: 'definition-validates', reason: 'item' });
  const rule = w({ reason: 'rule' });
  const path = w({ paths: ['workflows/**'], reason: 'path' });
  const type = w({ types: ['send-erc20-token'], reason: 'type' });
  const node = w({ nodes: [`${FILE}#send`], reason: 'node' });
  const itemNode = w({ rule: 'definition-validates', nodes: [`${FILE}#send`], reason: 'item node' });
  const itemType = w({ rule: 'definition-validates', types: ['send-erc20-token'], reason: 'item type' });
  const itemPath = w({ rule: 'definition-validates', paths: ['workflows/**'], reason: 'item path' });
  const cases: Array<{ name: string; waivers: Waiver[]; expected: string | undefined }> = [
    { name: 'node over type, path, rule and item, whatever the order', waivers: [item, rule, path, type, node], expected: 'node' },
    { name: 'type over path', waivers: [path, type], expected: 'type' },
    { name: 'path over the bare rule', waivers: [rule, path], expected: 'path' },
    { name: 'a rule over its item', waivers: [item, rule], expected: 'rule' },
    { name: 'a rule node over an item node', waivers: [itemNode, node], expected: 'node' },
    { name: 'a rule type over an item type written first', waivers: [itemType, type], expected: 'type' },
    { name: 'a rule path over an item path written first', waivers: [itemPath, path], expected: 'path' },
    { name: 'an item type over a rule path', waivers: [path, itemType], expected: 'item type' },
    { name: 'the first written on a tie', waivers: [w({ reason: 'first' }), w({ reason: 'second' })], expected: 'first' },
    { name: 'none', waivers: [], expected: undefined },
  ];
  it.each(cases)('$name', ({ waivers, expected }) => {
    expect(mostSpecific(waivers, RULE, SUBJECT)?.waiver.reason).toBe(expected);
  });
});

describe('the node a finding sits in', () => {
  const span = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });
  // A workflow written on one line: every node spans line 1, only columns tell them apart.
  const oneLine = [
    { id: 'root', span: span(1, 10, 1, 60) },
    { id: 'post_price', span: span(1, 62, 1, 120) },
  ];
  const multiLine = [
    { id: 'root', span: span(3, 5, 9, 6) },
    { id: 'post_price', span: span(10, 5, 16, 6) },
  ];
  it.each([
    ['inside the first node of a one-line file', oneLine, 1, 20, 'root'],
    ['inside the second node of a one-line file', oneLine, 1, 80, 'post_price'],
    ['at the second node\'s first column', oneLine, 1, 62, 'post_price'],
    ['at the first node\'s last column', oneLine, 1, 60, 'root'],
    ['between two nodes', oneLine, 1, 61, undefined],
    ['before every node', oneLine, 1, 9, undefined],
    ['one column past the last node', oneLine, 1, 121, undefined],
    ['on a node\'s first line, before its column', multiLine, 10, 4, undefined],
    ['on a node\'s last line, at its end', multiLine, 16, 6, 'post_price'],
    ['in a multi-line node', multiLine, 5, 1, 'root'],
  ] as const)('%s', (_name, spans, line, column, expected) => {
    expect(innermost(spans, { line, column })?.id).toBe(expected);
  });

  it('picks the innermost of nested spans (the one that starts last)', () => {
    const nested = [{ id: 'outer', span: span(1, 1, 20, 1) }, { id: 'inner', span: span(5, 3, 8, 4) }];
    expect(innermost(nested, { line: 6, column: 1 })?.id).toBe('inner');
    expect(innermost([...nested].reverse(), { line: 6, column: 1 })?.id).toBe('inner');
    expect(innermost(nested, { line: 9, column: 1 })?.id).toBe('outer');
  });
});

describe('what a finding is about', () => {
  // Lines 4 to 7 hold the node `send`, lines 8 to 10 the node `note`, which has no type.
  const WORKFLOW = JSON.stringify({ definition: { nodes: { send: { type: 'send-erc20-token', payload: {} }, note: { payload: {} } } } }, null, 2);
  const files = {
    [FILE]: WORKFLOW,
    'workflows/payout/b3os.yaml': 'environment: prod\n',
    'actions/send/action.json': '{"type":"send"}',
    'triggers/on-block/trigger.json': '{"type":"on-block"}',
    'README.md': '# Payout\n',
  };
  const subjectAt = async (location?: Location) => {
    const head = await createRepoView(memorySnapshot(files), createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    return subjectResolver(head)(finding({ ruleId: RULE, severity: 'error', message: 'wrong', ...(location ? { location } : {}) }));
  };
  it.each([
    ['a finding without a place', undefined, {}],
    ['inside a node', { file: FILE, line: 5, column: 7 }, { file: FILE, node: `${FILE}#send`, type: 'send-erc20-token' }],
    ['inside a node without a type', { file: FILE, line: 9, column: 7 }, { file: FILE, node: `${FILE}#note` }],
    ['in a workflow, outside every node', { file: FILE, line: 1, column: 1 }, { file: FILE }],
    ['in a manifest, a document that is no definition', { file: 'workflows/payout/b3os.yaml', line: 1, column: 1 }, { file: 'workflows/payout/b3os.yaml' }],
    ['in an action', { file: 'actions/send/action.json', line: 1, column: 1 }, { file: 'actions/send/action.json', type: 'send' }],
    ['in a trigger', { file: 'triggers/on-block/trigger.json', line: 1, column: 1 }, { file: 'triggers/on-block/trigger.json', type: 'on-block' }],
    ['in a file no object holds', { file: 'README.md', line: 1, column: 1 }, { file: 'README.md' }],
  ] as const)('%s', async (_name, location, expected) => {
    expect(await subjectAt(location)).toStrictEqual(expected);
  });
});
