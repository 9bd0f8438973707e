/** Attacks a pull request author can make on what the gate reads, through the CLI on a real git repository. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
let repo: FixtureRepo;
let scratch: string;

beforeAll(async () => {
  repo = await createRepo();
  scratch = await mkdtemp(join(tmpdir(), 'b3os-example-'));
  await cp(EXAMPLE, repo.dir, { recursive: true });
  await repo.commit('the example');
});
afterAll(async () => {
  await repo.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

async function errorsOf(...args: string[]): Promise<string[]> {
  const report = JSON.parse((await cli(repo.dir, 'check', ...args, '--format', 'json')).stdout);
  return report.items.flatMap((i: { findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number }> }) =>
    i.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`),
  );
}

describe('a pull request cannot swap the schema the gate reads', () => {
  it('a nested decoy schema.ts that sorts first is not the action\'s schema', async () => {
    const before = await errorsOf('--all');
    expect(before).toContain('definition-validates/payload-schema workflows/treasury-sweep/workflow.json:21:25');
    await repo.git('checkout', '--quiet', '-b', 'decoy');
    await repo.write(
      'packages/sdk/actions/acme-treasury-sweep/legacy/schema.ts',
      "export const payloadSchema = { type: 'object', properties: {} } as const;\nexport const resultSchema = { type: 'object', properties: {} } as const;\n",
    );
    await repo.commit('a decoy schema');
    expect(await errorsOf('--base', 'main')).toContain('definition-validates/payload-schema workflows/treasury-sweep/workflow.json:21:25');
  });
});
