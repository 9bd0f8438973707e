import { describe, expect, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { typeAlias } from '../../../src/items/definition-validates/type-alias.js';

const WF = 'workflows/notify/workflow.json';
const workflow = (type: string) => `{
  "name": "Notify",
  "description": "Posts a message when run by hand.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["notify"] },
      "notify": { "type": "${type}", "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C01", "text": "hi" } }
    }
  }
}
`;
const pinned = (type: string) =>
  JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: [{ type, name: 'Send', connector: { type: 'slack' }, payloadSchema: { type: 'object' }, resultSchema: { type: 'object' } }], logicActions: [], triggers: [{ type: 'manual', name: 'Manual', payloadSchema: { type: 'object' }, resultSchema: { type: 'object' } }] });

describe('definition-validates/type-alias', () => {
  it('points a node of an older spelling at the newer one, with a notice', () =>
    checkRuleTable('definition-validates/type-alias', [
      { name: 'the current spelling', files: { [WF]: workflow('slack-send-message') }, expected: [] },
      { name: 'a type no catalog knows is left to unknown-node-type', files: { [WF]: workflow('slack-send-mesage') }, expected: [] },
      { name: 'a file that does not parse', files: { [WF]: '{\n  "name": "Broken",\n  "definition": {\n' }, expected: [] },
      { name: 'the older spelling', files: { [WF]: workflow('send-slack-message') }, expected: [{ file: WF, line: 7, column: 27, severity: 'notice', message: /^node `notify` uses `send-slack-message`, an older spelling of `slack-send-message`$/, hint: /^write `"type": "slack-send-message"`; pin the catalog with `b3os-readiness catalog pull` to see which spelling the platform has$/ }] },
      { name: 'the older Telegram spelling', files: { [WF]: workflow('send-telegram-message') }, expected: [{ file: WF, line: 7, column: 27, severity: 'notice', message: /an older spelling of `telegram-send-message`$/ }] },
      { name: 'a pinned catalog that has the older spelling decides', files: { [WF]: workflow('send-slack-message'), '.b3os/catalog.json': pinned('send-slack-message') }, expected: [] },
    ]));
});

describe('definition-validates/type-alias: meta', () => {
  it('says what it checks in its one-line description', () => expect(typeAlias.meta.description).toBe('a node type is an older spelling of a known type (notice)'));
});
