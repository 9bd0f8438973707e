import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { FOREST, FOREST_WF, PAYOUT, TEMPLATE, TPL, WF, edit, repo } from './graph-fixtures.js';
import { unreachableNode } from '../../../src/items/definition-validates/unreachable-node.js';

describe('definition-validates/unreachable-node', () => {
  it('reaches every node from a trigger', () =>
    checkRuleTable('definition-validates/unreachable-node', [
      { name: 'every node reachable', files: repo(PAYOUT, { [TPL]: TEMPLATE }), expected: [] },
      { name: 'multi-trigger workflow', files: repo(PAYOUT, { [FOREST_WF]: FOREST }), expected: [] },
      { name: 'a node of an unknown type is reached like any other', files: repo(edit(PAYOUT, '"log_done": { "type": "log",', '"log_done": { "type": "lgo",')), expected: [] },
      { name: 'a file that does not parse has no graph', files: repo(PAYOUT, { [FOREST_WF]: '{\n  "name": "Broken",\n  "definition": {\n' }), expected: [] },
      {
        name: 'an unlisted trigger node still starts a run (trigger-nodes reports it)',
        files: repo(PAYOUT, { [FOREST_WF]: edit(FOREST, '["on_schedule", "on_demand"]', '["on_schedule"]') }),
        expected: [],
      },
      {
        name: 'no trigger at all is left to trigger-nodes',
        files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"root": { "type": "manual", "payload": {},', '"start": { "type": "log", "payload": { "message": "start" },') }),
        expected: [],
      },
      {
        name: 'the else branch is not linked',
        files: repo(edit(PAYOUT, '"children": ["ask_ops", "notify_low_balance"]', '"children": ["ask_ops"]')),
        expected: [{ severity: 'error', file: WF, line: 18, column: 7, message: /^node `notify_low_balance` is not reachable from the trigger `root`, so it never runs$/,
          hint: /^list `notify_low_balance` in the `children` \(or a `for-each` node's `loopBody`\) of the node it should run after, or delete it$/ }],
      },
      {
        name: 'a whole subtree is cut off',
        files: repo(edit(PAYOUT, ', "children": ["approval"] }', ' }')),
        expected: [
          { severity: 'error', file: WF, line: 13, column: 7, message: /^node `approval` is not reachable/ },
          { severity: 'error', file: WF, line: 14, column: 7, message: /^node `pay_each` is not reachable/ },
          { severity: 'error', file: WF, line: 15, column: 7, message: /^node `pay_vendor` is not reachable/ },
          { severity: 'error', file: WF, line: 16, column: 7, message: /^node `log_done` is not reachable/ },
          { severity: 'error', file: WF, line: 17, column: 7, message: /^node `log_timeout` is not reachable/ },
        ],
      },
      {
        name: 'multi-trigger workflow with an orphan',
        files: repo(PAYOUT, { [FOREST_WF]: edit(FOREST, '"children": ["post"]', '"children": []') }),
        expected: [{ severity: 'error', file: FOREST_WF, line: 10, column: 7, message: /^node `post` is not reachable from any trigger node, so it never runs$/ }],
      },
      {
        name: 'template with an orphan',
        files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"children": ["alert"]', '"children": []') }),
        expected: [{ severity: 'error', file: TPL, line: 12, column: 7, message: /node `alert` is not reachable from the trigger `root`/ }],
      },
    ]));
});

describe('definition-validates/unreachable-node: meta', () => {
  it('says what it checks in its one-line description', () => expect(unreachableNode.meta.description).toBe('every node is reachable from a trigger node'));
});
