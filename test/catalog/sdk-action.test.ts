import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sdkActionEntry } from '../../src/catalog/repository.js';
import { extractSdkSchemas } from '../../src/catalog/sdk-schema.js';

const FOLDER = 'packages/sdk/actions/notify-team';
const SCHEMA_FILE = `${FOLDER}/schema.ts`;
const RESULT = 'export const resultSchema = { type: "object", properties: {} };';
const lines = (...source: string[]) => source.join('\n');

describe('extractSdkSchemas: literal variants', () => {
  it.each([
    {
      name: 'type annotation (SDK style)',
      source: lines('import type { SchemaDefinition } from "../../src/types";', 'export const payloadSchema: SchemaDefinition = { type: "object", properties: { a: { type: "string" } }, additionalProperties: false };', RESULT),
      payload: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    },
    {
      name: 'as const',
      source: lines('export const payloadSchema = { type: "object", required: ["a"], properties: { a: { type: "number", minimum: -1 } } } as const;', RESULT),
      payload: { type: 'object', required: ['a'], properties: { a: { type: 'number', minimum: -1 } } },
    },
    {
      name: 'satisfies',
      source: lines('export const payloadSchema = { type: "object", properties: { a: { type: ["string", "null"], default: null } } } satisfies SchemaDefinition;', RESULT),
      payload: { type: 'object', properties: { a: { type: ['string', 'null'], default: null } } },
    },
    {
      name: 'nested const references, shorthand and spreads',
      source: lines(
        'const ADDRESS = `^0x[a-fA-F0-9]{40}$`;',
        'const address = { type: "string", pattern: ADDRESS } as const;',
        'const REQUIRED = ["recipient"] as const;',
        'const base = { type: "object" as const, additionalProperties: false };',
        'const properties = { recipient: address, amount: { type: "string", format: "token-amount", description: "Raw " + "units" } };',
        'export const payloadSchema = { ...base, required: [...REQUIRED, "amount"], properties };',
        RESULT,
      ),
      payload: {
        type: 'object',
        additionalProperties: false,
        required: ['recipient', 'amount'],
        properties: {
          recipient: { type: 'string', pattern: '^0x[a-fA-F0-9]{40}$' },
          amount: { type: 'string', format: 'token-amount', description: 'Raw units' },
        },
      },
    },
    {
      name: 'one exported schema object',
      source: 'export const schema = { payloadSchema: { type: "object", properties: {} }, resultSchema: { type: "object", properties: { ok: { type: "boolean" } } } };',
      payload: { type: 'object', properties: {} },
      result: { type: 'object', properties: { ok: { type: 'boolean' } } },
    },
    {
      name: 'default-exported object',
      source: 'export default { payloadSchema: { type: "object", properties: { "quoted-key": {} } }, resultSchema: { type: "object" } };',
      payload: { type: 'object', properties: { 'quoted-key': {} } },
      result: { type: 'object' },
    },
  ])('reads $name', ({ source, payload, result }) => {
    const extracted = extractSdkSchemas(source, SCHEMA_FILE);
    expect(extracted.problems).toEqual([]);
    expect(extracted.payloadSchema).toEqual(payload);
    expect(extracted.resultSchema).toEqual(result ?? { type: 'object', properties: {} });
  });

  it('keeps a __proto__ key as data', () => {
    const extracted = extractSdkSchemas(lines('export const payloadSchema = { type: "object", properties: { ["__proto__"]: 1 } };', RESULT), SCHEMA_FILE);
    expect(extracted.problems[0].message).toContain('a computed key');
    const literalKey = extractSdkSchemas(lines('export const payloadSchema = { type: "object", "__proto__": { polluted: true } };', RESULT), SCHEMA_FILE);
    expect(Object.getPrototypeOf(literalKey.payloadSchema)).toBe(Object.prototype);
    expect(Object.keys(literalKey.payloadSchema!)).toEqual(['type', '__proto__']);
  });
});

describe('extractSdkSchemas: what is not a literal', () => {
  it.each([
    {
      name: 'a call',
      source: lines('import { buildSchema } from "./build";', 'export const payloadSchema = buildSchema();', RESULT),
      pointer: '/payloadSchema', line: 2, column: 30, reason: 'a call to `buildSchema()`',
    },
    {
      name: 'a call deep inside, through a const',
      source: lines('const amount = {', '  type: "string",', '  pattern: makePattern(18),', '};', 'export const payloadSchema = { type: "object", properties: { amount } };', RESULT),
      pointer: '/payloadSchema/properties/amount/pattern', line: 3, column: 12, reason: 'a call to `makePattern()`',
    },
    {
      name: 'an imported value',
      source: lines('import { shared } from "./shared";', 'export const payloadSchema = { type: "object", properties: shared };', RESULT),
      pointer: '/payloadSchema/properties', line: 2, column: 60, reason: "`shared` from `./shared`, a file the action's folder does not have",
    },
    {
      name: 'a template literal with an expression',
      source: lines('const n = 40;', 'export const payloadSchema = { type: "object", pattern: `^0x{${n}}$` };', RESULT),
      pointer: '/payloadSchema/pattern', line: 2, column: 57, reason: 'a template literal with ${} expressions',
    },
    {
      name: 'a spread of an unknown value',
      source: lines('export const payloadSchema = { ...base(), type: "object" };', RESULT),
      pointer: '/payloadSchema', line: 1, column: 35, reason: 'a call to `base()`',
    },
    {
      name: 'a let binding',
      source: lines('let props = {};', 'export const payloadSchema = { type: "object", properties: props };', RESULT),
      pointer: '/payloadSchema/properties', line: 2, column: 60, reason: '`props`, which is not a top-level const of this file',
    },
    {
      name: 'a member expression',
      source: lines('export const payloadSchema = { type: Types.OBJECT };', RESULT),
      pointer: '/payloadSchema/type', line: 1, column: 38, reason: 'the member expression `Types.OBJECT`',
    },
  ])('reports $name with line:col', ({ source, pointer, line, column, reason }) => {
    const extracted = extractSdkSchemas(source, SCHEMA_FILE);
    expect(extracted.payloadSchema).toBeUndefined();
    expect(extracted.resultSchema).toEqual({ type: 'object', properties: {} });
    expect(extracted.problems).toEqual([
      { pointer, file: SCHEMA_FILE, line, column, message: `\`payloadSchema\` in ${SCHEMA_FILE} is not a static literal at ${line}:${column}${pointer === '/payloadSchema' ? '' : ` (at ${pointer.split('/').slice(2).join('.')})`}: it uses ${reason}`, unverified: true },
    ]);
  });

  it('reports a missing resultSchema', () => {
    const extracted = extractSdkSchemas('export const payloadSchema = { type: "object" };', SCHEMA_FILE);
    expect(extracted.problems).toEqual([{ pointer: '/resultSchema', file: SCHEMA_FILE, line: 1, column: 1, message: `${SCHEMA_FILE} declares no \`resultSchema\`` }]);
  });

  it('reports a syntax error with its position', () => {
    const extracted = extractSdkSchemas(lines('export const payloadSchema = {', '  type: "object",,', '};'), SCHEMA_FILE);
    expect(extracted.problems).toHaveLength(1);
    expect(extracted.problems[0]).toMatchObject({ pointer: '', file: SCHEMA_FILE, line: 2, column: 18 });
    expect(extracted.problems[0].message).toMatch(/^packages\/sdk\/actions\/notify-team\/schema\.ts does not parse: /);
  });
});

describe('static reading never executes the source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-canary-'));
  const canary = join(dir, 'canary.txt');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the canary unwritten', () => {
    const schemaTs = lines(
      'import { writeFileSync } from "node:fs";',
      `writeFileSync(${JSON.stringify(canary)}, "schema.ts top level ran");`,
      `const built = buildSchema(writeFileSync(${JSON.stringify(canary)}, "buildSchema ran"));`,
      'export const payloadSchema = built;',
      RESULT,
    );
    const executeTs = lines(
      'import { writeFileSync } from "node:fs";',
      `export class Canary { constructor() { writeFileSync(${JSON.stringify(canary)}, "execute.ts ran"); } }`,
      `writeFileSync(${JSON.stringify(canary)}, "execute.ts top level ran");`,
    );
    const { entry, problems } = sdkActionEntry('notify-team', { schemaTs, executeTs }, FOLDER);
    expect(existsSync(canary)).toBe(false);
    expect(entry.schemaCompleteness).toBe('name-only');
    expect(problems).toEqual([
      {
        pointer: '/payloadSchema',
        file: SCHEMA_FILE,
        line: 3,
        column: 15,
        message: `\`payloadSchema\` in ${SCHEMA_FILE} is not a static literal at 3:15: it uses a call to \`buildSchema()\``,
        unverified: true,
      },
    ]);
  });
});

describe('extractSdkSchemas: hostile input', () => {
  it('stops at deep const chains instead of exhausting the stack', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `const c${i} = c${i + 1};`).join('\n');
    const source = lines(chain, 'const c5000 = { type: "object" };', 'export const payloadSchema = c0;', RESULT);
    const extracted = extractSdkSchemas(source, SCHEMA_FILE);
    expect(extracted.payloadSchema).toBeUndefined();
    expect(extracted.problems).toHaveLength(1);
    expect(extracted.problems[0]).toMatchObject({ pointer: '/payloadSchema', line: 200, column: 14 });
    expect(extracted.problems[0].message).toContain('it uses nesting deeper than 200 levels');
  });

  it('reports a self-referencing const', () => {
    const extracted = extractSdkSchemas(lines('const a = { type: "object", properties: b };', 'const b = { x: a };', 'export const payloadSchema = a;', RESULT), SCHEMA_FILE);
    expect(extracted.problems).toEqual([
      {
        pointer: '/payloadSchema/properties/x',
        file: SCHEMA_FILE,
        line: 2,
        column: 16,
        message: `\`payloadSchema\` in ${SCHEMA_FILE} is not a static literal at 2:16 (at properties.x): it uses \`a\`, which refers to itself`,
        unverified: true,
      },
    ]);
  });
});
