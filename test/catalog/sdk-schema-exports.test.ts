import { describe, expect, it } from 'vitest';
import { extractSdkSchemas } from '../../src/catalog/sdk-schema.js';

const FILE = 'packages/sdk/actions/acme-sweep/schema.ts';
const RESULT = "export const resultSchema = { type: 'object', properties: {} } as const;\n";
const STRICT = "{ type: 'object', properties: { keepAmount: { type: 'string', pattern: '^[0-9]+$' } }, required: ['keepAmount'] }";

describe('extractSdkSchemas reads what the module exports', () => {
  it('follows `export { strict as payloadSchema }` past a loose local const of that name', () => {
    const source = `const payloadSchema = { type: 'object', properties: {} };\nconst strict = ${STRICT} as const;\nexport { strict as payloadSchema };\n${RESULT}`;
    const read = extractSdkSchemas(source, FILE);
    expect(read.problems).toEqual([]);
    expect(read.payloadSchema).toEqual({ type: 'object', properties: { keepAmount: { type: 'string', pattern: '^[0-9]+$' } }, required: ['keepAmount'] });
  });

  it.each([
    ['an assignment into it', "payloadSchema.properties.keepAmount = { type: 'string' };", 'an assignment'],
    ['Object.assign on it', "Object.assign(payloadSchema.properties, { extra: {} });", 'a call'],
    ['a delete', 'delete payloadSchema.required;', 'a `delete`'],
    ['a call handed it', 'loosen(payloadSchema);', 'a call'],
  ])('makes the schema unverified after %s', (_name, statement, what) => {
    const source = `export const payloadSchema = ${STRICT};\n${statement}\n${RESULT}`;
    const read = extractSdkSchemas(source, FILE);
    expect(read.payloadSchema).toBeUndefined();
    expect(read.problems.filter((p) => p.pointer === '/payloadSchema')).toEqual([
      expect.objectContaining({ pointer: '/payloadSchema', line: 2, column: 1, unverified: true, message: `\`payloadSchema\` in ${FILE} is changed after its literal (${what} at 2:1), so the schema the runtime sees is not the one written` }),
    ]);
    // `Object.assign` anywhere in a module the runtime loads leaves every schema unverified (it may reach any of them).
    expect(read.problems.filter((p) => p.pointer === '/resultSchema')).toEqual(
      statement.startsWith('Object.assign') ? [expect.objectContaining({ line: 2, column: 1, unverified: true, message: expect.stringContaining('(`Object.assign` at') })] : [],
    );
  });

  it('leaves statements that do not touch the schema alone', () => {
    const read = extractSdkSchemas(`export const payloadSchema = ${STRICT};\nconsole.log('loaded');\n${RESULT}`, FILE);
    expect(read.problems).toEqual([]);
    expect(read.payloadSchema).toEqual({ type: 'object', properties: { keepAmount: { type: 'string', pattern: '^[0-9]+$' } }, required: ['keepAmount'] });
  });
});
