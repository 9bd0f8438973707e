/** SDK schemas read as the runtime sees them, through the CLI on a real git repository. */
import { cp } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
const FOLDER = 'packages/sdk/actions/acme-treasury-sweep';
const KEEP_AMOUNT = 'definition-validates/payload-schema workflows/treasury-sweep/workflow.json:21:25';
const LOOSE = "export const payloadSchema = { type: 'object', properties: {} } as const;\nexport const resultSchema = { type: 'object', properties: {} } as const;\n";
let repo: FixtureRepo;
let strict: string;
let execute: string;

beforeAll(async () => {
  repo = await createRepo();
  await cp(EXAMPLE, repo.dir, { recursive: true });
  await repo.commit('the example');
  strict = await readFile(join(repo.dir, FOLDER, 'schema.ts'), 'utf8');
  execute = await readFile(join(repo.dir, FOLDER, 'execute.ts'), 'utf8');
});
afterAll(() => repo.cleanup());

/** Errors and unverified findings of `check --base main`, as `ruleId file:line:col`. */
async function findingsOnBranch(branch: string, files: Record<string, string>): Promise<string[]> {
  return (await checkOnBranch(branch, files)).found;
}

/** `check --base main` on a branch that writes `files`: its exit code, the definition-validates status, the error findings. */
async function checkOnBranch(branch: string, files: Record<string, string>): Promise<{ code: number; status: string; found: string[]; messages: string[] }> {
  await repo.git('checkout', '--quiet', '-B', branch, 'main');
  for (const [path, text] of Object.entries(files)) await repo.write(path, text);
  await repo.commit(branch);
  const run = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
  const report = JSON.parse(run.stdout);
  const item = report.items.find((i: { id: string }) => i.id === 'definition-validates');
  const messages = report.items.flatMap((i: { findings: Array<{ message: string }> }) => i.findings.map((f) => f.message));
  return { code: run.code, status: item?.status, found: foundIn(report), messages };
}

function foundIn(report: { items: unknown[] }): string[] {
  return (report.items as any[]).flatMap((i: { findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number; unverified?: boolean }> }) =>
    i.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}${f.unverified ? ' unverified' : ''}`),
  );
}

describe('a pull request cannot hide the schema the runtime uses', () => {
  it('execute.ts importing the strict schema from another file is read as that file, not the loose schema.ts', async () => {
    expect(execute).toContain("from './schema';");
    const found = await findingsOnBranch('moved', {
      [`${FOLDER}/schema.ts`]: LOOSE,
      [`${FOLDER}/strict.ts`]: strict,
      [`${FOLDER}/execute.ts`]: execute.replace("from './schema';", "from './strict';"),
    });
    expect(found).toContain(KEEP_AMOUNT);
  });

  it('a schema re-exported from a sibling is read through the re-export', async () => {
    const found = await findingsOnBranch('reexported', { [`${FOLDER}/schema.ts`]: "export { payloadSchema, resultSchema } from './strict';\n", [`${FOLDER}/strict.ts`]: strict });
    expect(found).toContain(KEEP_AMOUNT);
  });

  it('a statement of execute.ts that changes the schema at import time leaves it unverified, not passed', async () => {
    const changed = execute.replace("from './schema';\n", () => "from './schema';\n\n(payloadSchema.properties.keepAmount as { pattern?: string }).pattern = '^.*$';\n");
    const found = await findingsOnBranch('import-time', { [`${FOLDER}/execute.ts`]: changed });
    expect(found).toContain(`definition-validates/type-definition ${FOLDER}/execute.ts:5:1 unverified`);
    expect(found).toContain('definition-validates/schema-unknown workflows/treasury-sweep/workflow.json:15:17 unverified');
    expect(found).not.toContain(KEEP_AMOUNT);
  });

  const TYPE_DEFINITION = 'definition-validates/type-definition';
  const METADATA = '      payloadSchema,\n      resultSchema,\n';
  const WIDER = "{ ...payloadSchema, required: [...payloadSchema.required, 'memo'] }";

  /** The action's schema is unverified at `at` with `reason`: no pass on the literal, no finding from it, the item incomplete and the gate failing. */
  async function expectUnverified(branch: string, files: Record<string, string>, at: string, reason: RegExp): Promise<void> {
    const { code, status, found, messages } = await checkOnBranch(branch, files);
    expect(found).toContain(`${TYPE_DEFINITION} ${at} unverified`);
    expect(messages.some((m) => reason.test(m))).toBe(true);
    expect(found).not.toContain(KEEP_AMOUNT);
    expect(status).toBe('incomplete');
    expect(code).toBe(1);
  }

  it('s1: a spread in the metadata that replaces the schema leaves it unverified', async () => {
    expect(execute).toContain(METADATA);
    const changed = execute.replace(METADATA, () => `      payloadSchema,\n      ...{ payloadSchema: ${WIDER} },\n      resultSchema,\n`);
    await expectUnverified('s1', { [`${FOLDER}/execute.ts`]: changed }, `${FOLDER}/execute.ts:33:7`, /a spread in the action's metadata object at .*execute\.ts 33:7/);
  });

  it('s2: an assignment to this.metadata.payloadSchema after super leaves it unverified', async () => {
    const changed = execute.replace(/(\n    super\('acme-treasury-sweep', \{[\s\S]*?\n    \}\);\n)/, (call) => `${call}    (this as any).metadata.payloadSchema = ${WIDER};\n`);
    expect(changed).not.toBe(execute);
    const line = changed.split('\n').findIndex((l) => l.includes('(this as any).metadata')) + 1;
    await expectUnverified('s2', { [`${FOLDER}/execute.ts`]: changed }, `${FOLDER}/execute.ts:${line}:5`, new RegExp(`a write to \`this\\.metadata\\.payloadSchema\` at .*execute\\.ts ${line}:5`));
  });

  it('s10: a mutation through an alias made by a cast leaves it unverified', async () => {
    const changed = execute.replace("from './schema';\n", () => "from './schema';\n\nconst tweak: { required: string[] } = payloadSchema as never;\ntweak.required = [...tweak.required, 'memo'];\n");
    await expectUnverified('s10', { [`${FOLDER}/execute.ts`]: changed }, `${FOLDER}/execute.ts:5:39`, /a use of `payloadSchema` in a cast at .*execute\.ts 5:39/);
  });

  it.each([
    ['s6: a spread of a const', (e: string) => e.replace(METADATA, () => '      payloadSchema,\n      ...EXTRA,\n      resultSchema,\n').replace("from './schema';\n", () => `from './schema';\n\nconst EXTRA: Record<string, unknown> = { payloadSchema: ${WIDER} };\n`), /a spread in the action's metadata object/],
    ['s7: a getter', (e: string) => e.replace(METADATA, () => `      get payloadSchema() { return ${WIDER}; },\n      resultSchema,\n`), /a getter in the action's metadata object/],
    ['s9: Object.assign after super', (e: string) => e.replace(/(\n    super\('acme-treasury-sweep', \{[\s\S]*?\n    \}\);\n)/, (call) => `${call}    Object.assign(this.metadata.payloadSchema as object, { required: ['memo'] });\n`), /`Object\.assign` at/],
    ['s11: an array element', (e: string) => e.replace("from './schema';\n", () => "from './schema';\n\n[payloadSchema].forEach((s: any) => { s.required = ['memo']; });\n"), /a use of `payloadSchema` as an array element at/],
  ])('%s leaves the schema unverified, the item incomplete and the gate failing', async (name, change, reason) => {
    const changed = change(execute);
    expect(changed).not.toBe(execute);
    const { code, status, found, messages } = await checkOnBranch(name.slice(0, name.indexOf(':')), { [`${FOLDER}/execute.ts`]: changed });
    expect(found.some((f) => f.startsWith(`${TYPE_DEFINITION} ${FOLDER}/execute.ts:`) && f.endsWith(' unverified'))).toBe(true);
    expect(messages.some((m) => reason.test(m))).toBe(true);
    expect(status).toBe('incomplete');
    expect(code).toBe(1);
  });

  it('index.ts exporting the action from another file than ./execute leaves it unverified', async () => {
    const v2 = execute.replace("from './schema';", "from './schema-v2';");
    await expectUnverified(
      'index-v2',
      {
        [`${FOLDER}/index.ts`]: "export { AcmeTreasurySweepAction } from './execute-v2';\n",
        [`${FOLDER}/execute-v2.ts`]: v2,
        [`${FOLDER}/schema-v2.ts`]: LOOSE,
      },
      `${FOLDER}/index.ts:1:1`,
      /an export from `\.\/execute-v2` in index\.ts, not from `\.\/execute`/,
    );
  });

  it('schema.js beside schema.ts, which plain Node ESM loads for `./schema.js`, leaves it unverified', async () => {
    await expectUnverified(
      'schema-js',
      { [`${FOLDER}/schema.js`]: LOOSE.replace(/ as const/g, ''), [`${FOLDER}/execute.ts`]: execute.replace("from './schema';", "from './schema.js';") },
      `${FOLDER}/schema.js:1:1`,
      /`schema\.js` beside `schema\.ts`: plain Node ESM loads it/,
    );
  });

  it('the example in its normal shape is read on its literal (a change to execute.ts that leaves the schema alone)', async () => {
    const { found } = await checkOnBranch('unchanged', { [`${FOLDER}/execute.ts`]: `${execute}\n// a comment\n` });
    expect(found).toContain(KEEP_AMOUNT);
    expect(found.filter((f) => f.startsWith(TYPE_DEFINITION))).toEqual([]);
  });
});
