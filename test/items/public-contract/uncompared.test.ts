import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { action, catalog } from './fixtures.js';

const SDK = 'packages/sdk/actions/acme-feed';
const DISCORD = 'actions/discord-send-message/action.json';
const discord = action({ type: 'discord-send-message' });
const withoutResult = discord.replace(/,\n  "resultSchema": .*\n/, '\n');
const PINNED = '.b3os/catalog.json';
const TRIGGER = 'triggers/acme-paid/trigger.json';
/** An `action.json` in the folder of `acme-send` that defines `acme-other`, with a payload schema that is no object. */
const otherType = `${JSON.stringify({ type: 'acme-other', name: 'Other', payloadSchema: 5, resultSchema: { type: 'object', properties: {} } }, null, 2)}\n`;
const EXECUTE = 'export async function execute() {}\n';
const nonLiteralPayload = "export const payloadSchema = make({ type: 'object', properties: {} });\nexport const resultSchema = { type: 'object', properties: {} };\n";
const pinnedWithout = (schema: 'payloadSchema' | 'resultSchema') => {
  const value = JSON.parse(catalog({ 'acme-send': { type: 'object', properties: {} } }));
  delete value.actions[0][schema];
  return `${JSON.stringify(value, null, 2)}\n`;
};

describe('public-contract/breaking-change: a schema read at one side only', () => {
  it('says why it could not be compared, and how to make it comparable for the kind of definition the type has', () =>
    checkDiffTable('public-contract/breaking-change', [
      { name: 'a repository action unchanged', base: { [DISCORD]: discord }, head: { [DISCORD]: discord.replace('"Acme quote"', '"Discord"') }, expected: [] },
      {
        name: 'a repository action removed: the shipped entry has no schemas',
        base: { [DISCORD]: discord },
        head: { 'README.md': 'gone\n' },
        expected: [
          { file: DISCORD, line: 1, column: 1, severity: 'error', message: /^the contract of `discord-send-message` could not be compared: its `payloadSchema` can be read at the base but not at head \(the type now comes from the shipped catalog, which has no `payloadSchema` for it\)$/, hint: /^keep the type in `\.b3os\/catalog\.json` \(pinned with `b3os-readiness catalog pull`\) so its schema can be compared$/ },
          { file: DISCORD, line: 1, column: 1, severity: 'error', message: /its `resultSchema` can be read at the base but not at head \(the type now comes from the shipped catalog, which has no `resultSchema` for it\)$/ },
        ],
      },
      {
        name: 'a pinned entry that lost its result schema',
        base: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: {} } }) },
        head: { '.b3os/catalog.json': pinnedWithout('resultSchema') },
        expected: [{ file: '.b3os/catalog.json', line: 5, column: 5, severity: 'error', message: /its `resultSchema` can be read at the base but not at head \(it is no longer declared\)$/, hint: /^pull the catalog again with `b3os-readiness catalog pull`, or restore the schema of the entry$/ }],
      },
      {
        name: 'an SDK action: a part of one schema no longer a literal, the other schema no longer declared',
        base: { [`${SDK}/schema.ts`]: "export const payloadSchema = { type: 'object', properties: { to: { type: 'string' } } };\nexport const resultSchema = { type: 'object', properties: {} };\n" },
        head: { [`${SDK}/schema.ts`]: "export const payloadSchema = { type: 'object', properties: { to: make() } };\n" },
        expected: [
          { file: `${SDK}/schema.ts`, line: 1, column: 1, severity: 'error', message: /its `resultSchema` can be read at the base but not at head \(packages\/sdk\/actions\/acme-feed\/schema\.ts declares no `resultSchema`\)$/ },
          { file: `${SDK}/schema.ts`, line: 1, column: 30, severity: 'error', message: /its `payloadSchema` can be read at the base but not at head \(.*not a static literal.*\)$/ },
        ],
      },
      { name: 'a result schema declared at neither side', base: { [DISCORD]: withoutResult }, head: { [DISCORD]: withoutResult.replace('"Acme quote"', '"Discord"') }, expected: [] },
      {
        name: 'a pinned entry now an SDK action whose payload schema is no literal',
        base: { [PINNED]: catalog({ 'acme-feed': { type: 'object', properties: {} } }) },
        head: { [PINNED]: catalog({ 'acme-feed': { type: 'object', properties: {} } }), [`${SDK}/schema.ts`]: nonLiteralPayload },
        expected: [{ file: `${SDK}/schema.ts`, line: 1, column: 30, severity: 'error', message: /its `payloadSchema` can be read at the base but not at head \(.*not a static literal.*\)$/ }],
      },
      {
        name: 'an SDK action whose payload schema is no literal, now a pinned entry',
        base: { [`${SDK}/schema.ts`]: nonLiteralPayload },
        head: { [PINNED]: catalog({ 'acme-feed': { type: 'object', properties: {} } }) },
        expected: [{ file: PINNED, line: 8, column: 24, severity: 'error', message: /its `payloadSchema` can be read at head but not at the base \(.*not a static literal.*\)$/ }],
      },
      {
        name: 'a pinned entry that lost its payload schema, beside an action folder of its id that defines another type',
        base: { [PINNED]: catalog({ 'acme-send': { type: 'object', properties: {} } }), 'actions/acme-send/action.json': otherType },
        head: { [PINNED]: pinnedWithout('payloadSchema'), 'actions/acme-send/action.json': otherType },
        expected: [{ file: PINNED, line: 5, column: 5, severity: 'error', message: /its `payloadSchema` can be read at the base but not at head \(it is no longer declared\)$/ }],
      },
      {
        name: 'a repository trigger whose payload schema became no object',
        base: { [TRIGGER]: action({ type: 'acme-paid' }) },
        head: { [TRIGGER]: action({ type: 'acme-paid' }).replace(/"payloadSchema": .*\n/, '"payloadSchema": 5,\n') },
        expected: [{ file: TRIGGER, line: 4, column: 20, severity: 'error', message: /its `payloadSchema` can be read at the base but not at head \(`payloadSchema` must be object or null\)$/ }],
      },
      {
        name: 'an SDK action whose schema.ts is removed: at its folder',
        base: { [`${SDK}/schema.ts`]: "export const payloadSchema = { type: 'object', properties: {} };\nexport const resultSchema = { type: 'object', properties: {} };\n", [`${SDK}/execute.ts`]: EXECUTE },
        head: { [`${SDK}/execute.ts`]: EXECUTE },
        expected: [
          { file: SDK, line: 1, column: 1, severity: 'error', message: /its `payloadSchema` can be read at the base but not at head \(it is no longer declared\)$/ },
          { file: SDK, line: 1, column: 1, severity: 'error', message: /its `resultSchema` can be read at the base but not at head \(it is no longer declared\)$/ },
        ],
      },
      { name: 'a pinned entry that gained a result schema', base: { '.b3os/catalog.json': pinnedWithout('resultSchema') }, head: { '.b3os/catalog.json': catalog({ 'acme-send': { type: 'object', properties: {} } }) }, expected: [] },
    ]));
});
