import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ACTION_PATH, actionJson, PAGE_PATH as P, pageWith, pingRepo } from './fixtures.js';

const COUNT_ROW = '| `count` | integer | no | Number of pings |\n';
const TABLE = '| Field | Type | Required | Description |\n|---|---|---|---|\n| `host` | string | yes | Host to ping |\n' + COUNT_ROW;
const HEADER = '| Field | Type | Required | Description |';
/** The payload table of the page under other headers, with the rows as they are. */
const headed = (header: string) => pingRepo({ [P]: pageWith(`${HEADER}\n|---|---|---|---|\n| \`host\``, `${header}\n|---|---|---|---|\n| \`host\``) });
const SHIPPED_PAGE = 'docs/actions/reference/generated/get-balance.md';
// `get-balance` comes from the shipped catalog: compared leniently (shared rows only, as warnings).
const shippedPage = (chainIdType: string) =>
  `---\ntype: get-balance\n---\n\n# Get balance\n\n## Payload Schema\n\n| Field | Type | Required |\n|---|---|---|\n| \`tokenAddress\` | string | yes |\n| \`chainId\` | ${chainIdType} | yes |\n| \`extra\` | string | no |\n`;

describe('docs-updated/payload-table', () => {
  it('compares the Payload Schema table with the payload schema in both directions', () =>
    checkRuleTable('docs-updated/payload-table', [
      { name: 'matching table', files: pingRepo(), expected: [] },
      { name: 'number for integer, nested detail rows', files: pingRepo({ [P]: pageWith(COUNT_ROW, '| `count` | number | no | Number of pings |\n| `count.max` | - | - | detail |\n') }), expected: [] },
      { name: 'field missing from the page, at the heading', files: pingRepo({ [P]: pageWith(COUNT_ROW, '') }), expected: [{ severity: 'error', file: P, line: 16, column: 1, message: /the Payload Schema table is missing `count`/ }] },
      { name: 'field the schema lacks, at the row', files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}| \`timeout\` | number | no | Seconds |\n`) }), expected: [{ severity: 'error', file: P, line: 22, column: 1, message: /lists `timeout`, which the payload schema of `acme-ping` does not have/ }] },
      { name: 'wrong type, at the type cell', files: pingRepo({ [P]: pageWith('| `count` | integer |', '| `count` | string |') }), expected: [{ severity: 'error', file: P, line: 21, column: 13, message: /`count` is documented as `string` but the payload schema of `acme-ping` says `integer`/ }] },
      { name: 'a pipe inside a code span splits the cell: the stray backtick is quoted so code spans pair', files: pingRepo({ [P]: pageWith('| `count` | integer |', '| `count` | `integer | string` |') }), expected: [{ severity: 'error', file: P, line: 21, column: 24, message: /^the Required cell of `count` is `` string` ``; write `yes` or `no`$/ }] },
      { name: 'wrong required flag, at the required cell', files: pingRepo({ [P]: pageWith('| `host` | string | yes |', '| `host` | string | no |') }), expected: [{ severity: 'error', file: P, line: 20, column: 21, message: /`host` is documented as required `no` but the payload schema of `acme-ping` requires it/ }] },
      { name: 'unreadable required cell', files: pingRepo({ [P]: pageWith('| `host` | string | yes |', '| `host` | string | maybe |') }), expected: [{ severity: 'error', file: P, line: 20, column: 21, message: /write `yes` or `no`/ }] },
      { name: 'duplicate row', files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}| \`host\` | string | yes | again |\n`) }), expected: [{ severity: 'error', file: P, line: 22, column: 1, message: /lists `host` twice/ }] },
      { name: 'no table', files: pingRepo({ [P]: pageWith(TABLE, 'See the schema.\n') }), expected: [{ severity: 'error', file: P, line: 16, column: 1, message: /has no table; the payload schema of `acme-ping` has `host`, `count`/ }] },
      { name: 'no Field column', files: pingRepo({ [P]: pageWith('| Field | Type | Required | Description |\n|---|---|---|---|\n| `host`', '| Argument | Type | Required | Description |\n|---|---|---|---|\n| `host`') }), expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /no Field column/ }] },
      { name: '`Required?` header is the Required column', files: pingRepo({ [P]: pageWith('| Field | Type | Required | Description |\n|---|---|---|---|\n| `host` | string | yes', '| Field | Type | Required? | Description |\n|---|---|---|---|\n| `host` | string | no') }), expected: [{ severity: 'error', file: P, line: 20, column: 21, message: /`host` is documented as required `no`/ }] },
      { name: '`Req.` header is the Required column', files: pingRepo({ [P]: pageWith('| Field | Type | Required | Description |', '| Field | Type | **Req.** | Description |') }), expected: [] },
      { name: 'no Type column, at the header row', files: pingRepo({ [P]: pageWith(TABLE, '| Field | Required | Description |\n|---|---|---|\n| `host` | yes | Host to ping |\n| `count` | no | Number of pings |\n') }), expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /the Payload Schema table has no Type column/ }] },
      { name: 'no Required column, at the header row', files: pingRepo({ [P]: pageWith(TABLE, '| Field | Type | Description |\n|---|---|---|\n| `host` | string | Host to ping |\n| `count` | integer | Number of pings |\n') }), expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /the Payload Schema table has no Required column/ }] },
      { name: 'shipped schema: no Required column', files: { [SHIPPED_PAGE]: shippedPage('number').replace('| Field | Type | Required |\n|---|---|---|', '| Field | Type | Notes |\n|---|---|---|') }, expected: [{ severity: 'warning', file: SHIPPED_PAGE, line: 9, column: 1, message: /has no Required column/ }] },
      { name: 'shipped schema: extra rows are fine', files: { [SHIPPED_PAGE]: shippedPage('number') }, expected: [] },
      { name: 'shipped schema: wrong type of a shared row', files: { [SHIPPED_PAGE]: shippedPage('string') }, expected: [{ severity: 'warning', file: SHIPPED_PAGE, line: 12, column: 15, message: /`chainId` is documented as `string` but the payload schema of `get-balance` says `number`/ }] },
      {
        name: 'unknown type: unverified at the heading',
        files: { 'docs/actions/reference/generated/acme-nothing.md': pageWith('type: acme-ping', 'type: acme-nothing') },
        expected: [{ severity: 'error', file: 'docs/actions/reference/generated/acme-nothing.md', line: 16, column: 1, message: /cannot be checked: `acme-nothing` is not a known type/ }],
      },
    ]));
  it('words each difference and its fix', () =>
    checkRuleTable('docs-updated/payload-table', [
      { name: 'matching table', files: pingRepo(), expected: [] },
      {
        name: 'field missing from the page',
        files: pingRepo({ [P]: pageWith(COUNT_ROW, '') }),
        expected: [{ severity: 'error', file: P, line: 16, column: 1, message: /^the Payload Schema table is missing `count`, a field of the payload schema of `acme-ping`$/, hint: /^add the row \| `count` \| integer \| no \| description \|$/ }],
      },
      {
        name: 'required field missing from the page',
        files: pingRepo({ [P]: pageWith('| `host` | string | yes | Host to ping |\n', '') }),
        expected: [{ severity: 'error', file: P, line: 16, column: 1, hint: /^add the row \| `host` \| string \| yes \| description \|$/ }],
      },
      {
        name: 'untyped field missing from the page',
        files: { [ACTION_PATH]: actionJson((d) => ((d.payloadSchema as { properties: Record<string, object> }).properties.count = { description: 'Number of pings' })), [P]: pageWith(COUNT_ROW, '') },
        expected: [{ severity: 'error', file: P, line: 16, column: 1, hint: /^add the row \| `count` \| type \| no \| description \|$/ }],
      },
      { name: 'untyped field: any type is documented', files: { [ACTION_PATH]: actionJson((d) => ((d.payloadSchema as { properties: Record<string, object> }).properties.count = { description: 'Number of pings' })), [P]: pageWith('| `count` | integer |', '| `count` | anything |') }, expected: [] },
      {
        name: 'field the schema lacks',
        files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}| \`timeout\` | number | no | Seconds |\n`) }),
        expected: [{ severity: 'error', file: P, line: 22, column: 1, message: /^the Payload Schema table lists `timeout`, which the payload schema of `acme-ping` does not have$/, hint: /^remove the row, or add `timeout` to the payload schema$/ }],
      },
      { name: 'wrong type', files: pingRepo({ [P]: pageWith('| `count` | integer |', '| `count` | string |') }), expected: [{ severity: 'error', file: P, line: 21, column: 13, message: /^`count` is documented as `string` but the payload schema of `acme-ping` says `integer`$/, hint: /^write `integer` in the Type column$/ }] },
      { name: 'empty type cell', files: pingRepo({ [P]: pageWith('| `count` | integer |', '| `count` |  |') }), expected: [{ severity: 'error', file: P, line: 21, column: 11, message: /^`count` is documented as `\(empty\)` but the payload schema/ }] },
      { name: 'optional field documented as required', files: pingRepo({ [P]: pageWith('| `count` | integer | no |', '| `count` | integer | yes |') }), expected: [{ severity: 'error', file: P, line: 21, column: 23, message: /^`count` is documented as required `yes` but the payload schema of `acme-ping` does not require it$/, hint: /^write `no` in the Required column$/ }] },
      { name: 'required field documented as optional', files: pingRepo({ [P]: pageWith('| `host` | string | yes |', '| `host` | string | no |') }), expected: [{ severity: 'error', file: P, line: 20, column: 21, message: /requires it$/, hint: /^write `yes` in the Required column$/ }] },
      { name: 'empty required cell', files: pingRepo({ [P]: pageWith('| `host` | string | yes |', '| `host` | string |  |') }), expected: [{ severity: 'error', file: P, line: 20, column: 19, message: /^the Required cell of `host` is `\(empty\)`; write `yes` or `no`$/, hint: /^write `yes` in the Required column$/ }] },
      { name: 'a field required in one branch only: either flag', files: { [ACTION_PATH]: actionJson((d) => ((d.payloadSchema as { oneOf: unknown }).oneOf = [{ required: ['count'] }, { required: ['host'] }])), [P]: pageWith('| `count` | integer | no |', '| `count` | integer | yes |') }, expected: [] },
      { name: 'duplicate row', files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}${COUNT_ROW}`) }), expected: [{ severity: 'error', file: P, line: 22, column: 1, message: /^the Payload Schema table lists `count` twice$/, hint: /^keep one row per field$/ }] },
      { name: 'a row with an empty field cell is no field', files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}|  | string | no | note |\n`) }), expected: [] },
      { name: 'detail rows of a documented field', files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}| \`count[]\` | - | - | each |\n| \`count.unit\` | - | - | unit |\n`) }), expected: [] },
      { name: 'detail row of an undocumented field', files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}| \`retry.max\` | number | no | tries |\n`) }), expected: [{ severity: 'error', file: P, line: 22, column: 1, message: /lists `retry\.max`, which/ }] },
      {
        name: 'no table',
        files: pingRepo({ [P]: pageWith(TABLE, 'See the schema.\n') }),
        expected: [{ severity: 'error', file: P, line: 16, column: 1, message: /^the Payload Schema section has no table; the payload schema of `acme-ping` has `host`, `count`$/, hint: /^add a table with the columns Field, Type, Required and Description$/ }],
      },
      { name: 'no table for a schema without fields', files: { [ACTION_PATH]: actionJson((d) => (d.payloadSchema = { type: 'object', properties: {}, additionalProperties: false })), [P]: pageWith(TABLE, 'No settings.\n') }, expected: [] },
      { name: 'no Field column', files: headed('| Argument | Type | Required | Description |'), expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /^the Payload Schema table has no Field column$/, hint: /^use the columns Field, Type, Required and Description$/ }] },
      {
        name: 'no Type column',
        files: pingRepo({ [P]: pageWith(TABLE, '| Field | Required |\n|---|---|\n| `host` | yes |\n| `count` | no |\n') }),
        expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /^the Payload Schema table has no Type column, so the payload schema's types of `acme-ping` are not documented$/, hint: /^add a Type column \(JSON Schema type names\); the columns are Field, Type, Required and Description$/ }],
      },
      {
        name: 'no Required column',
        files: pingRepo({ [P]: pageWith(TABLE, '| Field | Type |\n|---|---|\n| `host` | string |\n| `count` | integer |\n') }),
        expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /^the Payload Schema table has no Required column, so the payload schema's required flags of `acme-ping` are not documented$/, hint: /^add a Required column \(`yes` or `no`\); the columns are Field, Type, Required and Description$/ }],
      },
      { name: 'no Payload Schema section: left to page-sections', files: pingRepo({ [P]: pageWith('## Payload Schema', '## Inputs') }), expected: [] },
      {
        name: 'payload schema that is no object schema',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => ((d.payloadSchema as { properties: unknown }).properties = ['host', 'count'])) }),
        expected: [{ severity: 'error', file: P, line: 16, column: 1, unverified: true, message: /^the Payload Schema table cannot be checked: its payload schema is not an object schema$/, hint: /^declare `payloadSchema` in the definition, or pin the platform catalog with `b3os-readiness catalog pull`$/ }],
      },
      {
        name: 'no payload schema',
        files: pingRepo({ [ACTION_PATH]: actionJson((d) => delete d.payloadSchema) }),
        expected: [{ severity: 'error', file: P, line: 16, column: 1, unverified: true, message: /^the Payload Schema table cannot be checked: no payload schema is known for `acme-ping`$/ }],
      },
      {
        name: 'unknown type',
        files: { 'docs/actions/reference/generated/acme-nothing.md': pageWith('type: acme-ping', 'type: acme-nothing') },
        expected: [{ severity: 'error', file: 'docs/actions/reference/generated/acme-nothing.md', line: 16, column: 1, unverified: true, message: /^the Payload Schema table cannot be checked: `acme-nothing` is not a known type$/, hint: /^check the page path and its frontmatter `type`$/ }],
      },
      { name: 'shipped schema: a shared row not required on the page, a warning', files: { [SHIPPED_PAGE]: shippedPage('number').replace('| `chainId` | number | yes |', '| `chainId` | number | no |') }, expected: [{ severity: 'warning', file: SHIPPED_PAGE, line: 12, column: 24, message: /`chainId` is documented as required `no`/ }] },
      { name: 'shipped schema: no table', files: { [SHIPPED_PAGE]: '---\ntype: get-balance\n---\n\n# Get balance\n\n## Payload Schema\n\nSee the reference.\n' }, expected: [] },
      { name: 'shipped schema: no Type column, a warning', files: { [SHIPPED_PAGE]: shippedPage('number').replace('| Field | Type | Required |', '| Field | Kind | Required |') }, expected: [{ severity: 'warning', file: SHIPPED_PAGE, line: 9, column: 1, message: /has no Type column/ }] },
    ]));

  it('reads the columns under the names the docs use', () =>
    checkRuleTable('docs-updated/payload-table', [
      { name: 'Field, Type, Required', files: pingRepo(), expected: [] },
      { name: 'Name, Data type, Mandatory', files: headed('| Name | Data Type | Mandatory | Description |'), expected: [] },
      { name: 'Property, Types, Req', files: headed('| Property | Types | Req | Description |'), expected: [] },
      { name: 'Parameter, Schema type, Required:', files: headed('| Parameter | Schema type | Required: | Description |'), expected: [] },
      { name: 'Key, `Type`, _Required_ ?', files: headed('| Key | `Type` | _Required_ ? | Description |'), expected: [] },
      { name: 'field names linked, starred or marked optional', files: pingRepo({ [P]: pageWith('| `host` |', '| [`host`](#host) |', pageWith('| `count` |', '| `count`* ? |')) }), expected: [] },
      { name: 'the Type column first', files: pingRepo({ [P]: pageWith(TABLE, '| Type | Field | Required |\n|---|---|---|\n| string | `host` | yes |\n| integer | `count` | no |\n') }), expected: [] },
      { name: 'a row too short to reach the Field column', files: pingRepo({ [P]: pageWith(TABLE, '| Type | Field | Required |\n|---|---|---|\n| string | `host` | yes |\n| integer | `count` | no |\n| note |\n') }), expected: [] },
      { name: 'a detail row must start with its field', files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}| \`.count.x\` | - | - | detail |\n`) }), expected: [{ severity: 'error', file: P, line: 22, column: 1, message: /lists `\.count\.x`, which/ }] },
      { name: 'emphasis with spaces inside a header', files: headed('| Field | * Type * | Required | Description |'), expected: [] },
      { name: 'a stop inside a header is kept', files: headed('| Field | Data. Type | Required | Description |'), expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /has no Type column/ }] },
      {
        name: 'a field cell that is more than a link, or marked inside',
        files: pingRepo({ [P]: pageWith(COUNT_ROW, `${COUNT_ROW}| see [\`timeout\`](#t) | number | no | x |\n| [\`retries\`](#r) note | number | no | x |\n| \`ti?meout\` | number | no | x |\n`) }),
        expected: [
          { severity: 'error', file: P, line: 22, column: 1, message: /^the Payload Schema table lists `see \[timeout\]\(#t\)`, which/ },
          { severity: 'error', file: P, line: 23, column: 1, message: /^the Payload Schema table lists `\[retries\]\(#r\) note`, which/ },
          { severity: 'error', file: P, line: 24, column: 1, message: /^the Payload Schema table lists `ti\?meout`, which/ },
        ],
      },
      { name: 'an unknown header is no column', files: headed('| Field | Format | Required | Description |'), expected: [{ severity: 'error', file: P, line: 18, column: 1, message: /has no Type column/ }] },
    ]));
});
