import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { FOREST, FOREST_WF, PAYOUT, TEMPLATE, TPL, WF, diamonds, edit, repo } from './graph-fixtures.js';
import { cycle } from '../../../src/items/definition-validates/cycle.js';

const LOG_DONE = '"message": "paid {{$nodes.pay_each.result.iterationCount}} vendors" } }';
const PAY_VENDOR_END = '"chainId": 8453 } },';

/** A manual root and a chain of `length` log steps; the last step lists `backTo`. */
function chain(length: number, backTo: string): string {
  const steps = Array.from({ length }, (_, i) => {
    const next = i + 1 < length ? `step_${i + 2}` : backTo;
    return `      "step_${i + 1}": { "type": "log", "payload": { "message": "step ${i + 1}" }, "children": ["${next}"] }`;
  });
  const root = '      "root": { "type": "manual", "payload": {}, "children": ["step_1"] }';
  return `{\n  "name": "Chain",\n  "description": "Logs in steps.",\n  "definition": {\n    "nodes": {\n${[root, ...steps].join(',\n')}\n    }\n  }\n}\n`;
}

describe('definition-validates/cycle', () => {
  it('finds each cycle once, at the reference that closes it', () =>
    checkRuleTable('definition-validates/cycle', [
      { name: 'payout graph is acyclic', files: repo(PAYOUT, { [FOREST_WF]: FOREST, [TPL]: TEMPLATE }), expected: [] },
      { name: 'a long chain without a cycle', files: repo(chain(12, 'step_1').replace(', "children": ["step_1"] }\n    }', ' }\n    }')), expected: [] },
      {
        name: 'the last step leads back to the balance check',
        files: repo(edit(PAYOUT, LOG_DONE, LOG_DONE.replace(' } }', ' }, "children": ["check_balance"] }'))),
        expected: [
          { severity: 'error',
            file: WF,
            line: 16,
            column: 133,
            message: /^node `log_done` lists `check_balance` in `children`, closing the cycle `check_balance` → `enough` → `ask_ops` → `approval` → `pay_each` → `log_done` → `check_balance`$/,
            hint: /^remove the reference that leads back; to repeat steps per item use a `for-each` node with `loopBody`$/,
          },
        ],
      },
      { name: 'two branches that join again are no cycle', files: repo(edit(PAYOUT, '"branch": "timed_out", "payload": { "message": "payout approval timed out" } }', '"branch": "timed_out", "payload": { "message": "payout approval timed out" }, "children": ["log_done"] }')), expected: [] },
      { name: 'thirty diamonds in a row: each join walked once', files: repo(diamonds(30)), expected: [] },
      {
        name: 'a cycle back to the trigger closes at the last step',
        files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"message": "balance low" } }', '"message": "balance low" }, "children": ["root"] }') }),
        expected: [{ severity: 'error', file: TPL, line: 12, column: 105, message: /^node `alert` lists `root` in `children`, closing the cycle `root` → `read` → `low` → `alert` → `root`$/ }],
      },
      {
        name: 'two cycles, each reported',
        files: repo(edit(edit(PAYOUT, PAY_VENDOR_END, '"chainId": 8453 }, "children": ["pay_vendor"] },'), LOG_DONE, LOG_DONE.replace(' } }', ' }, "children": ["check_balance"] }'))),
        expected: [
          { severity: 'error', file: WF, line: 15, column: 289, message: /closing the cycle `pay_vendor` → `pay_vendor`$/ },
          { severity: 'error', file: WF, line: 16, column: 133, message: /closing the cycle `check_balance` → / },
        ],
      },
      {
        name: 'a node lists itself',
        files: repo(edit(PAYOUT, PAY_VENDOR_END, '"chainId": 8453 }, "children": ["pay_vendor"] },')),
        expected: [{ severity: 'error', file: WF, line: 15, column: 289, message: /closing the cycle `pay_vendor` → `pay_vendor`$/ }],
      },
      {
        name: 'a loop body entry leads back to its loop',
        files: repo(edit(PAYOUT, PAY_VENDOR_END, '"chainId": 8453 }, "children": ["pay_each"] },')),
        expected: [{ severity: 'error', file: WF, line: 15, column: 289, message: /^node `pay_vendor` lists `pay_each` in `children`, closing the cycle `pay_each` → `pay_vendor` → `pay_each`$/ }],
      },
      {
        name: 'the same closing reference twice is one cycle',
        files: repo(edit(PAYOUT, PAY_VENDOR_END, '"chainId": 8453 }, "children": ["pay_each", "pay_each"] },')),
        expected: [{ severity: 'error', file: WF, line: 15, column: 289 }],
      },
      {
        name: 'a cycle of eight nodes is shown in full',
        files: repo(chain(8, 'step_1')),
        expected: [{ severity: 'error', file: WF, line: 14, column: 83, message: /closing the cycle `step_1` → `step_2` → `step_3` → `step_4` → `step_5` → `step_6` → `step_7` → `step_8` → `step_1`$/ }],
      },
      {
        name: 'a cycle of nine nodes is shortened',
        files: repo(chain(9, 'step_1')),
        expected: [{ severity: 'error', file: WF, line: 15, column: 83, message: /closing the cycle `step_1` → `step_2` → `step_3` → `step_4` → … → `step_6` → `step_7` → `step_8` → `step_9` → `step_1`$/ }],
      },
      {
        name: 'a long cycle is shortened in the message',
        files: repo(chain(12, 'step_1')),
        expected: [{ severity: 'error', file: WF, line: 18, column: 85, message: /closing the cycle `step_1` → `step_2` → `step_3` → `step_4` → … → `step_9` → `step_10` → `step_11` → `step_12` → `step_1`$/ }],
      },
      {
        name: 'template with a cycle',
        files: repo(PAYOUT, { [TPL]: edit(TEMPLATE, '"message": "balance low" } }', '"message": "balance low" }, "children": ["read"] }') }),
        expected: [{ severity: 'error', file: TPL, line: 12, column: 105, message: /`read` → `low` → `alert` → `read`$/ }],
      },
    ]));
});

describe('definition-validates/cycle: meta', () => {
  it('says what it checks in its one-line description', () => expect(cycle.meta.description).toBe('the node graph has no cycle through children and loopBody'));
});
