import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';

const PINNED = '.b3os/catalog.json';
const SEND = { type: 'object', properties: { to: { type: 'string' } } };
const entry = (type: string, payloadSchema: object = SEND, resultSchema: object = { type: 'object', properties: { id: { type: 'string' } } }) => ({ type, name: type, payloadSchema, resultSchema });

/** A pinned catalog with the sections given (`logicActions` left out unless given). */
function pinned(sections: { actions?: object[]; logicActions?: object[]; triggers?: object[] }): string {
  return `${JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: sections.actions ?? [], ...(sections.logicActions ? { logicActions: sections.logicActions } : {}), triggers: sections.triggers ?? [] }, null, 2)}\n`;
}
const required = { ...SEND, required: ['to'] };
const withNullFirst = (action: object) => pinned({ actions: [null as unknown as object, action] });
const SDK = 'packages/sdk/actions/discord-send-message';
const sdkSchema = "export const payloadSchema = { type: 'object', properties: {} };\nexport const resultSchema = { type: 'object', properties: {} };\n";

describe('public-contract: where a schema change shows', () => {
  it('at the entry of the type in the pinned catalog, or where the type was defined when it left the repository', () =>
    checkDiffTable('public-contract/breaking-change', [
      { name: 'the second entry unchanged', base: { [PINNED]: pinned({ actions: [entry('acme-quote'), entry('acme-send')] }) }, head: { [PINNED]: pinned({ actions: [entry('acme-quote'), entry('acme-send')], logicActions: [] }) }, expected: [] },
      {
        name: 'the second entry of a list',
        base: { [PINNED]: pinned({ actions: [entry('acme-quote'), entry('acme-send')] }) },
        head: { [PINNED]: pinned({ actions: [entry('acme-quote'), entry('acme-send', required)] }) },
        expected: [{ file: PINNED, line: 31, column: 17, severity: 'error', message: /^making `payloadSchema\.to` of `acme-send` required/ }],
      },
      {
        name: 'an entry after a list item that is null',
        base: { [PINNED]: withNullFirst(entry('acme-send')) },
        head: { [PINNED]: withNullFirst(entry('acme-send', required)) },
        expected: [{ file: PINNED, line: 12, column: 17, severity: 'error', message: /^making `payloadSchema\.to` of `acme-send` required/ }],
      },
      {
        name: 'a trigger of a catalog without logicActions',
        base: { [PINNED]: pinned({ triggers: [entry('acme-paid')] }) },
        head: { [PINNED]: pinned({ triggers: [entry('acme-paid', required)] }) },
        expected: [{ file: PINNED, line: 12, column: 17, severity: 'error', message: /^making `payloadSchema\.to` of `acme-paid` required/ }],
      },
      {
        name: 'a type the repository and the pinned catalog both define: the repository definition counts',
        base: { [PINNED]: pinned({ actions: [entry('acme-send')] }), 'actions/acme-send/action.json': JSON.stringify(entry('acme-send'), null, 2) },
        head: { [PINNED]: pinned({ actions: [entry('acme-send')] }), 'actions/acme-send/action.json': JSON.stringify(entry('acme-send', required), null, 2) },
        expected: [{ file: 'actions/acme-send/action.json', line: 7, column: 13, severity: 'error', message: /^making `payloadSchema\.to` of `acme-send` required/ }],
      },
      {
        name: 'the pinned catalog removed: the shipped entry differs',
        base: { [PINNED]: pinned({ triggers: [entry('token-price-cexes', { type: 'object', properties: {} })] }) },
        head: { 'README.md': 'no catalog\n' },
        expected: [{ file: PINNED, line: 1, column: 1, severity: 'error', message: /of `token-price-cexes`/ }],
      },
      {
        name: 'an SDK action removed: the shipped entry has no schemas',
        base: { [`${SDK}/schema.ts`]: sdkSchema },
        head: { 'README.md': 'no action\n' },
        expected: [
          { file: `${SDK}/schema.ts`, line: 1, column: 1, severity: 'error', message: /its `payloadSchema` can be read at the base but not at head/ },
          { file: `${SDK}/schema.ts`, line: 1, column: 1, severity: 'error', message: /its `resultSchema` can be read at the base but not at head/ },
        ],
      },
    ]));
});
