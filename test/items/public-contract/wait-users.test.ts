import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { CHANGELOG } from './fixtures.js';

const TRIGGER_FILE = 'triggers/acme-paid/trigger.json';
const WAITS_FILE = 'workflows/waits/workflow.json';
const PAYLOAD = { type: 'object', required: ['currency'], properties: { currency: { type: 'string' }, minimum: { type: 'integer' } }, additionalProperties: false };
const REQUIRED = { ...PAYLOAD, required: ['currency', 'minimum'] };
const WAIT_SCHEMA = { type: 'object', properties: { currency: { type: 'string' } } };

/** A `trigger.json`, one line per top-level key (the changed field sits on line 3). */
function trigger(payloadSchema: object, waitPayloadSchema?: object): string {
  const record = { type: 'acme-paid', payloadSchema, resultSchema: { type: 'object', properties: { id: { type: 'string' } } }, ...(waitPayloadSchema ? { waitPayloadSchema } : {}) };
  return `{\n${Object.entries(record).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}\n`;
}

/** A workflow whose `wait` node waits for `acme-paid` with the configuration given, and logs `late` (or the message given) when it times out. */
const waits = (config: object, message = 'late') => `{
  "name": "Waits",
  "description": "Waits for a payment.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["ask"] },
      "ask": { "type": "wait", "payload": { "timeoutMs": 86400000, "triggerType": "acme-paid", "triggerConfig": ${JSON.stringify(config)} }, "children": ["late"] },
      "late": { "type": "log", "payload": { "message": "${message}" }, "branch": "timed_out" }
    }
  }
}
`;

const repo = (triggerJson: string, config: object, message?: string) => ({ [TRIGGER_FILE]: triggerJson, [WAITS_FILE]: waits(config, message), 'CHANGELOG.md': CHANGELOG });

describe('public-contract/breaking-change: the triggerConfig of wait nodes is input of the waited trigger', () => {
  it('counts a wait node that does not set a newly required field, unless the trigger has its own waitPayloadSchema, and never as a reader of the result', () =>
    checkDiffTable('public-contract/breaking-change', [
      { name: 'an optional field added', base: repo(trigger(PAYLOAD), { currency: 'USD' }), head: repo(trigger({ ...PAYLOAD, properties: { ...PAYLOAD.properties, note: { type: 'string' } } }), { currency: 'USD' }), expected: [] },
      {
        name: 'a field made required that the wait node does not set',
        base: repo(trigger(PAYLOAD), { currency: 'USD' }),
        head: repo(trigger(REQUIRED), { currency: 'USD' }),
        expected: [{ file: TRIGGER_FILE, line: 3, column: 124, severity: 'error', message: /required breaks workflows that do not set it: workflows\/waits$/ }],
      },
      {
        name: 'a field made required that the wait node sets',
        base: repo(trigger(PAYLOAD), { currency: 'USD', minimum: 1 }),
        head: repo(trigger(REQUIRED), { currency: 'USD', minimum: 1 }),
        expected: [{ file: TRIGGER_FILE, line: 3, column: 124, severity: 'error', message: /required breaks workflows that do not set it; no workflow in this repository lacks it$/ }],
      },
      {
        name: 'the trigger has a waitPayloadSchema: its payloadSchema does not configure wait nodes',
        base: repo(trigger(PAYLOAD, WAIT_SCHEMA), { currency: 'USD' }),
        head: repo(trigger(REQUIRED, WAIT_SCHEMA), { currency: 'USD' }),
        expected: [{ file: TRIGGER_FILE, line: 3, column: 124, severity: 'error', message: /no workflow in this repository lacks it$/ }],
      },
      {
        name: 'a result field removed: a workflow that only waits for the trigger does not read it',
        base: repo(trigger(PAYLOAD), { currency: 'USD' }, '{{$trigger.id}}'),
        head: repo(trigger(PAYLOAD).replace('{"id":{"type":"string"}}', '{}'), { currency: 'USD' }, '{{$trigger.id}}'),
        expected: [{ file: TRIGGER_FILE, line: 4, column: 19, severity: 'error', message: /^removing `resultSchema\.id` of `acme-paid` breaks workflows that read it; no workflow in this repository uses it$/ }],
      },
    ]));
});
