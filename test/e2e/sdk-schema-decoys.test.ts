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
  await repo.git('checkout', '--quiet', '-B', branch, 'main');
  for (const [path, text] of Object.entries(files)) await repo.write(path, text);
  await repo.commit(branch);
  const report = JSON.parse((await cli(repo.dir, 'check', '--base', 'main', '--format', 'json')).stdout);
  return report.items.flatMap((i: { findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number; unverified?: boolean }> }) =>
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
});
