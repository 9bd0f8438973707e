import { describe, expect, it } from 'vitest';
import { expressionSyntax } from '../../../src/items/definition-validates/expression-syntax.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { BASE, CATALOG, TPL, WF, logging, nodesWith, templateRepo, workflowRepo } from './expression-fixture.js';

const RULE = 'definition-validates/expression-syntax';

const YAML_WORKFLOW = `name: Hello
description: Logs the trigger body.
definition:
  nodes:
    root:
      type: manual
      payload: {}
      children: [say]
    say:
      type: log
      payload:
        message: "hi {{$trigger.body.name"
`;

describe(RULE, () => {
  it('reports malformed braces and unknown namespaces at the string', () =>
    checkRuleTable(RULE, [
      { name: 'both expression styles', files: workflowRepo(BASE), expected: [] },
      {
        name: 'every namespace, fallbacks, JSON kept in a string',
        files: workflowRepo(nodesWith({
          report: logging(
            '{{$nodes.read.result.balance}} {{read.payload.chainId}} {{root.result.body.x}} {{$trigger.headers.x-id}} {{$props.k}} {{$inputs.k}} {{$vars.k}} {{ask.slack_channel}} {{$workflow.id}} {{$workflowId}} {{$storage.k}} {{$org.storage.k}} {{read.result.count || 0}} {"a":{"b":1}}',
          ),
        })),
        expected: [],
      },
      { name: 'unclosed', files: workflowRepo(nodesWith({ report: logging('Balance {{read.result.balance') })), expected: [{ severity: 'error', file: WF, line: 9, column: 61, message: /node `report`: `\{\{` is never closed with `\}\}` \(character 9 of the string\)/ }] },
      { name: 'stray single close after an expression', files: workflowRepo(nodesWith({ report: logging('{{read.result.balance}}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 76, message: /`\}` after `\}\}` closes nothing \(character 24 of the string\)/ }] },
      { name: 'stray close', files: workflowRepo(nodesWith({ report: logging('Balance read.result.balance}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 80, message: /`\}\}` closes no `\{\{` \(character 28 of the string\)/ }] },
      { name: 'nested', files: workflowRepo(nodesWith({ report: logging('{{read.result.{{x}}}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 67, message: /`\{\{` inside another expression \(character 15/ }] },
      { name: 'empty', files: workflowRepo(nodesWith({ report: logging('Balance {{ }}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 61, message: /empty expression/ }] },
      { name: 'unknown namespace', files: workflowRepo(nodesWith({ report: logging('{{$env.API_KEY}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /node `report` uses `\{\{\$env.API_KEY\}\}`: unknown namespace `\$env`/ }] },
      { name: 'node id without result', files: workflowRepo(nodesWith({ report: logging('{{read.balance}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /reads `\{\{read.balance\}\}`, but a node id must be followed by `result`, `payload` or `error`/ }] },
      { name: '$nodes without result', files: workflowRepo(nodesWith({ report: logging('{{$nodes.read.output}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /`\$nodes` needs a node id followed by/ }] },
      { name: 'malformed path', files: workflowRepo(nodesWith({ report: logging('{{read.result..balance}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /a malformed path at `\.\.balance`/ }] },
      {
        name: 'two problems in one string, one per finding',
        files: workflowRepo(nodesWith({ report: logging('{{read.result.balance}} }} {{$now}}') })),
        expected: [{ severity: 'error', file: WF, line: 9, column: 77, message: /closes no/ }, { severity: 'error', file: WF, line: 9, column: 80, message: /unknown namespace `\$now`/ }],
      },
      {
        name: 'an `if` condition keyed by a malformed expression',
        files: workflowRepo(nodesWith({ report: { type: 'if', payload: { condition: { $and: [{ '{{read.result.decimals': { $gte: 6 } }] } } } })),
        expected: [{ severity: 'error', file: WF, line: 9, column: 64, message: /never closed/ }],
      },
      { name: 'after an escape sequence: at the string, as columns no longer match offsets', files: workflowRepo(nodesWith({ report: logging('say "hi" {{read.result.balance') })), expected: [{ severity: 'error', file: WF, line: 9, column: 52, message: /never closed/ }] },
      { name: 'in a connector', files: workflowRepo(nodesWith({ report: { ...logging('hi'), connector: { type: 'slack', id: '{{ask.connector_id}' } } })), expected: [{ severity: 'error', file: WF, line: 9, column: 92, message: /never closed/ }] },
      { name: 'in a YAML workflow', files: { '.b3os/catalog.json': CATALOG, 'workflows/hello/workflow.yaml': YAML_WORKFLOW }, expected: [{ severity: 'error', file: 'workflows/hello/workflow.yaml', line: 12, column: 22, message: /never closed/ }] },
      { name: 'in a plain YAML scalar', files: { '.b3os/catalog.json': CATALOG, 'workflows/hello/workflow.yaml': YAML_WORKFLOW.replace('"hi {{$trigger.body.name"', 'hi {{$trigger.body.name') }, expected: [{ severity: 'error', file: 'workflows/hello/workflow.yaml', line: 12, column: 21, message: /never closed/ }] },
      { name: 'in a template', files: templateRepo(nodesWith({ report: logging('{{$props.k}') }), [{ key: 'k', name: 'K', type: 'string' }]), expected: [{ severity: 'error', file: TPL, line: 9, column: 53, message: /never closed/ }] },
    ]));

  it('says how to fix each problem', () =>
    checkRuleTable(RULE, [
      { name: 'a node whose id starts with `$` read as a node', files: workflowRepo(nodesWith({ $vault: logging('x'), report: logging('{{$vault.result.x}}') })), expected: [] },
      { name: 'unclosed', files: workflowRepo(nodesWith({ report: logging('{{read.result.balance') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, hint: /^close the expression with `\}\}`, e\.g\. `\{\{\$nodes\.read\.result\.balance\}\}`$/ }] },
      { name: 'stray close', files: workflowRepo(nodesWith({ report: logging('read.result.balance}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 72, hint: /^remove the extra closing brace or add the missing `\{\{`$/ }] },
      { name: 'nested', files: workflowRepo(nodesWith({ report: logging('{{a{{x}}}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 56, hint: /^expressions do not nest: write one reference per `\{\{ \}\}`, e\.g\. `\{\{\$nodes\.read\.result\.balance\}\}`$/ }] },
      { name: 'empty', files: workflowRepo(nodesWith({ report: logging('{{}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, hint: /^write a reference between the braces or remove them$/ }] },
      {
        name: 'in a member name',
        files: workflowRepo(nodesWith({ report: { type: 'if', payload: { condition: { $and: [{ '{{read.result.decimals': { $gte: 6 } }] } } } })),
        expected: [{ severity: 'error', file: WF, line: 9, column: 64, message: /^node `report`: `\{\{` is never closed with `\}\}` \(character 1 of the key\)$/ }],
      },
      {
        name: 'an unknown namespace, twice in one string: once',
        files: workflowRepo(nodesWith({ report: logging('{{$env.KEY}} {{$env.KEY}}') })),
        expected: [{
          severity: 'error', file: WF, line: 9, column: 53,
          message: /^node `report` uses `\{\{\$env\.KEY\}\}`: unknown namespace `\$env`$/,
          hint: /^use `\$nodes\.<id>\.result…` \(or `<id>\.result…`\), `\$trigger…`, `\$props\.<key>`, `\$inputs\.<key>`, `\$vars\.<name>`, `ask\.<field>`, `\$item`, `\$index`, `\$parent_item`, `\$for\.<loop>\.item` or `\$workflow\.id`$/,
        }],
      },
      { name: 'a name that is no node id', files: workflowRepo(nodesWith({ report: logging('{{balance.x}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /^node `report` uses `\{\{balance\.x\}\}`: unknown namespace `balance`$/ }] },
      { name: 'a node id starting with `$` without a part', files: workflowRepo(nodesWith({ $vault: logging('x'), report: logging('{{$vault.balance}}') })), expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /^node `report` uses `\{\{\$vault\.balance\}\}`: unknown namespace `\$vault`$/ }] },
      {
        name: 'a node id without a part',
        files: workflowRepo(nodesWith({ report: logging('{{read.holders.0}}') })),
        expected: [{ severity: 'error', file: WF, line: 9, column: 53, message: /^node `report` reads `\{\{read\.holders\.0\}\}`, but a node id must be followed by `result`, `payload` or `error`$/, hint: /^write `\{\{read\.result\.holders\.0\}\}` to read the node's result$/ }],
      },
    ]));

  it('says what it checks in its one-line description', () =>
    expect(expressionSyntax.meta.description).toBe('every {{ … }} expression is well formed and uses a known namespace'));
});
