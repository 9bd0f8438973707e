import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable } from '../../support/rule-harness.js';
import { at as atIn } from '../templates-portable/fixtures.js';
import { waitTriggerConfig } from '../../../src/items/definition-validates/wait-trigger-config.js';

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
        expected: [{ ...at(missing, '{ "keyword"'), severity: 'error', message: /`ask\.payload\.triggerConfig` is missing required key `channel`.*\(`waitPayloadSchema` of the waited trigger `acme-reply`\)$/ }],
      },
      {
        name: 'a key the waitPayloadSchema does not have: at the key',
        files: pinned(unknownKey),
        expected: [{ ...at(unknownKey, '"chanel"'), severity: 'error', message: /chanel/ }],
      },
      {
        name: 'no waitPayloadSchema: the trigger payload schema',
        files: pinned(fromPayload),
        expected: [{ ...at(fromPayload, '5 }'), severity: 'error', message: /^`ask\.payload\.triggerConfig\.channel` must be a string.*\(payload schema of the waited trigger `acme-ping`, which has no `waitPayloadSchema`\)$/ }],
      },
      {
        name: 'a shipped trigger: the types it states',
        files: { [WF]: shipped },
        expected: [{ ...at(shipped, 'true,'), severity: 'error', message: /targetPrice` must be a number.*\(payload schema of the waited trigger `token-price-cexes`, which has no `waitPayloadSchema`\)$/ }],
      },
    ]);
  });

  it('a triggerConfig that is not an object: one finding, the wait node\'s own (payload-schema), not a second from the waited trigger', async () => {
    const text = workflow('acme-reply', '"C01"');
    const found = (await auditFiles(pinned(text))).items.flatMap((i) => i.findings).filter((f) => /triggerConfig/.test(f.message));
    expect(found.map((f) => [f.ruleId, f.severity, f.location?.file, f.location?.line, f.location?.column])).toEqual([
      ['definition-validates/payload-schema', 'error', WF, at(text, '"C01"').line, at(text, '"C01"').column],
    ]);
    expect(found[0].message).toMatch(/^`ask\.payload\.triggerConfig` must be an object/);
    return checkRuleTable(RULE, [
      { name: 'an object triggerConfig that matches', files: pinned(workflow('acme-reply', '{ "channel": "C02" }')), expected: [] },
      { name: 'a string triggerConfig: payload-schema\'s finding only', files: pinned(text), expected: [] },
      { name: 'a string triggerConfig and a trigger without a waitPayloadSchema', files: pinned(workflow('acme-ping', '"C01"')), expected: [] },
      { name: 'an object triggerConfig still reported', files: pinned(workflow('acme-ping', '{}')), expected: [{ ...at(workflow('acme-ping', '{}'), '{} }'), severity: 'error', message: /missing required key `channel`/ }] },
    ]);
  });
});

/** A pinned catalog of the triggers above, more triggers, and logic entries (a pinned `wait` replaces the shipped one). */
const catalogWith = (triggers: object[], logicActions: object[] = []) =>
  JSON.stringify({ ...JSON.parse(CATALOG), logicActions, triggers: [...JSON.parse(CATALOG).triggers, ...triggers] });
const LOOKAHEAD = { type: 'object', properties: { code: { type: 'string', pattern: '^(?=.*[0-9]).+$' } } };
/** The shipped `wait` schema with a closed `triggerConfig` that knows `channel`, as `acme-reply` does. */
const WAIT_CLOSED = {
  type: 'wait',
  name: 'Wait',
  payloadSchema: { type: 'object', properties: { timeoutMs: { type: 'number' }, triggerType: { type: 'string' }, triggerConfig: { type: 'object', properties: { channel: { type: 'string' }, keyword: { type: 'string' } }, additionalProperties: false } } },
  resultSchema: { type: 'object' },
};

describe(`${RULE}: what is waited for, and the wait node's own schema`, () => {
  const withCatalog = (text: string, catalog: string) => ({ [WF]: text, '.b3os/catalog.json': catalog });
  const unusable = workflow('acme-strict', '{ "code": "a1" }');
  const pingUnknown = workflow('acme-ping', '{ "channel": "C01", "chanel": "C02" }');
  const anyType = workflow('acme-any', '{ "id": true }');
  const missing = workflow('acme-reply', '{ "keyword": "yes" }');
  const nameOnlyWait = workflow('acme-reply', '"C01"');
  const unusableWait = workflow('acme-reply', '"C02"');
  it('skips what is no wait for a known trigger, words each finding with its hint', () =>
    checkRuleTable(RULE, [
      { name: 'a file that does not parse', files: pinned('{\n  "name": "Broken",\n  "definition": {\n'), expected: [] },
      { name: 'a node of another type with the same payload', files: pinned(workflow('acme-reply', '{ "keyword": "yes" }').replace('"type": "wait"', '"type": "log"')), expected: [] },
      { name: 'a wait node without triggerConfig', files: pinned(workflow('acme-reply', '{}').replace(', "triggerConfig": {}', '')), expected: [] },
      { name: 'a wait node whose payload is null', files: pinned(workflow('acme-reply', '{}').replace(/"payload": \{ "timeoutMs".*\},\n/, '"payload": null,\n')), expected: [] },
      { name: 'a wait for a logic node', files: pinned(workflow('log', '{}')), expected: [] },
      {
        name: 'a complete payload schema without waitPayloadSchema: unknown keys are reported',
        files: pinned(pingUnknown),
        expected: [{ ...at(pingUnknown, '"chanel"'), severity: 'error', message: /^unknown key `chanel` in `ask\.payload\.triggerConfig`; did you mean `channel`\? \(payload schema of the waited trigger `acme-ping`, which has no `waitPayloadSchema`\)$/, hint: /^remove it or use one of: channel, keyword$/ }],
      },
      {
        name: 'an expression type is never looked up, even when a repository trigger is named so',
        files: { ...pinned(workflow('{{root.result.body.kind}}', '{ "anything": 1 }')), 'triggers/acme-kind/trigger.json': JSON.stringify(trigger('{{root.result.body.kind}}', { payloadSchema: CLOSED })) },
        expected: [],
      },
      {
        name: 'a waited trigger whose payload schema cannot be used: unverified, at triggerType',
        files: withCatalog(unusable, catalogWith([trigger('acme-strict', { payloadSchema: LOOKAHEAD })])),
        expected: [{
          ...at(unusable, '"acme-strict"'),
          severity: 'error',
          unverified: true,
          message: /^the configuration of `acme-strict` that node `ask` waits for cannot be checked: its `payloadSchema` from \.b3os\/catalog\.json cannot be used safely \(pattern `.*` cannot run on the linear-time engine.*\)$/,
          hint: /^pin the platform schema with `b3os-readiness catalog pull`$/,
        }],
      },
      {
        name: 'a violation without a hint of its own: the configure hint',
        files: withCatalog(anyType, catalogWith([trigger('acme-any', { payloadSchema: { type: 'object', properties: { id: { anyOf: [{ type: 'integer' }, { type: 'string' }] } } } })])),
        expected: [{
          ...at(anyType, 'true }'),
          severity: 'error',
          message: /^`ask\.payload\.triggerConfig\.id` must be an integer or a string, got a boolean \(payload schema of the waited trigger `acme-any`, which has no `waitPayloadSchema`\)$/,
          hint: /^configure `triggerConfig` as a `acme-any` trigger is configured$/,
        }],
      },
      {
        name: 'a violation with a hint of its own keeps it',
        files: withCatalog(missing, catalogWith([], [WAIT_CLOSED])),
        expected: [{ ...at(missing, '{ "keyword"'), severity: 'error', message: /is missing required key `channel`/, hint: /^add `channel`$/ }],
      },
      {
        name: 'an unknown key the wait node\'s own schema reports too: said once, by payload-schema',
        files: withCatalog(workflow('acme-reply', '{ "channel": "C01", "chanel": "C02" }'), catalogWith([], [WAIT_CLOSED])),
        expected: [],
      },
      {
        name: 'the wait node\'s own schema known by name only: a triggerConfig that is no object is said here',
        files: withCatalog(nameOnlyWait, catalogWith([], [{ type: 'wait', name: 'Wait' }])),
        expected: [{ ...at(nameOnlyWait, '"C01"'), severity: 'error', message: /^`ask\.payload\.triggerConfig` must be an object.*\(`waitPayloadSchema` of the waited trigger `acme-reply`\)$/ }],
      },
      {
        name: 'the wait node\'s own schema cannot be used: a triggerConfig that is no object is said here',
        files: withCatalog(unusableWait, catalogWith([], [{ ...WAIT_CLOSED, payloadSchema: LOOKAHEAD }])),
        expected: [{ ...at(unusableWait, '"C02"'), severity: 'error', message: /^`ask\.payload\.triggerConfig` must be an object/ }],
      },
    ]));
});

describe(`${RULE}: meta`, () => {
  it('says what it checks in its one-line description', () => expect(waitTriggerConfig.meta.description).toBe("a wait node's triggerConfig matches the payload schema of the trigger it waits for"));
});

describe('definition-validates/unknown-node-type: the trigger a wait node waits for', () => {
  const UNKNOWN = 'definition-validates/unknown-node-type';
  const typo = workflow('acme-repyl', '{ "channel": "C01" }');
  const far = workflow('acme-telegram-broadcast', '{}');
  const action = workflow('log', '{}');
  const expression = workflow('{{$trigger.body.kind}}', '{ "anything": 1 }');
  const shippedTypo = workflow('token-price-cexe', '{}');
  const shippedUnseen = workflow('acme-unseen', '{}');
  it('is a known trigger: with a complete catalog, an error at triggerType with did-you-mean among triggers', () =>
    checkRuleTable(UNKNOWN, [
      { name: 'a trigger of the pinned catalog', files: pinned(workflow('acme-reply', '{ "channel": "C01" }')), expected: [] },
      { name: 'a shipped platform trigger', files: pinned(workflow('manual', '{}')), expected: [] },
      {
        name: 'misspelt: did you mean the trigger',
        files: pinned(typo),
        expected: [{ ...at(typo, '"acme-repyl"'), severity: 'error', unverified: false, message: /^wait node `ask` waits for unknown trigger `acme-repyl`; did you mean `acme-reply`\?$/, hint: /^use `acme-reply`/ }],
      },
      { name: 'far from every trigger: no suggestion', files: pinned(far), expected: [{ ...at(far, '"acme-telegram-broadcast"'), severity: 'error', unverified: false, message: /^wait node `ask` waits for unknown trigger `acme-telegram-broadcast`$/ }] },
      { name: 'an action or logic node is not a trigger', files: pinned(action), expected: [{ ...at(action, '"log"'), severity: 'error', message: /^wait node `ask` waits for `log`, which is a `logic` node, not a trigger/ }] },
      {
        name: 'an expression: a notice that it cannot be checked statically',
        files: pinned(expression),
        expected: [{ ...at(expression, '"{{$trigger'), severity: 'notice', message: /^wait node `ask` names the trigger it waits for with an expression, so .* cannot be checked statically$/ }],
      },
    ]));

  it('with only the shipped catalog: unverified, with the catalog pull hint', () =>
    checkRuleTable(UNKNOWN, [
      { name: 'a shipped trigger', files: { [WF]: workflow('token-price-cexes', '{ "asset": "ETH" }') }, expected: [] },
      {
        name: 'a near miss of a shipped trigger',
        files: { [WF]: shippedTypo },
        expected: [{ ...at(shippedTypo, '"token-price-cexe"'), severity: 'error', unverified: true, message: /^wait node `ask` waits for trigger `token-price-cexe`, which the catalog shipped with b3os-readiness does not know, so it cannot be checked; did you mean `token-price-cexes`\?$/, hint: /catalog pull/ }],
      },
      { name: 'an unseen trigger', files: { [WF]: shippedUnseen }, expected: [{ ...at(shippedUnseen, '"acme-unseen"'), severity: 'error', unverified: true, message: /^wait node `ask` waits for trigger `acme-unseen`, which .* cannot be checked$/ }] },
    ]));
});
