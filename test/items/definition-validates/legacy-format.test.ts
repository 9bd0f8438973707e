import { describe, expect, it } from 'vitest';
import { checkRuleTable, type ExpectedFinding } from '../../support/rule-harness.js';
import { PAYOUT, TPL, WF, edit, repo } from './graph-fixtures.js';
import { legacyFormat } from '../../../src/items/definition-validates/legacy-format.js';

/** A generation-A workflow as the old docs showed it: top-level trigger, nodes with props, colon types, connector by name. */
const LEGACY = `{
  "name": "BTC price digest",
  "description": "Posts the BTC price to Slack every hour.",
  "definition": {
    "trigger": { "type": "cronjob", "props": { "schedule": "0 * * * *" } },
    "nodes": {
      "action-1": { "id": "action-1", "type": "coingecko:get-coin-info", "props": { "coinId": "bitcoin" } },
      "action-2": { "id": "action-2", "type": "slack:send-message", "connector": "my-slack-bot", "props": { "channel": "#prices", "text": "BTC: {{action-1.result.price}}" } }
    }
  }
}
`;

/** The same definition as a bare file, with `nodes` before `trigger`. */
const BARE = `{
  "nodes": {
    "action-1": { "id": "action-1", "type": "coingecko-get-coin-info", "props": { "coinId": "bitcoin" } }
  },
  "trigger": { "type": "cronjob", "props": { "schedule": "0 * * * *" } }
}
`;

/** A definition of one node `price` (its JSON object given) and no trigger. */
const legacyNode = (node: string) => `{
  "name": "BTC price",
  "description": "Reads the BTC price.",
  "definition": {
    "nodes": {
      "price": ${node}
    }
  }
}
`;

const MESSAGE = /^legacy B3OS workflow format \(top-level `trigger`, nodes with `props`\) is obsolete$/;

describe('definition-validates/legacy-format', () => {
  it('reports a generation-A definition once, at its first legacy marker', () =>
    checkRuleTable('definition-validates/legacy-format', [
      { name: 'current wire format', files: repo(PAYOUT), expected: [] },
      { name: 'props beside payload is not legacy (workflow-shape reports the key)', files: repo(edit(PAYOUT, '"payload": { "message": "payout approval timed out" }', '"payload": { "message": "payout approval timed out" }, "props": {}')), expected: [] },
      {
        name: 'legacy workflow',
        files: repo(LEGACY),
        expected: [
          {
            severity: 'error',
            file: WF,
            line: 5,
            column: 5,
            message: MESSAGE,
            hint: /^migrate to the current format: make the trigger the node `root` in `nodes` \(with `"triggerNodeIds": \["root"\]`\), rename each node's `props` to `payload`, link nodes through `children`, use hyphenated types \(`coingecko-get-coin-info`\), reference connectors as `\{ "type": …, "id": "conn_…" \}`, and write trigger data as `\{\{\$trigger…\}\}` and results as `\{\{\$nodes\.<id>\.result…\}\}`$/,
          },
        ],
      },
      { name: 'bare legacy definition, props first', files: repo(BARE), expected: [{ severity: 'error', file: WF, line: 3, column: 72, message: MESSAGE }] },
      { name: 'colon action type', files: repo(edit(PAYOUT, '"type": "get-balance"', '"type": "b3os:get-balance"')), expected: [{ severity: 'error', file: WF, line: 10, column: 34, message: MESSAGE }] },
      {
        name: 'a colon type before props on one line: the first in the line',
        files: repo(edit(PAYOUT, '"type": "get-balance", "payload": {', '"type": "b3os:get-balance", "props": {')),
        expected: [{ severity: 'error', file: WF, line: 10, column: 34, message: MESSAGE }],
      },
      { name: 'props before a colon type on one line: the props', files: repo(legacyNode('{ "props": { "coinId": "bitcoin" }, "type": "coingecko:get-coin-info" }')), expected: [{ severity: 'error', file: WF, line: 6, column: 18, message: MESSAGE }] },
      {
        name: 'props far right, a colon type on the next line further left: the props',
        files: repo(legacyNode('{ "id": "a-node-id-long-enough-to-push-its-props-right", "props": { "coinId": "bitcoin" },\n        "type": "coingecko:get-coin-info" }')),
        expected: [{ severity: 'error', file: WF, line: 6, column: 73, message: MESSAGE }],
      },
      {
        name: 'connector given by name',
        files: repo(edit(PAYOUT, '"connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0OPSALERT", "text": "React', '"connector": "ops-slack", "payload": { "conversation": "C0OPSALERT", "text": "React')),
        expected: [{ severity: 'error', file: WF, line: 12, column: 81, message: MESSAGE }],
      },
      { name: 'legacy template', files: repo(PAYOUT, { [TPL]: LEGACY.replace('"name": "BTC price digest",', '"name": "BTC price digest",\n  "tags": ["prices"],') }), expected: [{ severity: 'error', file: TPL, line: 6, column: 5, message: MESSAGE }] },
    ]));

  it.each(['trigger-nodes', 'unreachable-node', 'unknown-node-type', 'branch-placement', 'cycle', 'loop-placement'])('leaves a legacy file to legacy-format: %s', (rule) =>
    checkRuleTable(`definition-validates/${rule}`, [
      { name: 'legacy workflow', files: repo(LEGACY), expected: [] },
      { name: 'bare legacy definition', files: repo(BARE), expected: [] },
      // The guard must not hide real findings: a current file with an orphan, an unknown type, a cycle, ...
      { name: 'current file with findings', files: repo(BROKEN), expected: BROKEN_FINDINGS[rule] },
    ]),
  );
});

/** A current-format workflow with one finding for each rule above. */
const BROKEN = `{
  "name": "Broken",
  "description": "One mistake per rule.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["gate", "root"] },
      "gate": { "type": "if", "payload": { "condition": { "$and": [] } }, "children": ["yes"], "loopBody": ["yes"] },
      "yes": { "type": "lgo", "payload": { "message": "ok" } },
      "orphan": { "type": "log", "payload": { "message": "never" } }
    }
  }
}
`;

const BROKEN_FINDINGS: Record<string, ExpectedFinding[]> = {
  'trigger-nodes': [{ severity: 'error', file: WF, line: 6, column: 71 }],
  'unreachable-node': [{ severity: 'error', file: WF, line: 9, column: 7 }],
  'unknown-node-type': [{ severity: 'error', file: WF, line: 8, column: 24 }],
  'branch-placement': [{ severity: 'error', file: WF, line: 8, column: 7 }],
  cycle: [{ severity: 'error', file: WF, line: 6, column: 71 }],
  'loop-placement': [
    { severity: 'error', file: WF, line: 7, column: 88 },
    { severity: 'error', file: WF, line: 7, column: 96 },
  ],
};

describe('definition-validates/legacy-format: meta', () => {
  it('says what it checks in its one-line description', () => expect(legacyFormat.meta.description).toBe('the definition uses the current B3OS wire format, not the obsolete trigger/props format'));
});
