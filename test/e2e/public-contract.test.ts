import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/run/cli-main.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
  hint?: string;
}
interface JsonItem {
  id: string;
  status: string;
  findings: JsonFinding[];
}
interface JsonReport {
  items: JsonItem[];
  objects: Array<{ type: string; change: string; contract: { status: string; note?: string } }>;
}

async function check(dir: string): Promise<JsonReport> {
  let stdout = '';
  await runCli(['check', '--base', 'main', '--format', 'json'], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => {}, color: false, today: '2026-11-25' });
  return JSON.parse(stdout) as JsonReport;
}

function contractOf(report: JsonReport): JsonItem {
  return report.items.find((i) => i.id === 'public-contract')!;
}

/** The public-contract findings as `rule file:line:col severity message`. */
function lines(item: JsonItem): string[] {
  return item.findings.map((f) => `${f.ruleId.replace('public-contract/', '')} ${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);
}

const schemaTs = (result: string) => `export const payloadSchema = {
  type: 'object',
  required: ['chainId'],
  properties: { chainId: { type: 'number', description: 'EVM chain id' } },
  additionalProperties: false,
} as const;

export const resultSchema = {
  type: 'object',
  required: [${result.includes('gwei') ? "'gwei', " : ''}'wei'],
  properties: {${result}
    wei: { type: 'string', description: 'Gas price in wei' },
  },
  additionalProperties: false,
} as const;
`;
const GWEI = "\n    gwei: { type: 'string', description: 'Gas price in gwei' },";

const workflow = (name: string, message: string) => `{
  "name": "${name}",
  "description": "Reads the gas price.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["oracle"] },
      "oracle": { "type": "acme-gas-oracle", "payload": { "chainId": 8453 }, "children": ["say"] },
      "say": { "type": "log", "payload": { "message": "${message}" } }
    }
  }
}
`;
const MANIFEST = 'environment: prod\nowner: "@acme/ops"\nrunbook: RUNBOOK.md\n';
const RUNBOOK = '# Runbook\n\nWhen a run fails, pause the workflow and page @acme/ops-oncall.\n';
const PAGE = '---\ntitle: Acme Gas Oracle\ntype: acme-gas-oracle\n---\n\n# Acme Gas Oracle\n\nReads the gas price.\n';
const ACTION = 'packages/sdk/actions/acme-gas-oracle';

describe('public-contract: a result field read by a workflow is removed (SDK action)', () => {
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write(`${ACTION}/schema.ts`, schemaTs(GWEI));
    await repo.write(`${ACTION}/index.ts`, "export * from './schema';\n");
    await repo.write('docs/actions/reference/generated/acme-gas-oracle.md', PAGE);
    await repo.write('CHANGELOG.md', '# Changelog\n\n## 1.0.0\n\n- `acme-gas-oracle`: first release.\n');
    await repo.write('workflows/gas-alert/workflow.json', workflow('Gas alert', 'gas at {{oracle.result.gwei}} gwei'));
    await repo.write('workflows/gas-log/workflow.json', workflow('Gas log', 'gas at {{$nodes.oracle.result.wei}} wei'));
    await repo.write('workflows/gas-alert/b3os.yaml', MANIFEST);
    await repo.write('workflows/gas-alert/RUNBOOK.md', RUNBOOK);
    await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'drop-gwei');
    await repo.write(`${ACTION}/schema.ts`, schemaTs(''));
    await repo.commit('drop gwei');
  });
  afterAll(() => repo.cleanup());

  it('fails, naming the workflow that reads the field, and nothing else', async () => {
    const report = await check(repo.dir);
    const item = contractOf(report);
    expect(item.status).toBe('fail');
    expect(lines(item)).toEqual([
      `breaking-change ${ACTION}/schema.ts:8:29 error removing \`resultSchema.gwei\` of \`acme-gas-oracle\` breaks workflows that read it: workflows/gas-alert`,
    ]);
    expect(item.findings[0].hint).toBe(
      'update `docs/actions/reference/generated/acme-gas-oracle.md` and add a line naming `acme-gas-oracle` to `CHANGELOG.md` in this change, or keep the contract compatible',
    );
    expect(report.objects.find((o) => o.type === 'acme-gas-oracle')).toMatchObject({ change: 'changed', contract: { status: 'fail', note: '1 breaking, undocumented' } });
  });

  it('still fails with the docs page alone, or with a changelog line that does not name the type', async () => {
    await repo.write('docs/actions/reference/generated/acme-gas-oracle.md', `${PAGE}\nThe result no longer has \`gwei\`.\n`);
    await repo.write('CHANGELOG.md', '# Changelog\n\n## 2.0.0\n\n- The gas oracle drops gwei.\n\n## 1.0.0\n\n- `acme-gas-oracle`: first release.\n');
    await repo.commit('docs only');
    const item = contractOf(await check(repo.dir));
    expect(item.status).toBe('fail');
    expect(item.findings[0].hint).toBe('add a line naming `acme-gas-oracle` to `CHANGELOG.md` in this change, or keep the contract compatible');
  });

  it('passes once the docs page and CHANGELOG.md are updated in the same change', async () => {
    await repo.write('CHANGELOG.md', '# Changelog\n\n## 2.0.0\n\n- `acme-gas-oracle`: the result drops `gwei`; read `wei`.\n\n## 1.0.0\n\n- `acme-gas-oracle`: first release.\n');
    await repo.commit('changelog');
    const report = await check(repo.dir);
    const item = contractOf(report);
    expect(item.status).toBe('pass');
    expect(lines(item)).toEqual([
      `breaking-change ${ACTION}/schema.ts:8:29 notice documented breaking change: removing \`resultSchema.gwei\` of \`acme-gas-oracle\`; used by workflows/gas-alert`,
    ]);
    expect(report.objects.find((o) => o.type === 'acme-gas-oracle')).toMatchObject({ contract: { status: 'ok', note: '1 breaking, documented' } });
  });
});

const quoteAction = (payload: object, result: object) =>
  `${JSON.stringify({ type: 'acme-quote', name: 'Acme quote', description: 'Quotes a swap.', category: 'utility', payloadSchema: payload, resultSchema: result }, null, 2)}\n`;
const QUOTE_PAYLOAD = { type: 'object', required: ['token'], properties: { token: { type: 'string' }, side: { type: 'string', enum: ['buy', 'sell'] } }, additionalProperties: false };
const QUOTE_RESULT = { type: 'object', required: ['price'], properties: { price: { type: 'string' } } };
const quoteWorkflow = (payload: string) => `{
  "name": "Quote",
  "description": "Quotes.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["q"] },
      "q": { "type": "acme-quote", "payload": ${payload} }
    }
  }
}
`;
const CATALOG = (sendRequired: string[]) =>
  `${JSON.stringify(
    {
      source: 'https://api.b3os.org',
      fetchedAt: '2026-11-20T09:00:00Z',
      actions: [
        { type: 'slack-send-message', name: 'Send Slack message', payloadSchema: { type: 'object', required: sendRequired, properties: { conversation: { type: 'string' }, text: { type: 'string' }, thread: { type: 'string' } } }, resultSchema: { type: 'object', properties: {} } },
        { type: 'acme-legacy', name: 'Legacy', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } },
      ],
      logicActions: [],
      triggers: [],
    },
    null,
    2,
  )}\n`;

describe('public-contract: JSON actions, the pinned catalog and removed types', () => {
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('actions/acme-quote/action.json', quoteAction(QUOTE_PAYLOAD, QUOTE_RESULT));
    await repo.write('docs/actions/reference/generated/acme-quote.md', '---\ntitle: Acme quote\ntype: acme-quote\n---\n\n# Acme quote\n');
    await repo.write('.b3os/catalog.json', CATALOG(['conversation', 'text']));
    await repo.write('workflows/quote/workflow.json', quoteWorkflow('{ "token": "0xabc", "side": "sell" }'));
    await repo.write('workflows/notify/workflow.json', quoteWorkflow('{ "token": "0xabc" }').replace('"acme-quote"', '"slack-send-message"').replace('"token": "0xabc"', '"conversation": "C1", "text": "hi"'));
    await repo.write('templates/legacy/template.json', quoteWorkflow('{}').replace('"acme-quote"', '"acme-legacy"'));
    await repo.write('CHANGELOG.md', '# Changelog\n');
    await repo.commit('main');
  });
  afterAll(() => repo.cleanup());

  it('reports input breaks at the field in action.json, and compatible changes as notices', async () => {
    await repo.git('checkout', '--quiet', '-b', 'tighten', 'main');
    const payload = { ...QUOTE_PAYLOAD, required: ['token', 'amount'], properties: { ...QUOTE_PAYLOAD.properties, side: { type: 'string', enum: ['buy'] }, amount: { type: 'string' } } };
    const result = { ...QUOTE_RESULT, properties: { price: { type: 'string' }, venue: { type: 'string' } } };
    await repo.write('actions/acme-quote/action.json', quoteAction(payload, result));
    await repo.commit('tighten');
    const item = contractOf(await check(repo.dir));
    expect(item.status).toBe('fail');
    const file = 'actions/acme-quote/action.json';
    expect(lines(item)).toEqual([
      `breaking-change ${file}:16:15 error removing allowed values of \`payloadSchema.side\` of \`acme-quote\` ("sell" no longer allowed) breaks workflows that set it: workflows/quote`,
      `breaking-change ${file}:22:17 error adding \`payloadSchema.amount\` of \`acme-quote\` as a required field breaks workflows that do not set it: workflows/quote`,
      `schema-change ${file}:37:16 notice non-breaking change to \`resultSchema.venue\` of \`acme-quote\`: new optional field`,
    ]);
  });

  it('accepts a platform schema break with a changelog line only', async () => {
    await repo.git('checkout', '--quiet', '-b', 'platform', 'main');
    await repo.write('.b3os/catalog.json', CATALOG(['conversation', 'text', 'thread']));
    await repo.commit('pull catalog');
    const failing = contractOf(await check(repo.dir));
    expect(lines(failing)).toEqual([
      'breaking-change .b3os/catalog.json:22:21 error making `payloadSchema.thread` of `slack-send-message` required breaks workflows that do not set it: workflows/notify',
    ]);
    expect(failing.findings[0].hint).toBe('add a line naming `slack-send-message` to `CHANGELOG.md` in this change (the platform owns the docs of platform types), or keep the contract compatible');
    await repo.write('CHANGELOG.md', '# Changelog\n\n- Platform: slack-send-message now requires `thread`.\n');
    await repo.commit('changelog');
    expect(contractOf(await check(repo.dir))).toMatchObject({ status: 'pass', findings: [{ severity: 'notice', message: expect.stringMatching(/^documented breaking change: making `payloadSchema\.thread`/) }] });
  });

  it('fails a removed type that a template still uses, and names the new id of a renamed one', async () => {
    await repo.git('checkout', '--quiet', '-b', 'remove', 'main');
    await repo.write('.b3os/catalog.json', CATALOG(['conversation', 'text']).replace('"acme-legacy"', '"acme-legacy-2"'));
    await repo.git('mv', 'actions/acme-quote', 'actions/acme-quote-v2');
    await repo.write('actions/acme-quote-v2/action.json', quoteAction(QUOTE_PAYLOAD, QUOTE_RESULT).replace('"acme-quote"', '"acme-quote-v2"'));
    await repo.commit('remove and rename');
    const report = await check(repo.dir);
    expect(lines(contractOf(report))).toEqual([
      'removed-type-referenced templates/legacy/template.json:7:22 error node `q` uses action `acme-legacy`, which this change removes',
      'removed-type-referenced workflows/quote/workflow.json:7:22 error node `q` uses action `acme-quote`, which this change renames to `acme-quote-v2`',
    ]);
    expect(report.objects.find((o) => o.type === 'acme-quote')).toMatchObject({ change: 'removed', contract: { status: 'fail', note: 'still used' } });
  });

  it('checks the manifest of a workflow the change touches, not of workflows it only reaches', async () => {
    await repo.git('checkout', '--quiet', '-b', 'edit-workflow', 'main');
    await repo.write('workflows/quote/workflow.json', quoteWorkflow('{ "token": "0xdef", "side": "buy" }'));
    await repo.commit('edit workflow');
    // The missing manifest is failure-paths-observable's to report (src/readiness/shared-requirements.ts).
    const missing = await check(repo.dir);
    expect(contractOf(missing)).toMatchObject({ status: 'pass', findings: [] });
    const failure = missing.items.find((i) => i.id === 'failure-paths-observable')!;
    expect(failure.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'failure-paths-observable/manifest workflows/quote/workflow.json:1:1 workflow `quote` has no readiness manifest at `workflows/quote/b3os.yaml`',
    ]);
    await repo.write('workflows/quote/b3os.yaml', MANIFEST);
    await repo.write('workflows/quote/RUNBOOK.md', RUNBOOK);
    await repo.commit('manifest');
    expect(contractOf(await check(repo.dir))).toMatchObject({ status: 'pass', findings: [] });
  });
});

describe('public-contract on the example repository (--all)', () => {
  it('passes: every workflow manifest names an owner and a runbook that exists', async () => {
    let stdout = '';
    const root = new URL('../../examples/acme-b3os', import.meta.url).pathname;
    await runCli(['check', '--repo', root, '--all', '--format', 'json'], { cwd: root, stdout: (t) => (stdout += t), stderr: () => {}, color: false, today: '2026-11-25' });
    expect(contractOf(JSON.parse(stdout) as JsonReport)).toMatchObject({ status: 'pass', findings: [] });
  });
});
