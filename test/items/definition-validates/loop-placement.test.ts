import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { PAYOUT, TEMPLATE, TPL, WF, edit, repo } from './graph-fixtures.js';
import { loopPlacement } from '../../../src/items/definition-validates/loop-placement.js';

const LOG_DONE_END = 'vendors" } }';

describe('definition-validates/loop-placement', () => {
  it('keeps loop bodies on for-each nodes and apart from children', () =>
    checkRuleTable('definition-validates/loop-placement', [
      { name: 'for-each with its loop body', files: repo(PAYOUT, { [TPL]: TEMPLATE }), expected: [] },
      { name: 'an empty loopBody on another node is harmless', files: repo(edit(PAYOUT, LOG_DONE_END, 'vendors" }, "loopBody": [] }')), expected: [] },
      { name: 'a loopBody that is no list is left to workflow-shape', files: repo(edit(PAYOUT, LOG_DONE_END, 'vendors" }, "loopBody": "pay_vendor" }')), expected: [] },
      { name: 'a loopBody on a node without a type is left to workflow-shape', files: repo(edit(PAYOUT, '"log_done": { "type": "log", "payload"', '"log_done": { "payload"').replace(LOG_DONE_END, 'vendors" }, "loopBody": ["pay_later"] }')), expected: [] },
      {
        name: 'loop body entry also in the children of the same for-each',
        files: repo(edit(PAYOUT, '"children": ["log_done"]', '"children": ["log_done", "pay_vendor"]')),
        expected: [{ severity: 'error', file: WF, line: 14, column: 225, message: /^node `pay_vendor` is listed in both `children` and `loopBody` of `pay_each`$/, hint: /^keep `pay_vendor` only in the `for-each` node's `loopBody` to run it per item, or only in `children` to run it once$/ }],
      },
      {
        name: 'loop body entry also a child of another node',
        files: repo(edit(PAYOUT, LOG_DONE_END, 'vendors" }, "children": ["pay_vendor"] }')),
        expected: [{ severity: 'error', file: WF, line: 16, column: 133, message: /^node `pay_vendor` is listed in `children` of `log_done` and in `loopBody` of `pay_each`$/ }],
      },
      {
        name: 'loopBody on a log node',
        files: repo(edit(PAYOUT, LOG_DONE_END, 'vendors" }, "loopBody": ["pay_vendor"] }')),
        expected: [{ severity: 'error', file: WF, line: 16, column: 120, message: /^node `log_done` of type `log` has a `loopBody`; only `for-each` nodes loop$/, hint: /^move these ids to `children` to run them once after the node, or into the `loopBody` of a `for-each` node$/ }],
      },
      {
        name: 'template: loopBody on an if node, beside the same child',
        files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"children": ["alert"] }', '"children": ["alert"], "loopBody": ["alert"] }') }),
        expected: [
          { severity: 'error', file: TPL, line: 11, column: 143, message: /^node `alert` is listed in both `children` and `loopBody` of `low`$/ },
          { severity: 'error', file: TPL, line: 11, column: 153, message: /^node `low` of type `if` has a `loopBody`/ },
        ],
      },
    ]));
});

describe('definition-validates/loop-placement: meta', () => {
  it('says what it checks in its one-line description', () => expect(loopPlacement.meta.description).toBe('loopBody only on for-each nodes, and no node is listed in both children and loopBody'));
});
