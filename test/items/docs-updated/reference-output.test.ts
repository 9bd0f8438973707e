import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import {
  ACTION_DEFINITION,
  ACTION_PATH,
  actionJson,
  PAGE,
  PAGE_PATH as P,
  pageWith,
  pingRepo,
  SDK_EXECUTE_PATH,
  SDK_SCHEMA,
  SDK_SCHEMA_PATH,
  sdkExecute,
  TRIGGER,
  TRIGGER_PAGE,
  TRIGGER_PAGE_PATH as TP,
  TRIGGER_PATH,
} from './fixtures.js';

const OUT = '{ "latencyMs": 12.5, "reachable": true }';
const OUTPUT_SECTION = `### Example output\n\n\`\`\`json\n${OUT}\n\`\`\`\n`;

describe('docs-updated/reference-output', () => {
  it('validates exampleOutput and the page output against the result schema, and compares them', () =>
    checkRuleTable('docs-updated/reference-output', [
      { name: 'valid and equal', files: pingRepo(), expected: [] },
      { name: 'page output only', files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.exampleOutput) }), expected: [] },
      { name: 'trigger: second JSON block of Examples is the output', files: { [TRIGGER_PATH]: TRIGGER, [TP]: TRIGGER_PAGE }, expected: [] },
      { name: 'SDK exampleOutput, no page yet', files: { [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: sdkExecute("{ gwei: '12' }") }, expected: [] },
      {
        name: 'exampleOutput violates the result schema (and so differs from the page)',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => (d.exampleOutput = { latencyMs: 'fast', reachable: true })) }),
        expected: [
          { severity: 'error', file: ACTION_PATH, line: 43, column: 18, message: /`exampleOutput\.latencyMs` must be a number, got a string \(result schema of `acme-ping`\)/ },
          { severity: 'error', file: P, line: 40, column: 1, message: /the page shows a different example output than the `exampleOutput` of `acme-ping` in actions\/acme-ping\/action\.json/ },
        ],
      },
      {
        name: 'page output violates the result schema',
        files: pingRepo({ [P]: pageWith(OUT, '{ "latencyMs": "slow", "reachable": true }') }),
        expected: [
          { severity: 'error', file: P, line: 40, column: 1, message: /different example output/ },
          { severity: 'error', file: P, line: 41, column: 16, message: /`latencyMs` must be a number, got a string/ },
        ],
      },
      { name: 'page output differs', files: pingRepo({ [P]: pageWith(OUT, '{ "latencyMs": 10 }') }), expected: [{ severity: 'error', file: P, line: 40, column: 1, message: /different example output/ }] },
      { name: 'page output is not JSON', files: pingRepo({ [P]: pageWith(OUT, '{ "latencyMs": 12.5, }') }), expected: [{ severity: 'error', file: P, line: 41, column: 20, message: /the example output is not valid JSON: trailing comma/ }] },
      {
        name: 'no reference output at all',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.exampleOutput), [P]: pageWith(OUTPUT_SECTION, '') }),
        expected: [{ severity: 'error', file: P, line: 30, column: 1, message: /`acme-ping` has no reference output/ }],
      },
      { name: 'SDK exampleOutput violates, located in execute.ts', files: { [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: sdkExecute('{ gwei: 12 }') }, expected: [{ severity: 'error', file: SDK_EXECUTE_PATH, line: 12, column: 9, message: /`exampleOutput\.gwei` must be a string, got an integer/ }] },
      { name: 'trigger output violates', files: { [TRIGGER_PATH]: TRIGGER, [TP]: pageWith('{ "eventId": "evt_1" }', '{ "eventId": 1 }', TRIGGER_PAGE) }, expected: [{ severity: 'error', file: TP, line: 32, column: 14, message: /`eventId` must be a string, got an integer \(result schema of `acme-event`\)/ }] },
      { name: 'no result schema: unverified', files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.resultSchema) }), expected: [{ severity: 'error', file: P, line: 40, column: 1, message: /cannot be validated: no result schema is known for `acme-ping`/ }] },
    ]));
  it('places and words each finding, and its fix', () =>
    checkRuleTable('docs-updated/reference-output', [
      { name: 'valid and equal, keys in another order', files: pingRepo({ [P]: pageWith(OUT, '{ "reachable": true, "latencyMs": 12.5 }') }), expected: [] },
      { name: 'no page and no exampleOutput', files: { [ACTION_PATH]: actionJson((d) => delete d.exampleOutput) }, expected: [] },
      {
        name: 'page output that is no object',
        files: pingRepo({ [P]: pageWith(OUT, '"fast"') }),
        expected: [
          { severity: 'error', file: P, line: 40, column: 1, message: /^the page shows a different example output than the `exampleOutput` of `acme-ping` in actions\/acme-ping\/action\.json$/, hint: /^copy the definition's `exampleOutput` into the page's output block, or update the definition$/ },
          { severity: 'error', file: P, line: 41, column: 1, message: /^the example output must be an object, got a string \(result schema of `acme-ping`\)$/ },
        ],
      },
      { name: 'page output with an unknown key, at the key', files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.exampleOutput), [P]: pageWith(OUT, '{ "latencyMs": 12.5, "reachable": true, "extra": 1 }') }), expected: [{ severity: 'error', file: P, line: 41, column: 41, message: /^unknown key `extra` in / }] },
      { name: 'exampleOutput with an unknown key, at the key', files: pingRepo({ [ACTION_PATH]: actionJson((d) => (d.exampleOutput = { latencyMs: 12.5, reachable: true, extra: 1 })) }), expected: [{ severity: 'error', file: ACTION_PATH, line: 45, column: 5, message: /^unknown key `extra` in `exampleOutput` \(result schema of `acme-ping`\)$/ }, { severity: 'error', file: P, line: 40, column: 1, message: /different example output/ }] },
      { name: 'page output is not JSON', files: pingRepo({ [P]: pageWith(OUT, '{ "latencyMs": 12.5, }') }), expected: [{ severity: 'error', file: P, line: 41, column: 20, hint: /^fix the JSON of the example output$/ }] },
      {
        name: 'no reference output and no Examples section, at the H1',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.exampleOutput), [P]: PAGE.slice(0, PAGE.indexOf('## Examples')) }),
        expected: [{ severity: 'error', file: P, line: 6, column: 1, message: /^`acme-ping` has no reference output: neither an `exampleOutput` in its definition nor an output block on its page$/, hint: /^add an "Example output" heading with a ```json block of a real result, and the same value as `exampleOutput`$/ }],
      },
      { name: 'a shipped type\'s page without output', files: { 'docs/actions/reference/generated/get-balance.md': '---\ntype: get-balance\n---\n\n# Get balance\n\n## Examples\n\nNone.\n' }, expected: [] },
      {
        name: 'no result schema and no page: unverified at exampleOutput',
        files: { [ACTION_PATH]: actionJson((d) => delete d.resultSchema) },
        expected: [{ severity: 'error', file: ACTION_PATH, line: 25, column: 20, unverified: true, message: /^the example output cannot be validated: no result schema is known for `acme-ping`$/, hint: /^declare `resultSchema` in the definition, or pin the platform catalog with `b3os-readiness catalog pull`$/ }],
      },
      {
        name: 'result schema that cannot be used: unverified at the block',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => ((d.resultSchema as { properties: Record<string, object> }).properties.latencyMs = { type: 'nmber' })) }),
        expected: [{ severity: 'error', file: P, line: 40, column: 1, unverified: true, message: /^the example output cannot be validated: the result schema of `acme-ping` cannot be used \(schema is invalid: /, hint: /^fix the result schema in actions\/acme-ping\/action\.json$/ }],
      },
      { name: 'a documented action does not hide one without a page', files: { ...pingRepo(), [SDK_SCHEMA_PATH]: SDK_SCHEMA, [SDK_EXECUTE_PATH]: sdkExecute('{ gwei: 12 }') }, expected: [{ severity: 'error', file: SDK_EXECUTE_PATH, line: 12, column: 9, message: /^`exampleOutput\.gwei` must be a string/ }] },
      { name: 'exampleOutput and a page without an output block', files: pingRepo({ [P]: pageWith(OUTPUT_SECTION, '') }), expected: [] },
      { name: 'a page of an unknown type without output', files: { 'docs/actions/reference/generated/acme-nothing.md': pageWith('type: acme-ping', 'type: acme-nothing', pageWith(OUTPUT_SECTION, '')) }, expected: [] },
      {
        name: 'a page of an unknown type with output: unverified',
        files: { 'docs/actions/reference/generated/acme-nothing.md': pageWith('type: acme-ping', 'type: acme-nothing') },
        expected: [{ severity: 'error', file: 'docs/actions/reference/generated/acme-nothing.md', line: 40, column: 1, unverified: true, message: /^the example output cannot be validated: no result schema is known for `acme-nothing`$/ }],
      },
      {
        name: 'the exampleOutput of a pinned catalog entry is not compared',
        files: { '.b3os/catalog.json': JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: [{ type: 'acme-ping', payloadSchema: ACTION_DEFINITION.payloadSchema, resultSchema: ACTION_DEFINITION.resultSchema, exampleOutput: { latencyMs: 1 } }], triggers: [] }, null, 2), [P]: PAGE },
        expected: [],
      },
      { name: 'a page too long to read and no exampleOutput: left to page-sections', files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.exampleOutput), [P]: PAGE + 'x\n'.repeat(5000) }), expected: [] },
      { name: 'a page too long to read: exampleOutput alone is checked', files: pingRepo({ [ACTION_PATH]: actionJson((d) => (d.exampleOutput = { latencyMs: 'fast' })), [P]: PAGE + 'x\n'.repeat(5000) }), expected: [{ severity: 'error', file: ACTION_PATH, line: 43, column: 18, message: /^`exampleOutput\.latencyMs` must be a number/ }] },
    ]));
});
