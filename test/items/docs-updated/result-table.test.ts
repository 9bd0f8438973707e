import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE_PATH as P, pageWith, pingRepo, TRIGGER, TRIGGER_PAGE, TRIGGER_PAGE_PATH as TP, TRIGGER_PATH } from './fixtures.js';

const REACHABLE_ROW = '| `reachable` | boolean | no | Whether the host answered |\n';

describe('docs-updated/result-table', () => {
  it('compares the Result Schema table with the result schema in both directions', () =>
    checkRuleTable('docs-updated/result-table', [
      { name: 'matching action table', files: pingRepo(), expected: [] },
      { name: 'matching trigger table', files: { [TRIGGER_PATH]: TRIGGER, [TP]: TRIGGER_PAGE }, expected: [] },
      { name: 'result field missing from the page', files: pingRepo({ [P]: pageWith(REACHABLE_ROW, '') }), expected: [{ severity: 'error', file: P, line: 23, column: 1, message: /the Result Schema table is missing `reachable`, a field of the result schema of `acme-ping`/ }] },
      { name: 'union type on the schema', files: pingRepo({ 'actions/acme-ping/action.json': actionJson((d) => ((d.resultSchema as { properties: Record<string, object> }).properties.latencyMs = { type: ['number', 'null'] })) }), expected: [{ severity: 'error', file: P, line: 27, column: 17, message: /documented as `number` but the result schema of `acme-ping` says `number \| null`/ }] },
      { name: 'trigger result not required on the page', files: { [TRIGGER_PATH]: TRIGGER, [TP]: pageWith('| `eventId` | string | yes |', '| `eventId` | string | no |', TRIGGER_PAGE) }, expected: [{ severity: 'error', file: TP, line: 23, column: 24, message: /`eventId` is documented as required `no` but the result schema of `acme-event` requires it/ }] },
      {
        name: 'no Type and no Required column, at the header row',
        files: { [TRIGGER_PATH]: TRIGGER, [TP]: pageWith('| Field | Type | Required | Description |\n|---|---|---|---|\n| `eventId` | string | yes | Event id |', '| Field | Description |\n|---|---|\n| `eventId` | Event id |', TRIGGER_PAGE) },
        expected: [
          { severity: 'error', file: TP, line: 21, column: 1, message: /the Result Schema table has no Type column/ },
          { severity: 'error', file: TP, line: 21, column: 1, message: /the Result Schema table has no Required column/ },
        ],
      },
      { name: '`Required?` header in a result table', files: pingRepo({ [P]: pageWith('| Field | Type | Required | Description |\n|---|---|---|---|\n| `latencyMs`', '| Field | Type | Required? | Description |\n|---|---|---|---|\n| `latencyMs`') }), expected: [] },
      {
        name: 'no result schema known: unverified',
        files: pingRepo({ 'actions/acme-ping/action.json': actionJson((d) => delete d.resultSchema) }),
        expected: [{ severity: 'error', file: P, line: 23, column: 1, message: /cannot be checked: no result schema is known for `acme-ping`/ }],
      },
    ]));
  it('holds a definition without a payload schema to the rows it shares, and words the fix', () =>
    checkRuleTable('docs-updated/result-table', [
      { name: 'no payload schema: a missing result row is left alone', files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.payloadSchema), [P]: pageWith(REACHABLE_ROW, '') }), expected: [] },
      {
        name: 'no payload schema: a shared row of another type, a warning',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.payloadSchema), [P]: pageWith('| `reachable` | boolean |', '| `reachable` | string |') }),
        expected: [{ severity: 'warning', file: P, line: 28, column: 17, message: /^`reachable` is documented as `string` but the result schema of `acme-ping` says `boolean`$/ }],
      },
      {
        name: 'unknown type',
        files: { 'docs/actions/reference/generated/acme-nothing.md': pageWith('type: acme-ping', 'type: acme-nothing') },
        expected: [{ severity: 'error', file: 'docs/actions/reference/generated/acme-nothing.md', line: 23, column: 1, unverified: true, message: /^the Result Schema table cannot be checked: `acme-nothing` is not a known type$/ }],
      },
      {
        name: 'no result schema known',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.resultSchema) }),
        expected: [{ severity: 'error', file: P, line: 23, column: 1, unverified: true, message: /^the Result Schema table cannot be checked: no result schema is known for `acme-ping`$/, hint: /^declare `resultSchema` in the definition, or pin the platform catalog with `b3os-readiness catalog pull`$/ }],
      },
    ]));
});
