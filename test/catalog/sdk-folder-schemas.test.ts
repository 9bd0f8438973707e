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

/** An execute.ts whose metadata object is `metadata` and whose constructor runs `after` once `super` returns. */
const runtime = (metadata: string, after = '', top = '') =>
  `import { BaseAction } from '../../src/base-action';\nimport { payloadSchema, resultSchema } from './schema';\n${top}\nexport class Sweep extends BaseAction {\n  constructor() {\n    super('acme-sweep', { name: 'Sweep', ${metadata} });\n    ${after}\n  }\n}\n`;
const STRICT_SCHEMA_TS = `export const payloadSchema = ${STRICT_TEXT};\n${RESULT}`;
const WIDER = "{ ...payloadSchema, required: ['keepAmount', 'wallet'] }";

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
  {
    name: 's6: a spread of a const holding a schema in the metadata',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, ...EXTRA, resultSchema', '', `const EXTRA: Record<string, unknown> = { payloadSchema: ${WIDER} };`) },
    expected: { file: 'execute.ts', line: 6, column: 57, message: /may not be the schema the runtime receives \(a spread in the action's metadata object at packages\/sdk\/actions\/acme-sweep\/execute\.ts 6:/ },
  },
  {
    name: 's1: a spread of a literal in the metadata',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime(`payloadSchema, ...{ payloadSchema: ${WIDER} }, resultSchema`) },
    expected: { file: 'execute.ts', line: 6, column: 57, message: /\(a spread in the action's metadata object at .*execute\.ts 6:/ },
  },
  {
    name: 's7: a getter for the schema in the metadata',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime(`get payloadSchema() { return ${WIDER}; }, resultSchema`) },
    expected: { file: 'execute.ts', line: 6, column: 42, message: /\(a getter in the action's metadata object at .*execute\.ts 6:/ },
  },
  {
    name: 'a schema key written twice in the metadata',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime(`payloadSchema, resultSchema, payloadSchema: ${WIDER}`) },
    expected: { file: 'execute.ts', line: 6, column: 71, message: /\(`payloadSchema` written twice in the action's metadata object at .*execute\.ts 6:/ },
  },
  {
    name: 'a computed key in the metadata',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime("payloadSchema, resultSchema, ['payload' + 'Schema']: {}") },
    expected: { file: 'execute.ts', line: 6, column: 71, message: /\(a computed key in the action's metadata object at .*execute\.ts 6:/ },
  },
  {
    name: 's2: an assignment to this.metadata.payloadSchema after super',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', `(this as any).metadata.payloadSchema = ${WIDER};`) },
    expected: { file: 'execute.ts', line: 7, column: 5, message: /\(a write to `this\.metadata\.payloadSchema` at .*execute\.ts 7:5\)/ },
  },
  {
    name: 's9: Object.assign on this.metadata.payloadSchema after super',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', "Object.assign(this.metadata.payloadSchema as object, { required: ['keepAmount', 'wallet'] });") },
    expected: { file: 'execute.ts', line: 7, column: 5, message: /\(`Object\.assign` at .*execute\.ts 7:5\)/ },
  },
  {
    name: 'a write to any field of this.metadata',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', "this.metadata.name = 'Other';") },
    expected: { file: 'execute.ts', line: 7, column: 5, message: /\(a write to `this\.metadata\.name` at .*execute\.ts 7:/ },
  },
  {
    name: '`this` handed on under another name',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', "const self = this as any;\n    self.metadata.payloadSchema = {};") },
    expected: { file: 'execute.ts', line: 7, column: 18, message: /\(a use of `this` other than a member access at .*execute\.ts 7:18\)/ },
  },
  {
    name: 's10: a mutation through an alias made by a cast',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', '', "const tweak: { required: string[] } = payloadSchema as never;\ntweak.required = ['keepAmount', 'wallet'];") },
    expected: { file: 'execute.ts', line: 3, column: 39, message: /\(a use of `payloadSchema` in a cast at .*execute\.ts 3:39\)/ },
  },
  {
    name: 's11: the schema as an array element handed to a callback',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', '', "[payloadSchema].forEach((s: any) => { s.required = ['keepAmount', 'wallet']; });") },
    expected: { file: 'execute.ts', line: 3, column: 2, message: /\(a use of `payloadSchema` as an array element at .*execute\.ts 3:2\)/ },
  },
  {
    name: 'the schema passed to a call in schema.ts',
    files: { 'schema.ts': `export const payloadSchema = ${STRICT_TEXT};\nexport const frozen = freeze(payloadSchema);\n${RESULT}` },
    expected: { file: 'schema.ts', line: 2, column: 30, message: /\(a use of `payloadSchema` as a call argument at .*schema\.ts 2:30\)/ },
  },
  {
    name: 'a copy of the schema in a const whose member is then read',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', '', "const copy = { ...payloadSchema };\nconst props = copy.properties;") },
    expected: { file: 'execute.ts', line: 4, column: 15, message: /\(a use of `copy` in a member access at .*execute\.ts 4:15\)/ },
  },
  {
    name: 'a chain of consts holding the schema, written last-first, longer than is followed',
    files: {
      'schema.ts': STRICT_SCHEMA_TS,
      'execute.ts': runtime('payloadSchema, resultSchema', '', Array.from({ length: 20 }, (_, i) => `const c${i} = { s: ${i === 19 ? 'payloadSchema' : `c${i + 1}`} };`).join(' ')),
    },
    expected: { file: 'execute.ts', line: 1, column: 1, message: /\(a chain of more than 16 consts holding the schema, too long to follow at .*execute\.ts 1:1\)/ },
  },
  {
    name: 'Reflect anywhere in a loaded module',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'execute.ts': runtime('payloadSchema, resultSchema', '', "const target = {};\nReflect.set(target, 'x', 1);") },
    expected: { file: 'execute.ts', line: 4, column: 1, message: /\(a use of `Reflect` at .*execute\.ts 4:1\)/ },
  },
  {
    name: 'index.ts exporting the action from a file other than ./execute',
    files: {
      'schema.ts': LOOSE_SCHEMA_TS,
      'strict.ts': STRICT_SCHEMA_TS,
      'execute.ts': runtime('payloadSchema, resultSchema'),
      'execute-v2.ts': runtime('payloadSchema, resultSchema').replace("'./schema'", "'./strict'"),
      'index.ts': "export { Sweep } from './execute-v2';",
    },
    expected: { file: 'index.ts', line: 1, column: 1, message: /\(an export from `\.\/execute-v2` in index\.ts, not from `\.\/execute`, .* at .*index\.ts 1:1\)/ },
  },
  {
    name: 'schema.js beside schema.ts',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'schema.js': "export const payloadSchema = { type: 'object' };", 'execute.ts': runtime('payloadSchema, resultSchema').replace("'./schema'", "'./schema.js'") },
    expected: { file: 'schema.js', line: 1, column: 1, message: /\(`schema\.js` beside `schema\.ts`: plain Node ESM loads it for `import '\.\/schema\.js'` instead of the \.ts the gate reads/ },
  },
  {
    name: 'schema.mjs beside schema.ts',
    files: { 'schema.ts': STRICT_SCHEMA_TS, 'schema.mjs': "export const payloadSchema = { type: 'object' };" },
    expected: { file: 'schema.mjs', line: 1, column: 1, message: /`schema\.mjs` beside `schema\.ts`: a runtime or bundler resolving `\.\/schema` may load it instead of the \.ts the gate reads/ },
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

  it('reads the normal shape: the schemas as shorthand values of the metadata, named in types, read through this.metadata', () => {
    const top = "type Payload = FromSchema<typeof payloadSchema>;\nexport const schemas = { payloadSchema, resultSchema };";
    const files = { 'schema.ts': STRICT_SCHEMA_TS, 'index.ts': "export { Sweep } from './execute';\nexport * from './schema';", 'execute.ts': runtime('payloadSchema, resultSchema, category: \'utility\'', 'console.log(this.metadata.name);', top) };
    const read = extractFolderSchemas({ path: DIR, sources: new Map(Object.entries(files)) });
    expect(read.problems).toEqual([]);
    expect(read.payloadSchema).toEqual(STRICT);
  });
});
