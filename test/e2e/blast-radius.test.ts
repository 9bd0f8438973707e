import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/run/cli-main.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const schemaTs = (required: string[]) => `export const payloadSchema = {
  type: 'object',
  required: ${JSON.stringify(required)},
  properties: {
    chainId: { type: 'number', description: 'EVM chain id' },
    speed: { type: 'string', enum: ['slow', 'fast'], description: 'Which gas price to read' },
  },
  additionalProperties: false,
} as const;

export const resultSchema = {
  type: 'object',
  required: ['gwei'],
  properties: { gwei: { type: 'string', description: 'Gas price in gwei' } },
  additionalProperties: false,
} as const;
`;

const workflow = (name: string) => `{
  "name": "${name}",
  "description": "Reads the gas price by hand.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["gas"] },
      "gas": { "type": "acme-gas-oracle", "payload": { "chainId": 8453 } }
    }
  }
}
`;

async function check(dir: string): Promise<{ code: number; report: any; text: string }> {
  let json = '';
  let text = '';
  const io = (sink: (t: string) => void) => ({ cwd: dir, stdout: sink, stderr: () => {}, color: false, today: '2026-11-25' });
  const code = await runCli(['check', '--base', 'main', '--format', 'json'], io((t) => (json += t)));
  await runCli(['check', '--base', 'main'], io((t) => (text += t)));
  return { code, report: JSON.parse(json), text };
}

describe('blast radius of a schema change', () => {
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('packages/sdk/actions/acme-gas-oracle/schema.ts', schemaTs(['chainId']));
    await repo.write('docs/actions/reference/generated/acme-gas-oracle.md', '---\ntype: acme-gas-oracle\n---\n# Acme gas oracle\n');
    await repo.write('workflows/gas-alert/workflow.json', workflow('Gas alert'));
    await repo.write('workflows/gas-report/workflow.json', workflow('Gas report'));
    await repo.write('workflows/unrelated/workflow.json', workflow('Other').replace('acme-gas-oracle', 'log').replace('{ "chainId": 8453 }', '{ "message": "hi" }'));
    await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'require-speed');
    await repo.write('packages/sdk/actions/acme-gas-oracle/schema.ts', schemaTs(['chainId', 'speed']));
    await repo.commit('require speed');
  });
  afterAll(() => repo.cleanup());

  it('re-validates the unchanged workflows that use the action, and names them', async () => {
    const { code, report, text } = await check(repo.dir);
    expect(code).toBe(1);
    expect(report.summary.blastRadius).toEqual(['workflows/gas-alert/workflow.json', 'workflows/gas-report/workflow.json']);
    const definition = report.items.find((i: { id: string }) => i.id === 'definition-validates');
    expect(definition.status).toBe('fail');
    const payload = definition.findings.filter((f: { ruleId: string }) => f.ruleId === 'definition-validates/payload-schema');
    expect(payload.map((f: any) => [f.file, f.line, f.column])).toEqual([
      ['workflows/gas-alert/workflow.json', 7, 54],
      ['workflows/gas-report/workflow.json', 7, 54],
    ]);
    expect(payload[0].message).toMatch(/speed/);
    expect(text).toContain('re-validated for a changed schema: workflows/gas-alert/workflow.json, workflows/gas-report/workflow.json');
  });
});
