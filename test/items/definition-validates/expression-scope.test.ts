import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { BASE, TPL, WF, logging, nodesWith, templateRepo, workflowRepo, type NodeSpec } from './expression-fixture.js';

const RULE = 'definition-validates/expression-scope';

/** root (7) → read (8) → outer (9) ⟲ [inner (10) ⟲ [say (11) → say2 (12)]], outer → after (13). */
const LOOPS: Record<string, NodeSpec> = {
  root: BASE.root,
  read: { ...BASE.read, children: ['outer'] },
  outer: { type: 'for-each', payload: { array: '{{read.result.holders}}' }, loopBody: ['inner'], children: ['after'] },
  inner: { type: 'for-each', payload: { array: '{{$item.tags}}' }, loopBody: ['say'] },
  say: logging('{{$item}} {{$index}} {{$parent_item.address}} {{$for.outer.item.share}} {{$for.inner.index}} {{read.result.balance}}', { children: ['say2'] }),
  say2: logging('{{say.result.message}} {{$nodes.inner.result.iterationCount || 0}}'),
  after: logging('{{outer.result.iterationCount}}'),
};

/** root (7) → read (8) → check (9) → then pay (10) | else skip (11). */
const BRANCHES: Record<string, NodeSpec> = {
  root: BASE.root,
  read: { ...BASE.read, children: ['check'] },
  check: { type: 'if', payload: { condition: { $and: [{ '{{read.result.decimals}}': { $gte: 6 } }] } }, children: ['pay', 'skip'] },
  pay: logging('{{check.result.branch}}', { branch: 'then' }),
  skip: logging('{{root.result.body.x}}', { branch: 'else' }),
};

/** root (7) → [fe (8) ⟲ [b (9)], x (10)], b → j (11), x → j: `j` is inside the loop on one path only. */
const JOIN: Record<string, NodeSpec> = {
  root: { ...BASE.root, children: ['fe', 'x'] },
  fe: { type: 'for-each', payload: { array: [1, 2] }, loopBody: ['b'] },
  b: logging('{{$item}}', { children: ['j'] }),
  x: logging('x', { children: ['j'] }),
  j: logging('{{$item}} {{$for.fe.item}} {{$index}}'),
};

/** root (7) → [f1 (8) ⟲ [p (10)], f2 (9) ⟲ [p]]: `p` is in two loop bodies, each on one path. */
const TWO_LOOPS: Record<string, NodeSpec> = {
  root: { ...BASE.root, children: ['f1', 'f2'] },
  f1: { type: 'for-each', payload: { array: [1] }, loopBody: ['p'] },
  f2: { type: 'for-each', payload: { array: [1] }, loopBody: ['p'] },
  p: logging('{{$for.f1.item}} {{$for.f2.item}}'),
};

const DECLARED = { definition: { variableDefs: [{ name: 'count', type: 'number' }], inputSchema: [{ key: 'who', type: 'string' }] } };

describe(RULE, () => {
  it('reports references to nodes that are not upstream and to undeclared names', () =>
    checkRuleTable(RULE, [
      { name: 'upstream nodes, both styles', files: workflowRepo(BASE), expected: [] },
      { name: 'loop variables inside their loops', files: workflowRepo(LOOPS), expected: [] },
      { name: 'a join inside the loop body on every path', files: workflowRepo({ ...JOIN, fe: { ...JOIN.fe, loopBody: ['b', 'x'] }, root: { ...JOIN.root, children: ['fe'] } }), expected: [] },
      { name: 'a join after the loop reads the loop node', files: workflowRepo({ ...JOIN, fe: { ...JOIN.fe, children: ['j'] }, b: logging('{{$item}}'), j: logging('{{fe.result.iterationCount}}') }), expected: [] },
      { name: 'branches reading their common ancestors', files: workflowRepo(BRANCHES), expected: [] },
      { name: 'declared variables and inputs, trigger, ask, workflow', files: workflowRepo(nodesWith({ report: logging('{{$vars.count}} {{$inputs.who}} {{$trigger.body.x}} {{root.input.y}} {{ask.slack_channel}} {{$workflow.id}}') }), DECLARED), expected: [] },
      { name: 'inputs not checked without inputSchema', files: workflowRepo(nodesWith({ report: logging('{{$inputs.anything}}') })), expected: [] },
      { name: 'declared template props', files: templateRepo(nodesWith({ report: logging('{{$props.channel}}') }), [{ key: 'channel', name: 'Channel', type: 'string' }]), expected: [] },
      { name: 'no such node', files: workflowRepo(nodesWith({ report: logging('{{gone.result.x}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /^node `report` reads `\{\{gone.result.x\}\}` but there is no node `gone`$/ }] },
      { name: 'misspelt node', files: workflowRepo(nodesWith({ report: logging('{{$nodes.reed.result.balance}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /no node `reed`; did you mean `read`\?/ }] },
      { name: 'sibling branch', files: workflowRepo({ ...BRANCHES, pay: logging('{{skip.result.message}}', { branch: 'then' }) }), expected: [{ severity: 'error', file: WF, line: 10, column: 50, message: /^node `pay` reads `\{\{skip.result.message\}\}` but `skip` is not upstream of it$/ }] },
      { name: 'descendant', files: workflowRepo(nodesWith({ read: { ...BASE.read, payload: { ...BASE.read.payload as object, accountAddress: '{{report.result.message}}' } } })), expected: [{ severity: 'error', file: WF, line: 8, column: 126, message: /`report` is not upstream of it/ }] },
      { name: 'itself', files: workflowRepo(nodesWith({ report: logging('{{report.result.message}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /`report` is not upstream of it/ }] },
      { name: 'loop body read after the loop', files: workflowRepo({ ...LOOPS, after: logging('{{say.result.message}}') }), expected: [{ severity: 'error', file: WF, line: 13, column: 52, message: /`say` is not upstream of it/ }] },
      { name: '$item outside a loop', files: workflowRepo(nodesWith({ report: logging('{{$item.name}} #{{$index}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /reads `\{\{\$item.name\}\}` outside any for-each loop body/ }, { severity: 'error', file: WF, line: 9, column: 69, message: /`\{\{\$index\}\}` outside/ }] },
      { name: '$item in the loop node payload', files: workflowRepo({ ...LOOPS, outer: { ...LOOPS.outer, payload: { array: '{{$item}}' } } }), expected: [{ severity: 'error', file: WF, line: 9, column: 55, message: /node `outer` reads `\{\{\$item\}\}` in its own payload, which is evaluated before the loop starts/ }] },
      { name: '$parent_item in a single loop', files: workflowRepo({ root: BASE.root, read: { ...BASE.read, children: ['outer'] }, outer: { ...LOOPS.outer, loopBody: ['each'], children: [] }, each: logging('{{$parent_item}}') }), expected: [{ severity: 'error', file: WF, line: 10, column: 51, message: /`\{\{\$parent_item\}\}` but is not inside a nested for-each loop/ }] },
      { name: '$for of a loop that does not enclose', files: workflowRepo({ ...LOOPS, after: logging('{{$for.outer.item}} {{$for.loop.item}}') }), expected: [{ severity: 'error', file: WF, line: 13, column: 52, message: /`outer` is not a for-each loop around it/ }, { severity: 'error', file: WF, line: 13, column: 72, message: /there is no node `loop`/ }] },
      {
        name: 'loop variables in a join reached from outside the loop too',
        files: workflowRepo(JOIN),
        expected: [
          { severity: 'error', file: WF, line: 11, column: 48, message: /^node `j` reads `\{\{\$item\}\}` but is inside a for-each loop body on some paths to it only$/ },
          { severity: 'error', file: WF, line: 11, column: 58, message: /^node `j` reads `\{\{\$for.fe.item\}\}` but `fe` is not a for-each loop around it on every path to it$/ },
          { severity: 'error', file: WF, line: 11, column: 75, message: /`\{\{\$index\}\}` but is inside a for-each loop body on some paths to it only/ },
        ],
      },
      {
        name: 'a node in the bodies of two loops',
        files: workflowRepo(TWO_LOOPS),
        expected: [
          { severity: 'error', file: WF, line: 10, column: 48, message: /`\{\{\$for.f1.item\}\}` but `f1` is not a for-each loop around it/ },
          { severity: 'error', file: WF, line: 10, column: 65, message: /`\{\{\$for.f2.item\}\}` but `f2` is not a for-each loop around it/ },
        ],
      },
      {
        name: '$parent_item where the outer loop encloses on one path only',
        files: workflowRepo({
          root: JOIN.root,
          fe: { ...JOIN.fe, loopBody: ['in1'] },
          x: { ...JOIN.x, children: ['in2'] },
          in1: { type: 'for-each', payload: { array: '{{$item}}' }, loopBody: ['j'] },
          in2: { type: 'for-each', payload: { array: [1] }, loopBody: ['j'] },
          j: logging('{{$item}} {{$parent_item}}'),
        }),
        // `$item` exists on both paths (in1 or in2 holds j); `$parent_item` only on the path through fe.
        expected: [{ severity: 'error', file: WF, line: 12, column: 58, message: /`\{\{\$parent_item\}\}` but is not inside a nested for-each loop on every path to it$/ }],
      },
      {
        name: 'a node two loops deep on every path, through different loops',
        files: workflowRepo({
          root: { ...JOIN.root, children: ['o1', 'o2'] },
          o1: { type: 'for-each', payload: { array: [1] }, loopBody: ['i1'] },
          o2: { type: 'for-each', payload: { array: [2] }, loopBody: ['i2'] },
          i1: { type: 'for-each', payload: { array: '{{$item}}' }, loopBody: ['p'] },
          i2: { type: 'for-each', payload: { array: '{{$item}}' }, loopBody: ['p'] },
          p: logging('{{$item}} {{$index}} {{$parent_item}}'),
        }),
        expected: [],
      },
      {
        name: '$for of a loop the node only follows: no "every path"',
        files: workflowRepo({ ...LOOPS, outer: { ...LOOPS.outer, children: ['after'] }, after: logging('{{$for.outer.item}}') }),
        expected: [{ severity: 'error', file: WF, line: 13, column: 52, message: /^node `after` reads `\{\{\$for.outer.item\}\}` but `outer` is not a for-each loop around it$/ }],
      },
      { name: 'undeclared variable and input', files: workflowRepo(nodesWith({ report: logging('{{$vars.total}} {{$inputs.whom}}') }), DECLARED), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /`total` is not declared in `definition.variableDefs`/ }, { severity: 'error', file: WF, line: 9, column: 69, message: /`whom` is not declared in `definition.inputSchema`/ }] },
      { name: 'variable without variableDefs', files: workflowRepo(nodesWith({ report: logging('{{$vars.count}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /`count` is not declared/ }] },
      { name: 'undeclared template prop', files: templateRepo(nodesWith({ report: logging('{{$props.chanel}}') }), [{ key: 'channel', name: 'Channel', type: 'string' }]), expected: [{ severity: 'error', file: TPL, line: 9, column: 53, message: /`chanel` is not declared in `templateProps`/ }] },
      { name: 'prop in a workflow file', files: workflowRepo(nodesWith({ report: logging('{{$props.channel}}') })), expected: [{ severity: 'warning', file: WF, line: 9, column: 53, message: /in a workflow file; props are inlined when a workflow is created from a template/ }] },
      { name: 'every fallback is checked, each problem once', files: workflowRepo(nodesWith({ report: logging('{{gone.result.x || $item || 0}} {{gone.result.x}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /no node `gone`/ }, { severity: 'error', file: WF, line: 9, column: 53, message: /outside any for-each/ }] },
    ]));

  it('reports a prop in a workflow file as a warning, an unknown node as an error', async () => {
    const report = await auditFiles(workflowRepo(nodesWith({ report: logging('{{$props.channel}} {{gone.result.x}}') })));
    const severities = findingsOf(report, RULE).map((f) => [f.message.includes('$props') ? 'prop' : 'node', f.severity]);
    expect(severities.sort()).toEqual([['node', 'error'], ['prop', 'warning']]);
  });
});
