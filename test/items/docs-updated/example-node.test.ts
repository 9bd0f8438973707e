import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE, PAGE_PATH as P, pageWith, pingRepo, TRIGGER, TRIGGER_PAGE, TRIGGER_PAGE_PATH, TRIGGER_PATH, WALLET_ACTION, WALLET_PAGE, WALLET_PAGE_PATH, WALLET_PATH } from './fixtures.js';

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
  it('finds the node in a block or a definition, and words the fix', () =>
    checkRuleTable('docs-updated/example-node', [
      { name: 'valid node', files: pingRepo({ [P]: pageWith(NODE, NODE.replace('"count": 3', '"count": 10')) }), expected: [] },
      {
        name: 'no node block',
        files: pingRepo({ [P]: pageWith('```json\n' + NODE + '\n```\n', '') }),
        expected: [{ severity: 'error', file: P, line: 30, column: 1, message: /^the Examples section has no example node for `acme-ping`$/, hint: /^add a ```json block with `\{ "type": "acme-ping", "payload": \{ … \} \}`$/ }],
      },
      { name: 'no Examples section: left to page-sections', files: pingRepo({ [P]: pageWith('## Examples', '## Samples') }), expected: [] },
      { name: 'JSON syntax error', files: pingRepo({ [P]: pageWith('"host": "example.org", "count"', '"host": "example.org" "count"') }), expected: [{ severity: 'error', file: P, line: 35, column: 59, hint: /^fix the JSON of the example$/ }] },
      { name: 'a JSON string that names a type', files: pingRepo({ [P]: pageWith(NODE, '"type"') }), expected: [{ severity: 'error', file: P, line: 34, column: 1, message: /^the example node is not a JSON object$/, hint: /^write the node as `\{ "type": "acme-ping", "payload": \{ … \} \}`$/ }] },
      { name: 'type that is no string', files: pingRepo({ [P]: pageWith('{ "type": "acme-ping", "payload"', '{ "type": 7, "payload"') }), expected: [{ severity: 'error', file: P, line: 35, column: 11, message: /^the example node's `type` is not a string, but the page documents `acme-ping`$/, hint: /^set `"type": "acme-ping"`$/ }] },
      { name: 'another type', files: pingRepo({ [P]: pageWith('{ "type": "acme-ping", "payload"', '{ "type": "acme-pong", "payload"') }), expected: [{ severity: 'error', file: P, line: 35, column: 11, message: /^the example node's `type` is `acme-pong`, but the page documents `acme-ping`$/ }] },
      { name: 'no payload', files: pingRepo({ [P]: pageWith(NODE, '{ "type": "acme-ping" }') }), expected: [{ severity: 'error', file: P, line: 35, column: 1, message: /^the example node has no `payload`$/, hint: /^add the payload the node is configured with$/ }] },
      { name: 'another type and no payload', files: pingRepo({ [P]: pageWith(NODE, '{ "type": "acme-pong" }') }), expected: [{ severity: 'error', file: P, line: 35, column: 1, message: /has no `payload`/ }, { severity: 'error', file: P, line: 35, column: 11, message: /is `acme-pong`/ }] },
      { name: 'a definition without a node of the type', files: pingRepo({ [P]: pageWith(NODE, '{ "nodes": { "root": { "type": "manual", "payload": {} } } }') }), expected: [{ severity: 'error', file: P, line: 35, column: 1, hint: /^add a node `\{ "type": "acme-ping", "payload": \{ … \} \}` to its `nodes`$/ }] },
      { name: 'a definition under `definition`: its node of the type is checked', files: pingRepo({ [P]: pageWith(NODE, '{ "definition": { "nodes": { "ping": { "type": "acme-ping", "payload": { "count": 0, "host": "a" } } } } }') }), expected: [{ severity: 'error', file: P, line: 35, column: 83, message: /^`payload\.count` must be >= 1 \(payload schema of `acme-ping`\)$/ }] },
      { name: 'a node key with a slash', files: pingRepo({ [P]: pageWith(NODE, '{ "nodes": { "ping/1": { "type": "acme-ping", "payload": { "count": 0, "host": "a" } } } }') }), expected: [{ severity: 'error', file: P, line: 35, column: 69 }] },
      { name: 'a node with its own nodes is the node', files: pingRepo({ [P]: pageWith(NODE, '{ "type": "acme-ping", "nodes": { "x": { "type": "acme-ping", "payload": { "host": "a" } } }, "payload": { "count": 0, "host": "a" } }') }), expected: [{ severity: 'error', file: P, line: 35, column: 117 }] },
      { name: 'an unknown key, at the key', files: pingRepo({ [P]: pageWith('"count": 3 }', '"count": 3, "colour": 1 }') }), expected: [{ severity: 'error', file: P, line: 35, column: 72, message: /^unknown key `colour` in `payload`/, hint: /^remove it or use one of: host, count$/ }] },
      {
        name: 'no payload schema: unverified at the block',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.payloadSchema) }),
        expected: [{ severity: 'error', file: P, line: 34, column: 1, unverified: true, message: /^the example payload cannot be validated: no payload schema is known for `acme-ping`$/, hint: /^declare the payload schema, or pin the platform catalog with `b3os-readiness catalog pull`$/ }],
      },
      {
        name: 'a page of an unknown type: unverified at the block',
        files: { 'docs/actions/reference/generated/acme-nothing.md': pageWith('type: acme-ping', 'type: acme-nothing', pageWith(NODE, NODE.replace('acme-ping', 'acme-nothing'))) },
        expected: [{ severity: 'error', file: 'docs/actions/reference/generated/acme-nothing.md', line: 34, column: 1, unverified: true, message: /no payload schema is known for `acme-nothing`/ }],
      },
      {
        name: 'payload schema that cannot be used',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => ((d.payloadSchema as { properties: Record<string, object> }).properties.host = { type: 'strnig' })) }),
        expected: [{ severity: 'error', file: P, line: 34, column: 1, unverified: true, message: /^the example payload cannot be validated: the payload schema of `acme-ping` cannot be used \(/, hint: /^fix the payload schema in actions\/acme-ping\/action\.json$/ }],
      },
    ]));
  it('tells node blocks from output blocks', () => {
    const OUTPUT_SECTION = '### Example output\n\n```json\n{ "latencyMs": 12.5, "reachable": true }\n```\n';
    const block = (heading: string, json: string) => `### ${heading}\n\n\`\`\`json\n${json}\n\`\`\`\n`;
    return checkRuleTable('docs-updated/example-node', [
      { name: 'a second node block with a payload is a node', files: pingRepo({ [P]: pageWith(OUTPUT_SECTION, block('Another node', '{ "type": "acme-ping", "payload": { "count": 0, "host": "a" } }')) }), expected: [{ severity: 'error', file: P, line: 41, column: 46, message: /`payload\.count` must be >= 1/ }] },
      { name: 'a block without a type is no node', files: pingRepo({ [P]: pageWith('### Example node\n', `### Example node\n\n\`\`\`json\n{ "host": "example.org" }\n\`\`\`\n`) }), expected: [] },
      { name: 'every block under an output heading is output', files: pingRepo({ [P]: `${PAGE}\n${block('Example output on failure', '{ "type": "error" }')}` }), expected: [] },
      { name: 'a shell block that names a type is no node', files: pingRepo({ [P]: pageWith('### Example node\n', '### Example node\n\n```bash\ncurl -d \'{"type": "acme-ping"}\' https://example.org\n```\n') }), expected: [] },
      { name: 'a JSON block above every heading', files: pingRepo({ [P]: pageWith('# Acme Ping\n', '```json\n{ "type": "acme-ping" }\n```\n\n# Acme Ping\n') }), expected: [] },
      {
        name: 'a value is described, never shown',
        files: { [WALLET_PATH]: WALLET_ACTION, [WALLET_PAGE_PATH]: pageWith('"amount": "1000"', '"amount": "ten"', WALLET_PAGE) },
        expected: [{ severity: 'error', file: WALLET_PAGE_PATH, line: 30, column: 48, message: /^`payload\.amount` must match `\^\[0-9\]\+\$`, got a string \(payload schema of `acme-sweep`\)$/ }],
      },
      { name: 'a second block without a payload is the output', files: pingRepo({ [P]: pageWith(OUTPUT_SECTION, block('Result', '{ "type": "pong", "latencyMs": 1 }')) }), expected: [] },
    ]);
  });
});
