import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE_PATH as P, pageWith, pingRepo, TRIGGER, TRIGGER_PAGE, TRIGGER_PAGE_PATH, TRIGGER_PATH } from './fixtures.js';

const NODE = '{ "type": "acme-ping", "payload": { "host": "example.org", "count": 3 }, "children": [] }';
const MULTILINE_NODE = '{\n  "type": "acme-ping",\n  "payload": {\n    "host": "example.org",\n    "colour": "red"\n  }\n}';

describe('docs-updated/example-node', () => {
  it('validates the example node against the payload schema', () =>
    checkRuleTable('docs-updated/example-node', [
      { name: 'valid node', files: pingRepo(), expected: [] },
      { name: 'valid trigger node', files: { [TRIGGER_PATH]: TRIGGER, [TRIGGER_PAGE_PATH]: TRIGGER_PAGE }, expected: [] },
      { name: 'a whole expression stands for any value', files: pingRepo({ [P]: pageWith('"count": 3 }', '"count": "{{$props.count}}" }') }), expected: [] },
      { name: 'JSON syntax error, at its place in the block', files: pingRepo({ [P]: pageWith('"host": "example.org", "count"', '"host": "example.org" "count"') }), expected: [{ severity: 'error', file: P, line: 35, column: 59, message: /the example node is not valid JSON: expected a comma/ }] },
      { name: 'another type', files: pingRepo({ [P]: pageWith('{ "type": "acme-ping", "payload"', '{ "type": "acme-pong", "payload"') }), expected: [{ severity: 'error', file: P, line: 35, column: 11, message: /`type` is `acme-pong`, but the page documents `acme-ping`/ }] },
      { name: 'value out of range', files: pingRepo({ [P]: pageWith('"count": 3 }', '"count": 0 }') }), expected: [{ severity: 'error', file: P, line: 35, column: 69, message: /`payload\.count` must be >= 1 \(payload schema of `acme-ping`\)/ }] },
      { name: 'required field missing', files: pingRepo({ [P]: pageWith('"host": "example.org", ', '') }), expected: [{ severity: 'error', file: P, line: 35, column: 35, message: /`payload` is missing required key `host`/ }] },
      { name: 'unknown key, on its own line of the block', files: pingRepo({ [P]: pageWith(NODE, MULTILINE_NODE) }), expected: [{ severity: 'error', file: P, line: 39, column: 5, message: /unknown key `colour` in `payload`/ }] },
      { name: 'no payload', files: pingRepo({ [P]: pageWith(NODE, '{ "type": "acme-ping" }') }), expected: [{ severity: 'error', file: P, line: 35, column: 1, message: /has no `payload`/ }] },
      { name: 'not an object', files: pingRepo({ [P]: pageWith(NODE, '["type", "acme-ping"]') }), expected: [{ severity: 'error', file: P, line: 34, column: 1, message: /not a JSON object/ }] },
      { name: 'a whole definition, as the B3OS trigger pages show it', files: pingRepo({ [P]: pageWith(NODE, '{ "nodes": { "root": { "type": "manual", "payload": {}, "children": ["ping"] }, "ping": { "type": "acme-ping", "payload": { "host": "example.org" } } } }') }), expected: [] },
      { name: 'a whole definition: its node of the type is checked', files: pingRepo({ [P]: pageWith(NODE, '{ "nodes": { "ping": { "type": "acme-ping", "payload": { "count": 3 } } } }') }), expected: [{ severity: 'error', file: P, line: 35, column: 56, message: /`payload` is missing required key `host`/ }] },
      { name: 'a whole definition without a node of the type', files: pingRepo({ [P]: pageWith(NODE, '{ "nodes": { "root": { "type": "manual", "payload": {} } } }') }), expected: [{ severity: 'error', file: P, line: 35, column: 1, message: /^the example definition has no node of type `acme-ping`$/ }] },
      { name: 'no node block, at the Examples heading', files: pingRepo({ [P]: pageWith('```json\n' + NODE + '\n```\n', '```bash\ncurl https://example.org\n```\n') }), expected: [{ severity: 'error', file: P, line: 30, column: 1, message: /the Examples section has no example node for `acme-ping`/ }] },
      {
        name: 'payload schema that cannot be used: unverified at the block',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => ((d.payloadSchema as { properties: Record<string, object> }).properties.host = { type: 'strnig' })) }),
        expected: [{ severity: 'error', file: P, line: 34, column: 1, message: /cannot be validated: the payload schema of `acme-ping` cannot be used/ }],
      },
    ]));
});
