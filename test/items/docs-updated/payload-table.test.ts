import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { PAGE_PATH as P, pageWith, pingRepo } from './fixtures.js';

const COUNT_ROW = '| `count` | integer | no | Number of pings |\n';
const TABLE = '| Field | Type | Required | Description |\n|---|---|---|---|\n| `host` | string | yes | Host to ping |\n' + COUNT_ROW;
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
});
