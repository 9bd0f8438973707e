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

const invoiceTrigger = (required: string[]) => `{
  "type": "acme-invoice-paid",
  "name": "Acme Invoice Paid",
  "description": "Fires when Acme Billing marks an invoice as paid.",
  "payloadSchema": {
    "type": "object",
    "required": ${JSON.stringify(required)},
    "properties": {
      "currency": { "type": "string", "description": "ISO 4217 currency code", "pattern": "^[A-Z]{3}$" },
      "minimumAmountCents": { "type": "integer", "description": "Minimum amount, in cents", "minimum": 0 }
    },
    "additionalProperties": false
  },
  "resultSchema": {
    "type": "object",
    "required": ["invoiceId"],
    "properties": { "invoiceId": { "type": "string", "description": "Acme Billing invoice id" } },
    "additionalProperties": false
  }
}
`;

const invoiceDocs = (required: boolean) => `---
type: acme-invoice-paid
---
# Acme Invoice Paid

| Field | Type | Required | Description |
|---|---|---|---|
| \`currency\` | string | yes | ISO 4217 currency code |
| \`minimumAmountCents\` | integer | ${required ? 'yes' : 'no'} | Minimum amount, in cents |
`;

const waitingWorkflow = `{
  "name": "Invoice follow-up",
  "description": "Waits for the invoice to be paid, else says so.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["await_paid"] },
      "await_paid": {
        "type": "wait",
        "payload": { "triggerType": "acme-invoice-paid", "triggerConfig": { "currency": "USD" }, "timeoutMs": 86400000 },
        "children": ["paid", "overdue"]
      },
      "paid": { "type": "log", "payload": { "message": "paid" }, "branch": "resumed" },
      "overdue": { "type": "log", "payload": { "message": "still unpaid" }, "branch": "timed_out" }
    }
  }
}
`;

describe('blast radius of a trigger schema change: the workflows whose wait nodes wait for it', () => {
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('triggers/acme-invoice-paid/trigger.json', invoiceTrigger(['currency']));
    await repo.write('docs/triggers/reference/acme-invoice-paid.md', invoiceDocs(false));
    await repo.write('CHANGELOG.md', '# Changelog\n\n## 2026-11-20\n\n- Trigger `acme-invoice-paid` added.\n');
    await repo.write('workflows/invoice-follow-up/workflow.json', waitingWorkflow);
    await repo.write('workflows/unrelated/workflow.json', workflow('Other').replace('acme-gas-oracle', 'log').replace('{ "chainId": 8453 }', '{ "message": "hi" }'));
    await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'require-minimum');
    await repo.write('triggers/acme-invoice-paid/trigger.json', invoiceTrigger(['currency', 'minimumAmountCents']));
    await repo.write('docs/triggers/reference/acme-invoice-paid.md', invoiceDocs(true));
    await repo.write('CHANGELOG.md', '# Changelog\n\n## 2026-11-25\n\n- Trigger `acme-invoice-paid`: `minimumAmountCents` is now required (breaking).\n\n## 2026-11-20\n\n- Trigger `acme-invoice-paid` added.\n');
    await repo.commit('require minimumAmountCents');
  });
  afterAll(() => repo.cleanup());

  it('re-validates the waiting workflow, names it, and counts it among the workflows that do not set the field', async () => {
    const { code, report, text } = await check(repo.dir);
    expect(code).toBe(1);
    expect(report.summary.blastRadius).toEqual(['workflows/invoice-follow-up/workflow.json']);
    const definition = report.items.find((i: { id: string }) => i.id === 'definition-validates');
    expect(definition.status).toBe('fail');
    expect(definition.findings.map((f: any) => [f.ruleId, f.severity, f.file, f.line, f.column])).toEqual([
      ['definition-validates/wait-trigger-config', 'error', 'workflows/invoice-follow-up/workflow.json', 9, 75],
    ]);
    expect(definition.findings[0].message).toBe(
      '`await_paid.payload.triggerConfig` is missing required key `minimumAmountCents` (payload schema of the waited trigger `acme-invoice-paid`, which has no `waitPayloadSchema`)',
    );
    const contract = report.items.find((i: { id: string }) => i.id === 'public-contract');
    const breaking = contract.findings.filter((f: { ruleId: string }) => f.ruleId === 'public-contract/breaking-change');
    expect(breaking).toHaveLength(1);
    expect(breaking[0].message).toMatch(/`payloadSchema\.minimumAmountCents` of `acme-invoice-paid` required; used by workflows\/invoice-follow-up$/);
    expect(text).not.toContain('no workflow in this repository lacks it');
    expect(text).toContain('re-validated for a changed schema: workflows/invoice-follow-up/workflow.json');
  });
});
