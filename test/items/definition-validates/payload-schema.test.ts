import { describe, expect, it } from 'vitest';
import { validatePayload } from '../../../src/b3os/payload.js';
import { describePayload } from '../../../src/items/definition-validates/payload-text.js';
import { payloadSchema } from '../../../src/items/definition-validates/payload-schema.js';
import { compileUntrusted } from '../../../src/schema/untrusted.js';
import { auditFiles, checkRuleTable, findingsOf, type RuleCase } from '../../support/rule-harness.js';
import { PAY_PATH as WF, PAY_WORKFLOW as VALID, pinnedCatalog } from './fixtures-payload.js';

const repo = (workflow: string, catalog = pinnedCatalog(), extra: Record<string, string> = {}) => ({ '.b3os/catalog.json': catalog, [WF]: workflow, ...extra });
const edit = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`fixture has no ${from}`);
  return VALID.replace(from, to);
};

/** An action whose schema uses a look-ahead: RE2 cannot run it, so it is never compiled. */
const LOOKAHEAD_ACTION = {
  type: 'acme-check',
  name: 'Acme check',
  payloadSchema: { type: 'object', properties: { code: { type: 'string', pattern: '^(?=.*[0-9]).+$' } } },
  resultSchema: { type: 'object', properties: {} },
};
const twoChecks = VALID.replace(
  '"children": ["notify"]\n      },',
  '"children": ["notify", "check_a", "check_b"]\n      },\n      "check_a": { "type": "acme-check", "payload": { "code": "a1" } },\n      "check_b": { "type": "acme-check", "payload": { "code": "b2" } },',
);

const PAY_PAYLOAD = VALID.slice(VALID.indexOf('"payload": {\n'), VALID.indexOf('},\n        "children": ["notify"]') + 1);
/** `relay-swap` is partial in the shipped catalog: no `additionalProperties: false`, so `note` is not reported. */
const RELAY_PAYLOAD = '"payload": { "srcChainId": "8453", "tokenIn": "native", "dstChainId": 1, "tokenOut": "native", "note": "x" }';

const CASES: RuleCase[] = [
  { name: 'valid payloads, expressions included', files: repo(VALID), expected: [] },
  {
    name: 'an amount written as a number',
    files: repo(edit('"amount": "250000000"', '"amount": 250000000')),
    expected: [{ severity: 'error', file: WF, line: 14, column: 21, message: /^`pay\.payload\.amount` must be a decimal string of digits, got an integer$/ }],
  },
  {
    name: 'a misspelt key: the required one is missing, the other unknown (at its key)',
    files: repo(edit('"amount": "250000000"', '"amout": "250000000"')),
    expected: [
      { severity: 'error', file: WF, line: 11, column: 20, message: /^`pay\.payload` is missing required key `amount`$/ },
      { severity: 'error', file: WF, line: 14, column: 11, message: /^unknown key `amout` in `pay\.payload`; did you mean `amount`\?$/ },
    ],
  },
  {
    name: 'an enum mismatch names the short value',
    files: repo(edit('"speed": "fast"', '"speed": "turbo"')),
    expected: [{ severity: 'error', file: WF, line: 16, column: 20, message: /^`pay\.payload\.speed` must be one of "slow", "fast", got "turbo"$/ }],
  },
  {
    name: 'pattern and format failures never echo the value',
    files: repo(edit('"tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"', '"tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA0291"').replace('"{{$trigger.body.vendor}}"', '"vendor.eth"')),
    expected: [
      { severity: 'error', file: WF, line: 12, column: 27, message: /^`pay\.payload\.tokenAddress` must match `\^0x\[a-fA-F0-9\]\{40\}\$`, got a string$/ },
      { severity: 'error', file: WF, line: 13, column: 31, message: /^`pay\.payload\.recipientAddress` must be an EVM address \(0x and 40 hex digits\), got a string$/ },
    ],
  },
  {
    name: 'an embedded expression keeps the type check',
    files: repo(edit('"chainId": 8453', '"chainId": "chain {{$trigger.body.chain}}"')),
    expected: [{ severity: 'error', file: WF, line: 15, column: 22, message: /^`pay\.payload\.chainId` must be a number, got a string$/ }],
  },
  {
    name: 'a schema RE2 cannot run: one unverified finding for the type, not one per node',
    files: repo(twoChecks, pinnedCatalog({ actions: [LOOKAHEAD_ACTION] })),
    expected: [{ severity: 'error', file: WF, line: 20, column: 28, message: /^schema of `acme-check` from \.b3os\/catalog\.json cannot be used safely: pattern `.*` cannot run on the linear-time engine/ }],
  },
  {
    name: 'a partial shipped schema: types still checked',
    files: repo(VALID.replace('"type": "send-erc20-token"', '"type": "relay-swap"').replace(PAY_PAYLOAD, RELAY_PAYLOAD)),
    expected: [{ severity: 'error', file: WF, line: 11, column: 36, message: /^`pay\.payload\.srcChainId` must be a number, got a string$/ }],
  },
  {
    name: 'an enum mismatch with a key-like value does not echo it',
    files: repo(edit('"speed": "fast"', '"speed": "AKIAIOSFODNN7EXAMPLE"')),
    expected: [{ severity: 'error', file: WF, line: 16, column: 20, message: /^`pay\.payload\.speed` must be one of "slow", "fast", got a string$/ }],
  },
  {
    name: 'an expression of literals is checked as the value it yields',
    files: repo(edit('"amount": "250000000"', '"amount": "{{ \'-1\' }}"')),
    expected: [{ severity: 'error', file: WF, line: 14, column: 21, message: /^`pay\.payload\.amount` must be a decimal string of digits, got a string$/ }],
  },
];

describe('definition-validates/payload-schema', () => {
  it('table', () => checkRuleTable('definition-validates/payload-schema', CASES));

  it('gives the raw-units hint for a numeric amount and marks an unusable schema unverified', async () => {
    const [amount] = findingsOf(await auditFiles(CASES[1].files), 'definition-validates/payload-schema');
    expect(amount.hint).toBe('write raw token units as a decimal string, e.g. "1500000000"');
    const [unusable] = findingsOf(await auditFiles(CASES[6].files), 'definition-validates/payload-schema');
    expect(unusable.unverified).toBe(true);
  });

  it('skips a node without payload (workflow-shape reports it)', async () => {
    const files = repo(edit('"payload": { "conversation": "C01", "text": "paid {{$nodes.pay.result.amount}}" }', '"description": "no payload"'));
    expect(findingsOf(await auditFiles(files), 'definition-validates/payload-schema')).toEqual([]);
  });
});

describe('definition-validates/payload-schema: nodes it cannot check, and a schema it cannot use', () => {
  const SECOND = 'workflows/pay-again/workflow.json';
  it('skips an unparsable file and an unknown type, says an unusable schema once per run with its hint', () =>
    checkRuleTable('definition-validates/payload-schema', [
      { name: 'a file that does not parse', files: repo('{\n  "name": "Broken",\n  "definition": {\n'), expected: [] },
      { name: 'a node of a type no catalog knows is left to unknown-node-type', files: repo(VALID.replace('"type": "slack-send-message"', '"type": "acme-unseen"')), expected: [] },
      {
        name: 'the same unusable schema in two files: said once, in the first file read',
        files: repo(twoChecks, pinnedCatalog({ actions: [LOOKAHEAD_ACTION] }), { [SECOND]: twoChecks }),
        expected: [{
          severity: 'error',
          file: SECOND,
          line: 20,
          column: 28,
          unverified: true,
          message: /^schema of `acme-check` from \.b3os\/catalog\.json cannot be used safely: /,
          hint: /^fix the payload schema at its origin \(no remote `\$ref`, `\$data` or look-around patterns; known keywords only\), or pin the platform schema with `b3os-readiness catalog pull`$/,
        }],
      },
    ]));

  it('says what it checks in its one-line description', () => expect(payloadSchema.meta.description).toBe('every node payload matches the payload schema of its action, trigger or logic node'));
});

describe('describePayload', () => {
  const compiled = compileUntrusted({ type: 'object', properties: { apiKey: { type: 'string', enum: ['a', 'b'] }, mode: { enum: ['x', 'y'] } }, additionalProperties: false }, 'test');
  if (!compiled.ok) throw new Error(compiled.reason);

  it('does not report unknown keys for a partial schema', () => {
    const violations = compiled.validate({ extra: 1 });
    expect(describePayload('n', violations, false).map((t) => t.message)).toEqual(['unknown key `extra` in `n.payload`']);
    expect(describePayload('n', violations, true)).toEqual([]);
  });

  it('never echoes values under secret-like names or long values', () => {
    const texts = describePayload('n', compiled.validate({ apiKey: 'sk_live_123', mode: 'a much longer value than twenty-four characters' }), false);
    expect(texts.map((t) => t.message)).toEqual(['`n.payload.apiKey` must be one of "a", "b", got a string', '`n.payload.mode` must be one of "x", "y", got a string']);
  });

  it('words an anyOf of required lists and of types', () => {
    const keys = compileUntrusted({ type: 'object', anyOf: [{ required: ['amount'] }, { required: ['rawAmount'] }] }, 'test');
    const types = compileUntrusted({ type: 'object', properties: { id: { anyOf: [{ type: 'integer' }, { type: 'string' }] } } }, 'test');
    if (!keys.ok || !types.ok) throw new Error('schemas compile');
    expect(describePayload('send', validatePayload(keys, {}), false).map((t) => [t.pointer, t.message])).toEqual([['/payload', '`send.payload` needs `amount`, or `rawAmount`']]);
    expect(describePayload('send', validatePayload(types, { id: true }), false).map((t) => [t.pointer, t.message])).toEqual([['/payload/id', '`send.payload.id` must be an integer or a string, got a boolean']]);
  });

  it('does not blame the type when the value has one of the branch types', () => {
    const shaped = compileUntrusted({ type: 'object', properties: { id: { anyOf: [{ type: 'string', pattern: '^x$' }, { type: 'number' }] } } }, 'test');
    if (!shaped.ok) throw new Error('schema compiles');
    const [text] = describePayload('send', validatePayload(shaped, { id: 'bad' }), false);
    expect(text.message).toBe('`send.payload.id` matches none of the shapes its schema allows (anyOf)');
  });
});
