import { describe, expect, it } from 'vitest';
import { definitionValidates } from '../../src/items/definition-validates/index.js';
import { checkRuleTable } from '../support/rule-harness.js';

/** A pinned catalog with complete schemas for the types these cases use. */
const CATALOG = JSON.stringify({
  source: 'https://api.b3os.org',
  fetchedAt: '2026-11-20T09:00:00Z',
  actions: [
    { type: 'slack-send-message', name: 'Send Slack message', connector: { type: 'slack' }, payloadSchema: { type: 'object', properties: { conversation: { type: 'string' }, text: { type: 'string' } }, required: ['conversation', 'text'], additionalProperties: false }, resultSchema: { type: 'object', properties: {} } },
  ],
  logicActions: [],
  triggers: [{ type: 'manual', name: 'Manual', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }],
});

const VALID = `{
  "name": "Notify",
  "description": "Posts a message when run by hand.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["notify"] },
      "notify": {
        "type": "slack-send-message",
        "connector": { "type": "slack", "id": "conn_ops_slack" },
        "payload": { "conversation": "C01", "text": "hello" }
      }
    }
  }
}
`;

const repo = (workflow: string, extra: Record<string, string> = {}) => ({ '.b3os/catalog.json': CATALOG, 'workflows/notify/workflow.json': workflow, ...extra });
const WF = 'workflows/notify/workflow.json';

describe('definition-validates', () => {
  it('syntax', () =>
    checkRuleTable('definition-validates/syntax', [
      { name: 'valid workflow', files: repo(VALID), expected: [] },
      { name: 'missing comma', files: repo(VALID.replace('"payload": {}, "children"', '"payload": {} "children"')), expected: [{ severity: 'error', file: WF, line: 7, column: 49, message: /expected a comma/ }] },
      { name: 'duplicate key', files: repo(VALID.replace('"text": "hello"', '"text": "hello", "text": "bye"')), expected: [{ severity: 'error', file: WF, line: 11, column: 62, message: /duplicate key `text` \(first at line 11\)/ }] },
      {
        name: 'a broken workflow does not stop the others',
        files: repo(VALID, { 'workflows/broken/workflow.json': '{\n  "name": "x",\n  "definition": {\n}' }),
        expected: [{ severity: 'error', file: 'workflows/broken/workflow.json', line: 4, column: 2 }],
      },
    ]));

  it('workflow-shape', () =>
    checkRuleTable('definition-validates/workflow-shape', [
      { name: 'valid', files: repo(VALID), expected: [] },
      { name: 'unknown top-level key', files: repo(VALID.replace('"name": "Notify",', '"name": "Notify", "owner": "x",')), expected: [{ severity: 'error', file: WF, line: 2, column: 21, message: /unknown key `owner`/ }] },
      { name: 'node without payload', files: repo(VALID.replace('"payload": {}, ', '')), expected: [{ severity: 'error', file: WF, line: 7, column: 15, message: /missing required key `payload`/ }] },
    ]));

  it('unknown-node-type', () =>
    checkRuleTable('definition-validates/unknown-node-type', [
      { name: 'known types', files: repo(VALID), expected: [] },
      { name: 'misspelled', files: repo(VALID.replace('"type": "slack-send-message"', '"type": "slack-send-mesage"')), expected: [{ file: WF, line: 9, column: 17, severity: 'error', unverified: false, message: /^node `notify` has unknown type `slack-send-mesage`; did you mean `slack-send-message`\?$/ }] },
      { name: 'far from every known type: no suggestion', files: repo(VALID.replace('"type": "slack-send-message"', '"type": "acme-telegram-broadcast"')), expected: [{ file: WF, line: 9, column: 17, severity: 'error', message: /^node `notify` has unknown type `acme-telegram-broadcast`$/ }] },
      { name: 'a trigger is never suggested for an action', files: repo(VALID.replace('"type": "slack-send-message"', '"type": "manuall"')), expected: [{ file: WF, line: 9, column: 17, severity: 'error', message: /^node `notify` has unknown type `manuall`$/ }] },
      { name: 'the retired webhook trigger, with what replaced it', files: repo(VALID.replace('"type": "manual"', '"type": "webhook"')), expected: [{ file: WF, line: 7, column: 25, severity: 'error', message: /^node `root` has the retired type `webhook`: .*a webhook now starts a `manual` workflow/ }] },
    ]));

  it('unknown-node-type without a pinned catalog: unseen, not unknown', () => {
    const shippedOnly = (workflow: string) => ({ [WF]: workflow });
    return checkRuleTable('definition-validates/unknown-node-type', [
      { name: 'a shipped type', files: shippedOnly(VALID), expected: [] },
      {
        name: 'a real action the gate does not ship',
        files: shippedOnly(VALID.replace('"type": "slack-send-message"', '"type": "acme-telegram-broadcast"')),
        expected: [{ file: WF, line: 9, column: 17, severity: 'error', unverified: true, message: /^node `notify` has type `acme-telegram-broadcast`, which the catalog shipped with b3os-readiness does not know, so it cannot be checked$/ }],
      },
      {
        name: 'a near miss still says so',
        files: shippedOnly(VALID.replace('"type": "slack-send-message"', '"type": "slack-send-mesage"')),
        expected: [{ file: WF, line: 9, column: 17, severity: 'error', unverified: true, message: /does not know, so it cannot be checked; did you mean `slack-send-message`\?$/ }],
      },
    ]);
  });

  it('missing-node-reference', () =>
    checkRuleTable('definition-validates/missing-node-reference', [
      { name: 'all present', files: repo(VALID), expected: [] },
      { name: 'child missing', files: repo(VALID.replace('"children": ["notify"]', '"children": ["notify", "gone"]')), expected: [{ severity: 'error', file: WF, line: 7, column: 73, message: /no node `gone`/ }] },
      { name: 'trigger id missing', files: repo(VALID.replace('"triggerNodeIds": ["root"]', '"triggerNodeIds": ["start"]')), expected: [{ severity: 'error', file: WF, line: 5, column: 24 }] },
    ]));

  it('schema-unknown', () =>
    checkRuleTable('definition-validates/schema-unknown', [
      { name: 'schemas known', files: repo(VALID), expected: [] },
      // `anyspend` is a platform trigger type known only by name in the shipped catalog.
      { name: 'name-only trigger', files: repo(VALID.replace('"type": "manual"', '"type": "anyspend"')), expected: [{ severity: 'error', file: WF, line: 7, column: 25, message: /^no payload schema is known for node `root` of type `anyspend` \(only its name, from the catalog shipped with b3os-readiness\)$/ }] },
    ]));
});

describe('definition-validates: the item', () => {
  it('is the required item titled "Definition validates"', () => {
    expect([definitionValidates.id, definitionValidates.title, definitionValidates.group]).toEqual(['definition-validates', 'Definition validates', 'required']);
  });
});
