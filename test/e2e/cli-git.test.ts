import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, LOG_WORKFLOW as WORKFLOW, oracleSchema } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const SCHEMA_TS = oracleSchema(['chainId']);

/** A complete page for the action above: the sections, tables and examples docs-updated checks. */
const PAGE = `---
title: Acme gas oracle
type: acme-gas-oracle
---

# Acme gas oracle

## At a Glance

| Action ID | Connector | Requires gas | Funds movement |
|---|---|---|---|
| \`acme-gas-oracle\` | none | no | none |

## Payload Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`chainId\` | number | yes | EVM chain id |

## Result Schema

| Field | Type | Required | Description |
|---|---|---|---|
| \`gwei\` | string | yes | Gas price in gwei |

## Examples

\`\`\`json
{ "type": "acme-gas-oracle", "payload": { "chainId": 8453 } }
\`\`\`

### Example output

\`\`\`json
{ "gwei": "12" }
\`\`\`
`;

describe('check --base against a real git repository', () => {
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('workflows/hourly/workflow.json', WORKFLOW);
    await repo.write('README.md', '# ops\n');
    await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.write('packages/sdk/actions/acme-gas-oracle/schema.ts', SCHEMA_TS);
    await repo.write('packages/sdk/actions/acme-gas-oracle/index.ts', "export * from './schema';\n");
    await repo.commit('add acme-gas-oracle');
  });
  afterAll(() => repo.cleanup());

  it('fails docs-updated for an SDK action without its page, naming the action and the page', async () => {
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const docs = report.items.find((i: { id: string }) => i.id === 'docs-updated');
    expect(docs.status).toBe('fail');
    expect(docs.findings).toEqual([
      expect.objectContaining({
        ruleId: 'docs-updated/action-page-missing',
        file: 'packages/sdk/actions/acme-gas-oracle/schema.ts',
        line: 1,
        column: 1,
        message: 'action `acme-gas-oracle` has no docs page; expected `docs/actions/reference/generated/acme-gas-oracle.md`',
      }),
    ]);
    // The untouched workflow is not part of this change; nothing else is in the way.
    expect(report.items.find((i: { id: string }) => i.id === 'definition-validates').status).toBe('pass');
    expect(report.items.find((i: { id: string }) => i.id === 'templates-portable').status).toBe('not-affected');
  });

  it('passes docs-updated once the page is added', async () => {
    await repo.write('docs/actions/reference/generated/acme-gas-oracle.md', PAGE);
    await repo.commit('document acme-gas-oracle');
    const { stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    const docs = JSON.parse(stdout).items.find((i: { id: string }) => i.id === 'docs-updated');
    expect(docs).toMatchObject({ status: 'pass', findings: [] });
  });

  it('prints text findings as path:line:col: message [rule-id]', async () => {
    await repo.git('checkout', '--quiet', '-b', 'broken', 'main');
    await repo.write('workflows/hourly/workflow.json', WORKFLOW.replace('"payload": {}, "children"', '"payload": {} "children"'));
    await repo.write('workflows/daily/workflow.json', WORKFLOW.replace('"type": "log"', '"type": "lgo"'));
    await repo.commit('break a workflow');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main');
    expect(code).toBe(1);
    expect(stdout).toContain('workflows/hourly/workflow.json:6:49: ');
    expect(stdout).toMatch(/\[definition-validates\/syntax\]/);
    // The other workflow is still validated.
    expect(stdout).toMatch(/workflows\/daily\/workflow\.json:7:\d+: could not verify: node `say` has type `lgo`, which the catalog shipped with b3os-readiness does not know, so it cannot be checked; did you mean `log`\?.*\[definition-validates\/unknown-node-type\]/);
  });

  it('exits 2 on usage errors and bad refs', async () => {
    expect((await cli(repo.dir, 'check', '--format', 'xml')).code).toBe(2);
    expect((await cli(repo.dir, 'check', '--base', 'no-such-ref')).code).toBe(2);
    expect((await cli(repo.dir, 'check', '--bogus')).code).toBe(2);
    expect((await cli(repo.dir, 'check')).stderr).toMatch(/give --base REF/);
    const missing = await cli(repo.dir, 'check', '--repo', join(repo.dir, 'no-such-dir'), '--all');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/--repo .*no-such-dir is not a directory/)]);
  });

  it('exits 2 for a --repo below the top of the work tree in git mode, where no path would match', async () => {
    await repo.write('sub/README.md', 'a folder\n');
    const result = await cli(repo.dir, 'check', '--repo', join(repo.dir, 'sub'), '--base', 'main');
    expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(/is the folder sub\/ of a git work tree; point --repo at the top/)]);
  });

  it('exits 2 when base and head share no history', async () => {
    await repo.git('checkout', '--quiet', '--orphan', 'unrelated');
    await repo.write('README.md', 'unrelated\n');
    await repo.git('add', '--all');
    await repo.commit('unrelated root');
    const result = await cli(repo.dir, 'check', '--base', 'main');
    expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(/"main" and the head share no history/)]);
  });
});
