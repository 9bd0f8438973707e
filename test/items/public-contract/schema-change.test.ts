import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import shipped from '../../../src/catalog/platform-catalog.json' with { type: 'json' };
import { ACTION_FILE, action, baseRepo, catalog, PAYLOAD, RESULT } from './fixtures.js';

const SHIPPED = shipped.triggers.find((t) => t.type === 'token-price-cexes') as unknown as { payloadSchema: { properties: Record<string, object> }; resultSchema: object };
/** A pinned catalog with `acme-send` and, when given, `token-price-cexes` as shipped but for its payload schema. */
function pinned(cexesPayload?: object): string {
  const value = JSON.parse(catalog({ 'acme-send': { type: 'object', properties: {} }, ...(cexesPayload ? { 'token-price-cexes': cexesPayload } : {}) }));
  for (const entry of value.actions) if (entry.type === 'token-price-cexes') entry.resultSchema = SHIPPED.resultSchema;
  return `${JSON.stringify(value, null, 2)}\n`;
}
/** A pinned catalog with `acme-send` and the shipped actions given, in that order, each with a `minLength` on `sellToken` that the shipped entry lacks. */
function pinnedShipped(types: string[]): string {
  const value = JSON.parse(catalog({ 'acme-send': { type: 'object', properties: {} } }));
  for (const type of types) {
    const { name, payloadSchema, resultSchema } = shipped.actions.find((a) => a.type === type) as unknown as { name: string; payloadSchema: { properties: Record<string, object> }; resultSchema: object };
    value.actions.push({ type, name, payloadSchema: { ...payloadSchema, properties: { ...payloadSchema.properties, sellToken: { ...payloadSchema.properties.sellToken, minLength: 1 } } }, resultSchema });
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}
const withMinLength = { ...SHIPPED.payloadSchema, properties: { ...SHIPPED.payloadSchema.properties, asset: { type: 'string', minLength: 1 } } };

describe('public-contract/schema-change', () => {
  it('lists every non-breaking change as a notice', () =>
    checkDiffTable('public-contract/schema-change', [
      { name: 'schemas unchanged', base: baseRepo(), head: { ...baseRepo(), [ACTION_FILE]: action().replace('"Acme quote"', '"Quote"') }, expected: [] },
      {
        name: 'widened input and a new result field',
        base: baseRepo(),
        head: {
          ...baseRepo(),
          [ACTION_FILE]: action({
            payloadSchema: { ...PAYLOAD, required: [], properties: { ...PAYLOAD.properties, side: { type: 'string', enum: ['buy', 'sell', 'hold'] } } },
            resultSchema: { ...RESULT, properties: { ...RESULT.properties, fee: { type: 'string' } } },
          }),
        },
        expected: [
          { file: ACTION_FILE, line: 4, column: 73, severity: 'notice', message: /^non-breaking change to `payloadSchema\.token` of `acme-quote`: required → optional$/ },
          { file: ACTION_FILE, line: 4, column: 98, severity: 'notice', message: /^non-breaking change to `payloadSchema\.side` of `acme-quote`: "hold" now allowed$/ },
          { file: ACTION_FILE, line: 5, column: 129, severity: 'notice', message: /^non-breaking change to `resultSchema\.fee` of `acme-quote`: new optional field$/ },
        ],
      },
      {
        name: 'dropped from the pinned catalog: compared with the shipped entry, at the list it was in',
        base: { '.b3os/catalog.json': pinned(withMinLength) },
        head: { '.b3os/catalog.json': pinned() },
        expected: [{ file: '.b3os/catalog.json', line: 4, column: 14, severity: 'notice', message: /^non-breaking change to `payloadSchema\.asset` of `token-price-cexes`: minLength 1 → none$/ }],
      },
      {
        name: 'two types dropped from one list: listed by type at that list',
        base: { '.b3os/catalog.json': pinnedShipped(['0x-swap', '0x-quote']) },
        head: { '.b3os/catalog.json': pinned() },
        expected: [
          { file: '.b3os/catalog.json', line: 4, column: 14, severity: 'notice', message: /^non-breaking change to `payloadSchema\.sellToken` of `0x-quote`: minLength 1 → none$/ },
          { file: '.b3os/catalog.json', line: 4, column: 14, severity: 'notice', message: /^non-breaking change to `payloadSchema\.sellToken` of `0x-swap`: minLength 1 → none$/ },
        ],
      },
      {
        name: 'a breaking change is not listed here',
        base: baseRepo(),
        head: { ...baseRepo(), [ACTION_FILE]: action({ resultSchema: { ...RESULT, required: [], properties: { venue: RESULT.properties.venue } } }) },
        expected: [],
      },
    ]));
});
