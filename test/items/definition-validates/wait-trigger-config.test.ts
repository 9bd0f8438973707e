import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { at as atIn } from '../templates-portable/fixtures.js';

const RULE = 'definition-validates/wait-trigger-config';
const WF = 'workflows/approval/workflow.json';
const at = (text: string, needle: string) => atIn(text, needle, WF);

const workflow = (triggerType: string, config: string) => `{
  "name": "Approval",
  "description": "Waits for an answer, then logs it.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["ask"] },
      "ask": {
        "type": "wait",
        "payload": { "timeoutMs": 86400000, "triggerType": "${triggerType}", "triggerConfig": ${config} },
        "children": ["done", "late"]
      },
      "done": { "type": "log", "payload": { "message": "answered" }, "branch": "resumed" },
      "late": { "type": "log", "payload": { "message": "no answer" }, "branch": "timed_out" }
    }
  }
}
`;

const trigger = (type: string, schemas: Record<string, unknown>) => ({ type, name: type, resultSchema: { type: 'object' }, ...schemas });
const CLOSED = { type: 'object', required: ['channel'], properties: { channel: { type: 'string' }, keyword: { type: 'string' } }, additionalProperties: false };
const CATALOG = JSON.stringify({
  source: 'https://api.b3os.org',
  fetchedAt: '2026-11-20T09:00:00Z',
  actions: [],
  logicActions: [],
  triggers: [
    trigger('manual', { payloadSchema: { type: 'object' } }),
    trigger('acme-reply', { payloadSchema: { type: 'object', required: ['account'], properties: { account: { type: 'string' } } }, waitPayloadSchema: CLOSED }),
    trigger('acme-ping', { payloadSchema: CLOSED }),
    trigger('acme-named', {}),
  ],
});
const pinned = (text: string) => ({ [WF]: text, '.b3os/catalog.json': CATALOG });

describe(RULE, () => {
  it('checks triggerConfig against the waited trigger, when the trigger and its schema are known', () => {
    const missing = workflow('acme-reply', '{ "keyword": "yes" }');
    const unknownKey = workflow('acme-reply', '{ "channel": "C01", "chanel": "C02" }');
    const fromPayload = workflow('acme-ping', '{ "channel": 5 }');
    const shipped = workflow('token-price-cexes', '{ "asset": "ETH", "targetPrice": true, "operation": "cross-up" }');
    return checkRuleTable(RULE, [
      { name: 'matches the waitPayloadSchema', files: pinned(workflow('acme-reply', '{ "channel": "C01" }')), expected: [] },
      { name: 'an expression value counts', files: pinned(workflow('acme-reply', '{ "channel": "{{root.result.body.channel}}" }')), expected: [] },
      { name: 'unknown trigger: not enforced', files: pinned(workflow('acme-unseen', '{ "anything": 1 }')), expected: [] },
      { name: 'trigger known by name only: not enforced', files: pinned(workflow('acme-named', '{ "anything": 1 }')), expected: [] },
      { name: 'trigger type written as an expression: not enforced', files: pinned(workflow('{{root.result.body.kind}}', '{ "anything": 1 }')), expected: [] },
      { name: 'a shipped trigger whose fields are open: unknown keys pass', files: { [WF]: workflow('token-price-cexes', '{ "asset": "ETH", "condition": "above", "threshold": 4000 }') }, expected: [] },
      {
        name: 'missing a required field of the waitPayloadSchema: at triggerConfig',
        files: pinned(missing),
        expected: [{ ...at(missing, '{ "keyword"'), severity: 'error', message: /`ask\.payload\.triggerConfig` is missing required key `channel`.*\(payload schema of the waited trigger `acme-reply`\)$/ }],
      },
      {
        name: 'a key the waitPayloadSchema does not have: at the key',
        files: pinned(unknownKey),
        expected: [{ ...at(unknownKey, '"chanel"'), severity: 'error', message: /chanel/ }],
      },
      {
        name: 'no waitPayloadSchema: the trigger payload schema',
        files: pinned(fromPayload),
        expected: [{ ...at(fromPayload, '5 }'), severity: 'error', message: /`ask\.payload\.triggerConfig\.channel` must be a string/ }],
      },
      {
        name: 'a shipped trigger: the types it states',
        files: { [WF]: shipped },
        expected: [{ ...at(shipped, 'true,'), severity: 'error', message: /targetPrice` must be a number.*`token-price-cexes`\)$/ }],
      },
    ]);
  });
});
