import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { PAYOUT, TEMPLATE, TPL, WF, edit, repo } from './graph-fixtures.js';
import { branchPlacement } from '../../../src/items/definition-validates/branch-placement.js';

describe('definition-validates/branch-placement', () => {
  it('puts then/else under if and resumed/timed_out under wait', () =>
    checkRuleTable('definition-validates/branch-placement', [
      { name: 'if and wait branches', files: repo(PAYOUT), expected: [] },
      { name: 'template with a then branch', files: repo(PAYOUT, { [TPL]: TEMPLATE }), expected: [] },
      { name: 'a branch that is no string is left to workflow-shape', files: repo(edit(PAYOUT, '"branch": "then"', '"branch": 1')), expected: [] },
      { name: 'a loop body entry of a wait node needs no branch (loop-placement reports the loop body)', files: repo(edit(PAYOUT, '"children": ["pay_each", "log_timeout"]', '"children": ["pay_each", "log_timeout"], "loopBody": ["pay_vendor"]')), expected: [] },
      {
        name: 'wait branch under an if node',
        files: repo(edit(PAYOUT, '"branch": "then"', '"branch": "resumed"')),
        expected: [{ severity: 'error', file: WF, line: 12, column: 60, message: /^node `ask_ops` has `branch` `resumed` under the `if` node `enough`, which routes only on `then` or `else`$/, hint: /^set `branch` to `then` or `else`$/ }],
      },
      {
        name: 'if branch under a wait node',
        files: repo(edit(PAYOUT, '"branch": "resumed"', '"branch": "then"')),
        expected: [{ severity: 'error', file: WF, line: 14, column: 51, message: /^node `pay_each` has `branch` `then` under the `wait` node `approval`, which routes only on `resumed` or `timed_out`$/ }],
      },
      {
        name: 'branch under a node that does not branch',
        files: repo(edit(PAYOUT, '"log_done": { "type": "log",', '"log_done": { "type": "log", "branch": "then",')),
        expected: [{ severity: 'error', file: WF, line: 16, column: 46, message: /^node `log_done` has `branch` `then`, but its parent `pay_each` is not an `if` or `wait` node$/, hint: /^remove `branch`, or make the node a child of the `if` \(`then`\/`else`\) or `wait` \(`resumed`\/`timed_out`\) node it belongs to$/ }],
      },
      {
        name: 'branch on a loop body entry',
        files: repo(edit(PAYOUT, '"pay_vendor": { "type": "send-erc20-token",', '"pay_vendor": { "type": "send-erc20-token", "branch": "then",')),
        expected: [{ severity: 'error', file: WF, line: 15, column: 61, message: /^node `pay_vendor` has `branch` `then`, but no node lists it in `children`$/, hint: /^a branch belongs to exactly one `if` or `wait` node: list the node in the `children` of that one node$/ }],
      },
      {
        name: 'branch node with two parents',
        files: repo(edit(PAYOUT, '"children": ["ask_ops", "notify_low_balance"]', '"children": ["ask_ops", "notify_low_balance", "log_timeout"]')),
        expected: [{ severity: 'error', file: WF, line: 17, column: 49, message: /^node `log_timeout` has `branch` `timed_out`, but it is a child of 2 nodes \(`enough`, `approval`\)$/ }],
      },
      {
        name: 'child of an if without branch',
        files: repo(edit(PAYOUT, '"notify_low_balance": { "type": "slack-send-message", "branch": "else",', '"notify_low_balance": { "type": "slack-send-message",')),
        expected: [{ severity: 'error', file: WF, line: 18, column: 7, message: /^node `notify_low_balance` is a child of the `if` node `enough` but has no `branch`; it needs `then` or `else`$/, hint: /^add `"branch": "then"` or `"branch": "else"` to `notify_low_balance`$/ }],
      },
      {
        name: 'child of a wait without branch',
        files: repo(edit(PAYOUT, '"log_timeout": { "type": "log", "branch": "timed_out",', '"log_timeout": { "type": "log",')),
        expected: [{ severity: 'error', file: WF, line: 17, column: 7, message: /it needs `resumed` or `timed_out`$/, hint: /^add `"branch": "resumed"` or `"branch": "timed_out"` to `log_timeout`$/ }],
      },
      {
        name: 'template: child of an if without branch',
        files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"type": "log", "branch": "then",', '"type": "log",') }),
        expected: [{ severity: 'error', file: TPL, line: 12, column: 7, message: /node `alert` is a child of the `if` node `low`/ }],
      },
    ]));
});

describe('definition-validates/branch-placement: meta', () => {
  it('says what it checks in its one-line description', () => expect(branchPlacement.meta.description).toBe('branch is then/else under an if node and resumed/timed_out under a wait node, and every child of if and wait has one'));
});
