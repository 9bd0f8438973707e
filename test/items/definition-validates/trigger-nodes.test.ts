import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { FOREST, FOREST_WF, PAYOUT, TEMPLATE, TPL, WF, edit, repo } from './graph-fixtures.js';
import { triggerNodes } from '../../../src/items/definition-validates/trigger-nodes.js';

const forest = (text: string) => repo(PAYOUT, { [FOREST_WF]: text });
const template = (text: string) => repo(PAYOUT, { [TPL]: text });

describe('definition-validates/trigger-nodes', () => {
  it('matches triggerNodeIds and root to the trigger-typed nodes', () =>
    checkRuleTable('definition-validates/trigger-nodes', [
      { name: 'single trigger root with triggerNodeIds', files: repo(PAYOUT), expected: [] },
      { name: 'multi-trigger workflow', files: forest(FOREST), expected: [] },
      { name: 'template with implicit root', files: template(TEMPLATE), expected: [] },
      { name: 'unknown root type is left to unknown-node-type', files: repo(edit(PAYOUT, '"type": "cronjob"', '"type": "cronjobb"')), expected: [] },
      {
        name: 'a listed node is an action',
        files: forest(edit(FOREST, '["on_schedule", "on_demand"]', '["on_schedule", "on_demand", "read_balance"]')),
        expected: [{ severity: 'error', file: FOREST_WF, line: 5, column: 52, message: /^`triggerNodeIds` lists `read_balance`, whose type `get-balance` is not a trigger type$/, hint: /^list only trigger nodes in `triggerNodeIds`; actions run as children of a trigger$/ }],
      },
      {
        name: 'a trigger-typed node is not listed',
        files: forest(edit(FOREST, '["on_schedule", "on_demand"]', '["on_schedule"]')),
        expected: [{ severity: 'error', file: FOREST_WF, line: 8, column: 30, message: /^node `on_demand` has trigger type `manual` but is not listed in `triggerNodeIds`$/, hint: /^add `on_demand` to `definition\.triggerNodeIds`, or make it an action$/ }],
      },
      {
        name: 'a single listed trigger not called root',
        files: forest(edit(edit(FOREST, '["on_schedule", "on_demand"]', '["on_demand"]'), '"on_schedule": { "type": "cronjob"', '"on_schedule": { "type": "log"')),
        expected: [{ severity: 'error', file: FOREST_WF, line: 8, column: 7, message: /^the single trigger node is called `on_demand`; a single-trigger workflow calls its trigger `root`$/, hint: /^rename `on_demand` to `root` in `nodes` and `triggerNodeIds`, and in the expressions that read `\{\{on_demand…\}\}`$/ }],
      },
      {
        name: 'a multi-trigger workflow has a node called root',
        files: forest(edit(edit(FOREST, '["on_schedule", "on_demand"]', '["root", "on_demand"]'), '"on_schedule": {', '"root": {')),
        expected: [{ severity: 'error', file: FOREST_WF, line: 7, column: 7, message: /^a multi-trigger workflow \(2 trigger ids\) has a node called `root`$/, hint: /^rename `root` to say what fires it \(e\.g\. `on_schedule`\) in `nodes` and `triggerNodeIds`; `\{\{root…\}\}` means the firing trigger in such workflows$/ }],
      },
      {
        name: 'empty triggerNodeIds and no trigger node',
        files: template(edit(edit(TEMPLATE, '"nodes": {', '"triggerNodeIds": [],\n    "nodes": {'), '"root": { "type": "manual", "payload": {},', '"start": { "type": "log", "payload": { "message": "start" },')),
        expected: [{ severity: 'error', file: TPL, line: 8, column: 23, message: /^`triggerNodeIds` is empty, so the definition has no trigger$/, hint: /^list the trigger node ids \(`\["root"\]` for a single-trigger workflow\)$/ }],
      },
      {
        name: 'empty triggerNodeIds beside a trigger node',
        files: template(edit(TEMPLATE, '"nodes": {', '"triggerNodeIds": [],\n    "nodes": {')),
        expected: [{ severity: 'error', file: TPL, line: 10, column: 25, message: /node `root` has trigger type `manual` but is not listed/ }],
      },
      {
        name: 'no triggerNodeIds and the trigger is not called root',
        files: template(edit(TEMPLATE, '"root": {', '"start": {')),
        expected: [{ severity: 'error', file: TPL, line: 9, column: 26, message: /^node `start` has trigger type `manual`, but without `triggerNodeIds` only `root` is a trigger$/, hint: /^call a single trigger node `root`, or list every trigger node id in `definition\.triggerNodeIds`$/ }],
      },
      {
        name: 'no triggerNodeIds, no root and no trigger',
        files: template(edit(TEMPLATE, '"root": { "type": "manual", "payload": {},', '"start": { "type": "log", "payload": { "message": "start" },')),
        expected: [{ severity: 'error', file: TPL, line: 8, column: 5, message: /^the definition has no `root` node and no `triggerNodeIds`, so it has no trigger$/, hint: /^call the trigger node `root`, or list the trigger node ids in `definition\.triggerNodeIds`$/ }],
      },
      {
        name: 'root is an action',
        files: template(edit(TEMPLATE, '"root": { "type": "manual", "payload": {},', '"root": { "type": "log", "payload": { "message": "start" },')),
        expected: [{ severity: 'error', file: TPL, line: 9, column: 25, message: /^the `root` node has type `log`, which is not a trigger type$/, hint: /^give `root` a trigger type such as `manual` or `cronjob`, and run the action as its child$/ }],
      },
      {
        name: 'a trigger node listed as a child',
        files: repo(edit(PAYOUT, '"message": "paid {{$nodes.pay_each.result.iterationCount}} vendors" } }', '"message": "paid {{$nodes.pay_each.result.iterationCount}} vendors" }, "children": ["root"] }')),
        expected: [{ severity: 'error', file: WF, line: 16, column: 133, message: /^node `log_done` lists the trigger node `root` in `children`; a trigger cannot run after another node$/, hint: /^remove `root` from `children`; to start another workflow from here use a `trigger-workflow` node$/ }],
      },
      {
        name: 'a trigger node listed in a loop body',
        files: repo(edit(PAYOUT, '"loopBody": ["pay_vendor"]', '"loopBody": ["pay_vendor", "root"]')),
        expected: [{ severity: 'error', file: WF, line: 14, column: 199, message: /lists the trigger node `root` in `loopBody`/ }],
      },
    ]));
});

describe('definition-validates/trigger-nodes: a listed action, an unlisted trigger with a parent', () => {
  const ids = (text: string, list: string) => edit(text, '["on_schedule", "on_demand"]', list);
  const asLog = (text: string, id: string, type: string, payload: string) => edit(text, `"${id}": { "type": "${type}", "payload": ${payload}`, `"${id}": { "type": "log", "payload": { "message": "by hand" }`);
  const SCHEDULE_PAYLOAD = '{ "rrule": "DTSTART:20260803T080000Z\\nRRULE:FREQ=DAILY;INTERVAL=1" }';
  it('asks for no rename when the one listed node is an action or a second is listed', () =>
    checkRuleTable('definition-validates/trigger-nodes', [
      { name: 'the listed trigger and the node it runs', files: forest(FOREST), expected: [] },
      { name: 'a file that does not parse', files: forest('{\n  "name": "Broken",\n  "definition": {\n'), expected: [] },
      { name: 'an unlisted node of a type no catalog knows, with a parent, is left to unknown-node-type', files: forest(edit(FOREST, '"post": { "type": "slack-send-message"', '"post": { "type": "acme-unseen"')), expected: [] },
      {
        name: 'two listed, one an action, no other trigger: no rename',
        files: forest(asLog(ids(FOREST, '["on_schedule", "read_balance"]'), 'on_demand', 'manual', '{}')),
        expected: [{ severity: 'error', file: FOREST_WF, line: 5, column: 39, message: /^`triggerNodeIds` lists `read_balance`, whose type `get-balance` is not a trigger type$/ }],
      },
      {
        name: 'one listed action and no trigger: no rename',
        files: forest(asLog(asLog(ids(FOREST, '["read_balance"]'), 'on_demand', 'manual', '{}'), 'on_schedule', 'cronjob', SCHEDULE_PAYLOAD)),
        expected: [{ severity: 'error', file: FOREST_WF, line: 5, column: 24, message: /^`triggerNodeIds` lists `read_balance`, whose type `get-balance` is not a trigger type$/ }],
      },
      {
        name: 'an unlisted trigger-typed node with a parent: both said',
        files: forest(edit(ids(FOREST, '["on_schedule"]'), '"C0TREASURY", "text": "Treasury: {{$nodes.read_balance.result.formattedBalance}} USDC" } }', '"C0TREASURY", "text": "Treasury: {{$nodes.read_balance.result.formattedBalance}} USDC" }, "children": ["on_demand"] }')),
        expected: [
          { severity: 'error', file: FOREST_WF, line: 8, column: 30, message: /^node `on_demand` has trigger type `manual` but is not listed in `triggerNodeIds`$/ },
          { severity: 'error', file: FOREST_WF, line: 10, column: 237, message: /^node `post` lists the trigger node `on_demand` in `children`; a trigger cannot run after another node$/ },
        ],
      },
    ]));
});

describe('definition-validates/trigger-nodes: meta', () => {
  it('says what it checks in its one-line description', () => expect(triggerNodes.meta.description).toBe('triggerNodeIds lists exactly the trigger nodes (root for a single trigger), and no trigger node has a parent'));
});
