import { describe, expect, it } from 'vitest';
import { checkRuleTable, type ExpectedFinding } from '../../support/rule-harness.js';
import { at } from '../templates-portable/fixtures.js';
import { expressionScope } from '../../../src/items/definition-validates/expression-scope.js';
import { BASE, TPL, WF, fileText, logging, nodesWith, templateRepo, workflowRepo, type NodeSpec } from './expression-fixture.js';

const RULE = 'definition-validates/expression-scope';

type Details = Omit<ExpectedFinding, 'file' | 'line' | 'column'>;

/** The finding expected at `needle` in the workflow (or template) of `files`. */
const finding = (files: Record<string, string>, needle: string, details: Details): ExpectedFinding => {
  const file = files[WF] ? WF : TPL;
  return { ...at(files[file], needle, file), ...details };
};

/** root (7) → read (8) → report (9), report logging `message`. */
const reading = (message: string, extras?: Parameters<typeof workflowRepo>[1]) => workflowRepo(nodesWith({ report: logging(message) }), extras);

/** root (7) → [fe (8) ⟲ [j (9)], x (10) → j]: `j` is in the loop body on one path only. */
const JOIN: Record<string, NodeSpec> = {
  root: { ...BASE.root, children: ['fe', 'x'] },
  fe: { type: 'for-each', payload: { array: [1, 2] }, loopBody: ['j'] },
  j: logging('{{$for.fe.item}}'),
  x: logging('x', { children: ['j'] }),
};

/** Nodes `ids`, each a child of root, then report (reading `message`). */
const siblings = (ids: string[], message: string) =>
  workflowRepo({ root: { ...BASE.root, children: [...ids, 'report'] }, ...Object.fromEntries(ids.map((id) => [id, logging('x')])), report: logging(message) });

const DECLARED = { definition: { variableDefs: [null, 'count', { name: 'count', type: 'number' }], inputSchema: [{ key: 'who', type: 'string' }] } };

/** 201 different missing node ids, each two edits from `read`, then the first again in another node. */
const MISSING = (() => {
  const letters = 'bcfghijklmnpqstuvwxyz';
  return [...letters].flatMap((a) => [...letters].map((b) => `re${a}${b}`)).slice(0, 201);
})();
const BUDGET = workflowRepo(nodesWith({ report: logging(MISSING.map((id) => `{{${id}.result.x}}`).join(' '), { children: ['again'] }), again: logging(`{{${MISSING[0]}.result.x}}`) }));

const cases: { name: string; files: Record<string, string>; expected: [string, Details][] }[] = [
  { name: 'a declared variable next to entries that declare nothing', files: reading('{{$vars.count}}', DECLARED), expected: [] },
  { name: '`root` is the trigger that fired, whatever its id', files: { ...workflowRepo({}), [WF]: fileText({ start: { ...BASE.root, children: ['report'] }, report: logging('{{root.result.body}}') }).replace('["root"]', '["start"]') }, expected: [] },
  {
    name: 'no such node, nothing near',
    files: reading('{{gone.result.x}}'),
    expected: [['{{gone.result.x}}', { severity: 'error', message: /^node `report` reads `\{\{gone\.result\.x\}\}` but there is no node `gone`$/, hint: /^add the node `gone` upstream, or reference an existing node$/ }]],
  },
  {
    name: 'a misspelt node',
    files: reading('{{reed.result.x}}'),
    expected: [['{{reed.result.x}}', { severity: 'error', message: /^node `report` reads `\{\{reed\.result\.x\}\}` but there is no node `reed`; did you mean `read`\?$/, hint: /^reference `read`, or add the node `reed`$/ }]],
  },
  {
    name: 'several nodes as near: the first in name order, whatever the node order',
    files: siblings(['feed', 'deed', 'heed', 'abcd'], '{{reed.result.x}}'),
    expected: [['{{reed.result.x}}', { severity: 'error', message: /did you mean `deed`\?$/ }]],
  },
  {
    name: 'as near, one shorter by as many letters as the distance: still the first in name order',
    files: siblings(['abxy', 'ab'], '{{abcd.result.x}}'),
    expected: [['{{abcd.result.x}}', { severity: 'error', message: /did you mean `ab`\?$/ }]],
  },
  {
    name: 'as near, the shorter one first',
    files: siblings(['ab', 'abxy'], '{{abcd.result.x}}'),
    expected: [['{{abcd.result.x}}', { severity: 'error', message: /did you mean `ab`\?$/ }]],
  },
  {
    name: 'itself',
    files: reading('{{report.result.message}}'),
    expected: [['{{report.result.message}}', { severity: 'error', message: /^node `report` reads `\{\{report\.result\.message\}\}` but `report` is not upstream of it$/, hint: /^a node cannot read its own result or payload: read an upstream node$/ }]],
  },
  {
    name: 'a descendant',
    files: workflowRepo(nodesWith({ read: { ...BASE.read, payload: { note: '{{report.result.message}}' } } })),
    expected: [['{{report.result.message}}', { severity: 'error', message: /^node `read` reads `\{\{report\.result\.message\}\}` but `report` is not upstream of it$/, hint: /^an expression can read only nodes that ran before it: make `report` an ancestor of `read`, or read another node$/ }]],
  },
  {
    name: 'undeclared variable and input',
    files: reading('{{$vars.total}} {{$inputs.whom}}', DECLARED),
    expected: [
      ['{{$vars.total}}', { severity: 'error', message: /^node `report` reads `\{\{\$vars\.total\}\}` but `total` is not declared in `definition\.variableDefs`$/, hint: /^add `\{ "name": "total", "type": … \}` to `definition\.variableDefs`$/ }],
      ['{{$inputs.whom}}', { severity: 'error', message: /^node `report` reads `\{\{\$inputs\.whom\}\}` but `whom` is not declared in `definition\.inputSchema`$/, hint: /^add `\{ "key": "whom", "type": … \}` to `definition\.inputSchema`$/ }],
    ],
  },
  {
    name: 'undeclared template prop',
    files: templateRepo(nodesWith({ report: logging('{{$props.chanel}}') }), [{ key: 'channel', name: 'Channel', type: 'string' }]),
    expected: [['{{$props.chanel}}', { severity: 'error', message: /^node `report` reads `\{\{\$props\.chanel\}\}` but `chanel` is not declared in `templateProps`$/, hint: /^add `\{ "key": "chanel", "name": …, "type": … \}` to `templateProps`$/ }]],
  },
  {
    name: 'a prop in a workflow file',
    files: reading('{{$props.channel}}'),
    expected: [['{{$props.channel}}', { severity: 'warning', hint: /^write the concrete value, or keep the prop in a template \(`templates\/<slug>\/template\.json`\) that declares it in `templateProps`$/ }]],
  },
  {
    name: 'loop variables outside any loop',
    files: reading('{{$item}} {{$parent_item}}'),
    expected: [
      ['{{$item}}', { severity: 'error', message: /^node `report` reads `\{\{\$item\}\}` outside any for-each loop body$/, hint: /^move the node into the `loopBody` of a `for-each` node, or read a node result instead$/ }],
      ['{{$parent_item}}', { severity: 'error', message: /^node `report` reads `\{\{\$parent_item\}\}` but is not inside a nested for-each loop$/, hint: /^use `\{\{\$parent_item\}\}` only in the body of a loop that is itself inside a loop body on every path$/ }],
    ],
  },
  {
    name: 'a loop variable in the payload of its loop',
    files: workflowRepo(nodesWith({ report: { type: 'for-each', payload: { array: '{{$item}}' } } })),
    expected: [['{{$item}}', { severity: 'error', message: /^node `report` reads `\{\{\$item\}\}` in its own payload, which is evaluated before the loop starts$/, hint: /^read the loop item in the nodes of `loopBody`; the `for-each` payload gets the array to iterate$/ }]],
  },
  {
    name: '$parent_item in the payload of an outermost loop',
    files: workflowRepo(nodesWith({ report: { type: 'for-each', payload: { array: '{{$parent_item}}' } } })),
    expected: [['{{$parent_item}}', { severity: 'error', message: /^node `report` reads `\{\{\$parent_item\}\}` but is not inside a nested for-each loop$/ }]],
  },
  {
    name: 'a loop variable in a node in the loop body on one path only',
    files: workflowRepo({ ...JOIN, j: logging('{{$item}}') }),
    expected: [['{{$item}}', { severity: 'error', hint: /^read loop variables only in nodes that every path reaches through the loop body; a node that also runs outside the loop cannot read them$/ }]],
  },
  {
    name: '$for of a loop whose body is the node, on one path only',
    files: workflowRepo(JOIN),
    expected: [['{{$for.fe.item}}', { severity: 'error', message: /^node `j` reads `\{\{\$for\.fe\.item\}\}` but `fe` is not a for-each loop around it on every path to it$/, hint: /^name a `for-each` node whose loop body holds this node on every path to it$/ }]],
  },
  {
    name: '$for of a loop with two bodies, one of them leading to the node',
    files: workflowRepo({ ...JOIN, fe: { ...JOIN.fe, loopBody: ['b', 'c'] }, b: logging('b', { children: ['j'] }), c: logging('c') }),
    expected: [['{{$for.fe.item}}', { severity: 'error', message: /^node `j` reads `\{\{\$for\.fe\.item\}\}` but `fe` is not a for-each loop around it on every path to it$/ }]],
  },
  {
    name: '$for of no node',
    files: reading('{{$for.loop.item}}'),
    expected: [['{{$for.loop.item}}', { severity: 'error', message: /^node `report` reads `\{\{\$for\.loop\.item\}\}` but there is no node `loop`$/, hint: /^name a `for-each` node whose loop body holds this node$/ }]],
  },
  {
    name: 'suggestions stop after 200 missing ids; an id met before keeps its suggestion',
    files: BUDGET,
    expected: [
      ...MISSING.map((id, i): [string, Details] => [`{{${id}.result.x}}`, { severity: 'error', message: i < 200 ? /; did you mean `read`\?$/ : new RegExp(`no node \`${id}\`$`) }]),
      [`{{${MISSING[0]}.result.x}}"}`, { severity: 'error', message: /; did you mean `read`\?$/ }],
    ],
  },
];

describe(`${RULE}: what each reference may read`, () => {
  it('says what is out of scope and how to bring it in', () =>
    checkRuleTable(RULE, cases.map(({ name, files, expected }) => ({ name, files, expected: expected.map(([needle, details]) => finding(files, needle, details)) }))));

  it('says what it checks in its one-line description', () =>
    expect(expressionScope.meta.description).toBe('every expression reads an upstream node, an enclosing loop, or a declared variable, input or prop'));
});
