import { describe, expect, it } from 'vitest';
import { extractFolderSchemas } from '../../src/catalog/sdk-schema.js';

const DIR = 'packages/sdk/actions/acme-sweep';
const RESULT = "export const resultSchema = { type: 'object', properties: {} } as const;";
const STRICT_TEXT = "{ type: 'object', properties: { keepAmount: { type: 'string', pattern: '^[0-9]+$' } }, required: ['keepAmount'] }";
const STRICT = { type: 'object', properties: { keepAmount: { type: 'string', pattern: '^[0-9]+$' } }, required: ['keepAmount'] };
const LOOSE_SCHEMA_TS = `export const payloadSchema = { type: 'object', properties: {} };\n${RESULT}\n`;
/** An execute.ts whose action takes `payloadSchema` and `resultSchema` as imported from `from`. */
const execute = (from: string, extra = '') =>
  `import { BaseAction } from '../../src/base-action';\nimport { payloadSchema, resultSchema } from '${from}';\n${extra}\nexport class Sweep extends BaseAction {\n  constructor() {\n    super('acme-sweep', { name: 'Sweep', payloadSchema, resultSchema });\n  }\n}\n`;

interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  /** The payload schema read, or the problem: file (in the folder), line, column and message. */
  readonly expected: { value: object } | { file: string; line: number; column: number; message: RegExp };
}

const CASES: Case[] = [
  { name: 'a re-export from a sibling', files: { 'schema.ts': `export { payloadSchema } from './shared';\n${RESULT}`, 'shared.ts': `export const payloadSchema = ${STRICT_TEXT} as const;` }, expected: { value: STRICT } },
  { name: 'a renamed re-export', files: { 'schema.ts': `export { strict as payloadSchema } from './shared.js';\n${RESULT}`, 'shared.ts': `export const strict = ${STRICT_TEXT};` }, expected: { value: STRICT } },
  { name: '`export *` from a sibling', files: { 'schema.ts': `export * from './shared';\n${RESULT}`, 'shared.ts': `export const payloadSchema = ${STRICT_TEXT};` }, expected: { value: STRICT } },
  {
    name: 'a value imported from a sibling, `as const`',
    files: { 'schema.ts': `import { amount } from './shared';\nexport const payloadSchema = { type: 'object', properties: { keepAmount: amount }, required: ['keepAmount'] } as const;\n${RESULT}`, 'shared.ts': "export const amount = { type: 'string', pattern: '^[0-9]+$' } as const;" },
    expected: { value: STRICT },
  },
  { name: 'an import re-exported under an alias', files: { 'schema.ts': `import { strict } from './shared';\nexport { strict as payloadSchema };\n${RESULT}`, 'shared.ts': `export const strict = ${STRICT_TEXT};` }, expected: { value: STRICT } },
  { name: 'execute.ts importing from schema.ts', files: { 'schema.ts': `export const payloadSchema = ${STRICT_TEXT};\n${RESULT}`, 'execute.ts': execute('./schema') }, expected: { value: STRICT } },
  {
    name: 'execute.ts importing its schema from another file, not the loose schema.ts',
    files: { 'schema.ts': LOOSE_SCHEMA_TS, 'strict.ts': `export const payloadSchema = ${STRICT_TEXT};\n${RESULT}`, 'execute.ts': execute('./strict') },
    expected: { value: STRICT },
  },
  {
    name: 'execute.ts importing its schema from outside the folder',
    files: { 'schema.ts': `export const payloadSchema = ${STRICT_TEXT};\n${RESULT}`, 'execute.ts': execute('../common/schemas') },
    expected: { file: 'execute.ts', line: 2, column: 10, message: /^packages\/sdk\/actions\/acme-sweep\/execute\.ts takes `payloadSchema` from `\.\.\/common\/schemas` at 2:10, outside the action's folder/ },
  },
  {
    name: 'a re-export from outside the folder',
    files: { 'schema.ts': `export { payloadSchema } from '../shared';\n${RESULT}` },
    expected: { file: 'schema.ts', line: 1, column: 10, message: /it uses `payloadSchema` from `\.\.\/shared`, outside the action's folder, which the gate does not read$/ },
  },
  {
    name: 'an import from a nested folder',
    files: { 'schema.ts': `import { amount } from './legacy/shared';\nexport const payloadSchema = { type: 'object', properties: { keepAmount: amount } };\n${RESULT}`, 'legacy/shared.ts': "export const amount = { type: 'string' };" },
    expected: { file: 'schema.ts', line: 2, column: 74, message: /it uses `amount` from `\.\/legacy\/shared`, outside the action's folder/ },
  },
  {
    name: 'a sibling value that is not a literal',
    files: { 'schema.ts': `import { amount } from './shared';\nexport const payloadSchema = { type: 'object', properties: { keepAmount: amount } };\n${RESULT}`, 'shared.ts': "export const amount = makeAmount();" },
    expected: { file: 'schema.ts', line: 2, column: 74, message: /it uses `amount` from shared\.ts, which is not a static literal there \(at 1:23: a call to `makeAmount\(\)`\)$/ },
  },
  {
    name: 'a spread of a value that is not a literal',
    files: { 'schema.ts': `export const payloadSchema = { ...base(), type: 'object' };\n${RESULT}` },
    expected: { file: 'schema.ts', line: 1, column: 35, message: /it uses a call to `base\(\)`$/ },
  },
  {
    name: 'a cycle of re-exports',
    files: { 'schema.ts': `export { payloadSchema } from './a';\n${RESULT}`, 'a.ts': "export { payloadSchema } from './b';", 'b.ts': "export { payloadSchema } from './a';" },
    expected: { file: 'a.ts', line: 1, column: 1, message: /it uses a cycle of re-exports$/ },
  },
  {
    name: 'Object.assign on it in schema.ts',
    files: { 'schema.ts': `export const payloadSchema = ${STRICT_TEXT};\nObject.assign(payloadSchema.properties, { extra: {} });\n${RESULT}` },
    expected: { file: 'schema.ts', line: 2, column: 1, message: /is changed after its literal \(a call at 2:1\)/ },
  },
  {
    name: 'an assignment in a sibling it is imported from',
    files: { 'schema.ts': `export { strict as payloadSchema } from './shared';\n${RESULT}`, 'shared.ts': `export const strict = ${STRICT_TEXT};\nstrict.properties.keepAmount = { type: 'string' };` },
    expected: { file: 'shared.ts', line: 2, column: 1, message: /in packages\/sdk\/actions\/acme-sweep\/shared\.ts is changed after its literal \(an assignment at 2:1\)/ },
  },
  {
    name: 'a statement of execute.ts at import time',
    files: { 'schema.ts': `export const payloadSchema = ${STRICT_TEXT};\n${RESULT}`, 'execute.ts': execute('./schema', "payloadSchema.properties.keepAmount.pattern = '^.*$';") },
    expected: { file: 'execute.ts', line: 3, column: 1, message: /is changed after its literal \(an assignment at packages\/sdk\/actions\/acme-sweep\/execute\.ts 3:1\)/ },
  },
  {
    name: 'a mutation by a sibling imported for its side effect',
    files: {
      'schema.ts': `export const payloadSchema = ${STRICT_TEXT};\n${RESULT}`,
      'index.ts': "import './register';\nexport * from './execute';",
      'execute.ts': execute('./schema'),
      'register.ts': "import * as schemas from './schema';\n\nexport function widen() {\n  schemas.payloadSchema.required.pop();\n}\nwiden();",
    },
    expected: { file: 'register.ts', line: 4, column: 3, message: /\(a call at packages\/sdk\/actions\/acme-sweep\/register\.ts 4:3\)/ },
  },
  {
    name: 'an import of a file outside the folder for its side effects',
    files: { 'schema.ts': `import '../../src/patch-schemas';\nexport const payloadSchema = ${STRICT_TEXT};\n${RESULT}` },
    expected: { file: 'schema.ts', line: 1, column: 1, message: /\(an import of `\.\.\/\.\.\/src\/patch-schemas` for its side effects, outside the action's folder at 1:1\)/ },
  },
];

describe('extractFolderSchemas reads the schema the runtime sees', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
    const sources = new Map(Object.entries(c.files).filter(([name]) => !name.includes('/')));
    const read = extractFolderSchemas({ path: DIR, sources });
    if ('value' in c.expected) {
      expect(read.problems).toEqual([]);
      expect(read.payloadSchema).toEqual(c.expected.value);
      return;
    }
    expect(read.payloadSchema).toBeUndefined();
    const problem = read.problems.find((p) => p.pointer.startsWith('/payloadSchema'));
    expect(problem).toMatchObject({ file: `${DIR}/${c.expected.file}`, line: c.expected.line, column: c.expected.column, unverified: true });
    expect(problem?.message).toMatch(c.expected.message);
  });

  it('leaves statements of the runtime modules that do not touch the schema alone', () => {
    const files = { 'schema.ts': `export const payloadSchema = ${STRICT_TEXT};\nconsole.log('loaded');\n${RESULT}`, 'execute.ts': execute('./schema', "const limits = { max: 1 };\nlimits.max = 2;") };
    const read = extractFolderSchemas({ path: DIR, sources: new Map(Object.entries(files)) });
    expect(read.problems).toEqual([]);
    expect(read.payloadSchema).toEqual(STRICT);
  });
});
