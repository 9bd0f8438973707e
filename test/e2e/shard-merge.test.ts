/**
 * Sharding a check over several machines: on a generated repository (the example's files plus 40
 * workflows with planted problems, a changed action schema with dependents, a `.env` holding a
 * secret, docs pages and waivers), the shards' reports merged are the unsharded report, in an
 * audit and in a change; `merge` refuses reports that are not every shard of one check.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSavedReport } from '../../src/run/saved-report-read.js';
import { buildBundle, runNode } from '../support/bundle.js';
import { cli as runCli, oracleSchema } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
const WORKFLOWS = 40;
const slug = (i: number) => `gen-${String(i).padStart(2, '0')}`;

/** A workflow whose problem depends on `i`: none, an unknown type, a missing child, the oracle (a dependent of its schema), an unbounded payment. */
function workflow(i: number, edited = false): string {
  const title = `Generated ${slug(i)}${edited ? ' (edited)' : ''}`;
  const log = (id: string, children: string[] = []) => `"${id}": { "type": "log", "payload": { "message": "hi from ${slug(i)}" }, "children": ${JSON.stringify(children)} }`;
  const nodes = [
    () => [`"root": { "type": "manual", "payload": {}, "children": ["say"] }`, log('say')],
    () => [`"root": { "type": "manual", "payload": {}, "children": ["say"] }`, `"say": { "type": "slack-send-mesage", "payload": { "text": "hi" } }`],
    () => [`"root": { "type": "manual", "payload": {}, "children": ["say"] }`, log('say', ['gone'])],
    () => [`"root": { "type": "manual", "payload": {}, "children": ["gas"] }`, `"gas": { "type": "acme-gas-oracle", "payload": {} }`],
    () => [
      `"root": { "type": "manual", "payload": {}, "children": ["pay"] }`,
      `"pay": { "type": "send-erc20-token", "connector": { "type": "wallet", "id": "wal_ops_payouts", "chainId": 8453 }, "payload": { "tokenAddress": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "recipientAddress": "0x2222222222222222222222222222222222222222", "amount": "${1000 + i}", "chainId": 8453 } }`,
    ],
  ][i % 5]();
  return `{\n  "name": "${title}",\n  "description": "A generated workflow.",\n  "definition": {\n    "nodes": {\n      ${nodes.join(',\n      ')}\n    }\n  }\n}\n`;
}

const manifest = (i: number) => `environment: prod\nowner: "@acme/ops"\nonCall: "@acme/ops-oncall"\nrunbook: RUNBOOK.md\n`;

/** Waivers: one that covers a finding in one shard only, one that matches nothing, one expired (a configuration finding of every shard). */
const CONFIG = `version: 1
waivers:
  - rule: definition-validates/unknown-node-type
    paths: ["workflows/gen-01/workflow.json"]
    reason: the Slack action is renamed next sprint
    approver: "@lee"
    expires: 2026-12-20
  - rule: definition-validates/missing-node-reference
    paths: ["workflows/gen-00/workflow.json"]
    reason: fixed already
    approver: "@lee"
    expires: 2026-12-20
  - rule: definition-validates/payload-schema
    paths: ["workflows/gen-02/workflow.json"]
    reason: an old exception
    approver: "@lee"
    expires: 2026-01-01
`;

const SECRET_ENV = 'DEPLOYER_PRIVATE_KEY=0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n';

let repo: FixtureRepo;
let out: string;
let headSha: string;

beforeAll(async () => {
  repo = await createRepo();
  out = await mkdtemp(join(tmpdir(), 'b3os-shards-'));
  await cp(EXAMPLE, repo.dir, { recursive: true });
  await repo.write('.github/b3os-readiness.yml', CONFIG);
  await repo.write('packages/sdk/actions/acme-gas-oracle/schema.ts', oracleSchema([]));
  for (let i = 0; i < WORKFLOWS; i += 1) {
    await repo.write(`workflows/${slug(i)}/workflow.json`, workflow(i));
    if (i % 4 !== 3) await repo.write(`workflows/${slug(i)}/b3os.yaml`, manifest(i));
    if (i % 4 === 0) await repo.write(`workflows/${slug(i)}/RUNBOOK.md`, `# ${slug(i)}\n\nWhat to do when it fails.\n`);
  }
  await repo.commit('main');
  await repo.git('checkout', '--quiet', '-b', 'change');
  // The change: a schema its dependents must now meet, edited workflows, a secret, a docs page, a runbook.
  await repo.write('packages/sdk/actions/acme-gas-oracle/schema.ts', oracleSchema(['chainId']));
  for (let i = 0; i < WORKFLOWS; i += 3) await repo.write(`workflows/${slug(i)}/workflow.json`, workflow(i, true));
  await repo.write('.env', SECRET_ENV);
  await repo.write('scripts/deploy.sh', `#!/bin/sh\nexport ${SECRET_ENV}`);
  await repo.write('docs/examples/low-balance-alert.md', '# Low balance alert\n\nEdited.\n');
  await repo.write('workflows/gen-08/RUNBOOK.md', '# gen-08\n\nEdited.\n');
  // An environment every manifest names, a removed and a renamed workflow, an edited template.
  const prod = await readFile(join(repo.dir, 'environments/prod.yaml'), 'utf8');
  await repo.write('environments/prod.yaml', prod.replace('scopes: ["chat:write"]', 'scopes: ["chat:write", "admin"]'));
  await repo.remove('workflows/gen-39');
  await repo.git('mv', 'workflows/gen-38', 'workflows/gen-38-renamed');
  const template = await readFile(join(repo.dir, 'templates/low-balance-alert/template.json'), 'utf8');
  await repo.write('templates/low-balance-alert/template.json', template.replace('"visibility": "public"', '"visibility": "public", "tags": ["edited"]'));
  headSha = await repo.commit('change');
}, 120_000);

afterAll(async () => {
  await repo.cleanup();
  await rm(out, { recursive: true, force: true });
});

/** Runs the CLI in process in the repository. */
const cli = (...args: string[]) => runCli(repo.dir, ...args);

/** Checks with `mode` whole and in `count` shards; writes each shard's report to a file. */
async function shardsOf(mode: string[], count: number): Promise<{ whole: string; files: string[]; reports: any[] }> {
  const whole = await cli('check', ...mode, '--format', 'json');
  expect(whole.code, whole.stderr).toBe(1);
  const files: string[] = [];
  const reports: any[] = [];
  for (let i = 1; i <= count; i += 1) {
    const shard = await cli('check', ...mode, '--format', 'json', '--shard', `${i}/${count}`);
    expect(shard.code, shard.stderr).toBeLessThan(2);
    const file = join(out, `${mode.join('')}-${i}-of-${count}.json`);
    await writeFile(file, shard.stdout);
    files.push(file);
    reports.push(JSON.parse(shard.stdout));
  }
  return { whole: whole.stdout, files, reports };
}

const located = (report: any, under: string) => report.items.flatMap((item: any) => item.findings.filter((f: any) => f.file?.startsWith(under)).map((f: any) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`));

describe.each([
  ['an audit (--all)', ['--all']],
  ['a change (--base main)', ['--base', 'main']],
])('%s in 3 shards, merged', (_name, mode) => {
  let run: Awaited<ReturnType<typeof shardsOf>>;
  beforeAll(async () => {
    run = await shardsOf(mode, 3);
  }, 120_000);

  it('gives the unsharded report, byte for byte', async () => {
    const merged = await cli('merge', ...run.files, '--format', 'json');
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(merged.stdout).toBe(run.whole);
  });

  it('gives the unsharded verdict in every other format', async () => {
    for (const format of ['text', 'markdown', 'sarif']) {
      const whole = await cli('check', ...mode, '--format', format);
      const merged = await cli('merge', ...run.files, '--format', format);
      expect(merged.code).toBe(whole.code);
      // Diagrams of failing workflows are drawn from the repository, which a merge does not read.
      const diagrams = /`[^`\n]+`\n\n```mermaid\n[\s\S]*?```\n\n/g;
      if (format === 'markdown') expect(whole.stdout).toMatch(diagrams);
      expect(merged.stdout, format).toBe(format === 'markdown' ? whole.stdout.replace(diagrams, '') : whole.stdout);
    }
  });

  it('splits the work: each workflow finding and each secret comes from exactly one shard', () => {
    const whole = JSON.parse(run.whole);
    expect(run.reports.map((r) => r.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    const perShard = run.reports.map((r) => [...located(r, 'workflows/gen-'), ...located(r, '.env'), ...located(r, 'scripts/')]);
    const all = [...located(whole, 'workflows/gen-'), ...located(whole, '.env'), ...located(whole, 'scripts/')];
    expect(all.length).toBeGreaterThan(20);
    expect(perShard.flat().sort()).toEqual([...all].sort());
    for (const share of perShard) expect(share.length).toBeLessThan(all.length);
    // The schema change reaches the workflows that use the action, whichever shard owns them.
    if (mode[0] === '--base') expect(whole.summary.blastRadius.filter((f: string) => f.startsWith('workflows/gen-')).length).toBeGreaterThanOrEqual(4);
    // Every shard summarises the whole change, and checks the secret in one place only.
    for (const report of run.reports) expect(report.summary).toEqual(whole.summary);
    expect(all.filter((f) => f.startsWith('credentials-in-connectors/') || f.startsWith('api-keys-scoped/')).length).toBeGreaterThan(0);
  });

  it('keeps the waivers: one applied in a single shard, one that matched nothing anywhere', () => {
    const whole = JSON.parse(run.whole);
    expect(whole.waivers.map((w: any) => [w.rule, w.status])).toEqual(
      mode[0] === '--all'
        ? [['definition-validates/unknown-node-type', 'applied'], ['definition-validates/missing-node-reference', 'unused'], ['definition-validates/payload-schema', 'refused']]
        : [['definition-validates/unknown-node-type', 'unused'], ['definition-validates/missing-node-reference', 'unused'], ['definition-validates/payload-schema', 'refused']],
    );
    // The expired waiver is reported by every shard and once in the merged report.
    const expired = (report: any) => report.configuration.findings.filter((f: any) => f.message.includes('expired on 2026-01-01'));
    for (const report of run.reports) expect(expired(report)).toHaveLength(1);
    expect(expired(whole)).toHaveLength(1);
    const applied = run.reports.map((r) => r.waivers[0].status);
    if (mode[0] === '--all') expect(applied.filter((s: string) => s === 'applied')).toHaveLength(1);
  });
});

describe('merge refuses what is not every shard of one check', () => {
  let all: string[];
  let change: string[];
  beforeAll(async () => {
    all = (await shardsOf(['--all'], 2)).files;
    change = (await shardsOf(['--base', 'main'], 2)).files;
    const relabelled = JSON.parse(await readFile(all[1], 'utf8'));
    await writeFile(join(out, 'shard-3-of-3.json'), JSON.stringify({ ...relabelled, shard: { index: 3, count: 3 } }));
  }, 120_000);

  it.each([
    ['a missing shard', () => [all[0]], /merge refused: shard 2\/2 is missing: give the report of every shard/],
    ['a shard given twice', () => [all[0], all[0], all[1]], /merge refused: shard 1\/2 is given twice/],
    ['shards of different splits', () => [all[0], all[1], join(out, 'shard-3-of-3.json')], /is a shard of 2 but .*shard-3-of-3\.json is a shard of 3/],
    ['shards of different checks', () => [all[0], change[1]], /are not of one check: one checks the whole repository \(--all\), the other a change \(--base\)/],
  ])('%s', async (_name, files, message) => {
    const result = await cli('merge', ...files());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('shards under different configurations', async () => {
    const config = join(out, 'relaxed.yml');
    await writeFile(config, 'version: 1\nitems:\n  webhooks-verified: off\n');
    const relaxed = await cli('check', '--all', '--format', 'json', '--shard', '2/2', '--config', config);
    const file = join(out, 'relaxed-2-of-2.json');
    await writeFile(file, relaxed.stdout);
    const result = await cli('merge', all[0], file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/are not of one check: they differ in (configuration source|items turned off)/);
  });

  it('shards of different --fail-on, and uses the shards\' own for the verdict', async () => {
    const strict = await cli('check', '--all', '--format', 'json', '--shard', '1/2', '--fail-on', 'warning');
    expect(JSON.parse(strict.stdout).failOn).toBe('warning');
    const file = join(out, 'strict-1-of-2.json');
    await writeFile(file, strict.stdout);
    const mixed = await cli('merge', file, all[1]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/are not of one check: they differ in fail-on \(warning and error\)/);
    const merged = await cli('merge', ...all, '--format', 'json');
    expect(JSON.parse(merged.stdout).failOn).toBe('error');
  });

  it('a report that is not a shard', async () => {
    const whole = join(out, 'whole.json');
    await writeFile(whole, (await cli('check', '--all', '--format', 'json')).stdout);
    const result = await cli('merge', whole, all[1]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/whole\.json is not a shard's report: write each with check --shard i\/n/);
  });

  it('a file that is not a report', async () => {
    const bogus = join(out, 'bogus.json');
    await writeFile(bogus, '{"result":"pass"}');
    const result = await cli('merge', bogus, all[1]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/merge refused: .*bogus\.json: it does not match schemas\/report\.schema\.json/);
  });

  it.each(['0/3', '4/3', '1/0', '1/257', 'two/3', '1/3/3', ''])('--shard %j is a usage error', async (value) => {
    const result = await cli('check', '--all', '--shard', value);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--shard/);
  });
});

describe('a merged report for the publishing run', () => {
  it('names the pull request whose head the shards checked, and saved-report accepts it', async () => {
    const { files } = await shardsOf(['--base', 'main', '--head', headSha], 2);
    const merged = await cli('merge', ...files, '--format', 'json', '--pull-request', '7');
    expect(merged.code).toBe(1);
    const file = join(out, 'merged.json');
    await writeFile(file, merged.stdout);
    const saved = await readSavedReport(file);
    expect(saved.pullRequest).toEqual({ number: 7, headSha, baseSha: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(saved.report.result).toBe('fail');
    expect(saved.report.items.map((i) => i.status)).toEqual(JSON.parse(merged.stdout).items.map((i: any) => i.status));
  });

  it('refuses --pull-request for shards of the working tree', async () => {
    const { files } = await shardsOf(['--base', 'main'], 1);
    const merged = await cli('merge', ...files, '--format', 'json', '--pull-request', '7');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/--pull-request needs shards that checked a change between commits/);
  });
});

describe('the bundled CLI', () => {
  let bundle: string;
  beforeAll(async () => {
    bundle = await buildBundle();
  }, 60_000);
  afterAll(() => rm(bundle, { recursive: true, force: true }));

  it('shards a change and merges it into the unsharded report', async () => {
    const cliJs = join(bundle, 'cli.js');
    const env = { PATH: process.env.PATH };
    const whole = await runNode(cliJs, ['check', '--base', 'main', '--format', 'json'], env, repo.dir);
    const files: string[] = [];
    for (const shard of ['2/2', '1/2']) {
      const run = await runNode(cliJs, ['check', '--base', 'main', '--format', 'json', '--shard', shard], env, repo.dir);
      expect(run.stderr).toBe('');
      files.push(join(out, `bundled-${shard.replace('/', '-of-')}.json`));
      await writeFile(files.at(-1)!, run.stdout);
    }
    const merged = await runNode(cliJs, ['merge', ...files, '--format', 'json'], env, repo.dir);
    expect(merged.code).toBe(whole.code);
    // The day differs from the in-process runs' fixed one only in evidence ages, alike in both.
    expect(merged.stdout).toBe(whole.stdout);
    expect(JSON.parse(await readFile(files[0], 'utf8')).shard).toEqual({ index: 2, count: 2 });
  }, 60_000);

  it('fails the whole check, saying why, when a shard stopped before it finished', async () => {
    const cliJs = join(bundle, 'cli.js');
    const env = { PATH: process.env.PATH };
    const stopped = await runNode(cliJs, ['check', '--all', '--format', 'json', '--shard', '1/2', '--memory-limit', '8'], env, repo.dir);
    expect(stopped.code).toBe(1);
    expect(JSON.parse(stopped.stdout).shard).toEqual({ index: 1, count: 2 });
    const finished = await runNode(cliJs, ['check', '--all', '--format', 'json', '--shard', '2/2'], env, repo.dir);
    const files = [join(out, 'stopped-1.json'), join(out, 'stopped-2.json')];
    await writeFile(files[0], stopped.stdout);
    await writeFile(files[1], finished.stdout);
    const merged = await runNode(cliJs, ['merge', ...files, '--format', 'json'], env, repo.dir);
    expect(merged.code).toBe(1);
    const report = JSON.parse(merged.stdout);
    expect(report.shard).toBeUndefined();
    expect(report.configuration.findings.map((f: any) => f.ruleId)).toContain('gate/engine-stopped');
    // The finished shard's findings and summary are kept; nothing it did not fail may pass.
    const done = JSON.parse(finished.stdout);
    expect(report.summary.changedFiles).toBe(done.summary.changedFiles);
    expect(report.summary.changedFiles).toBeGreaterThan(0);
    for (const [k, item] of report.items.entries()) {
      expect(item.findings).toEqual(expect.arrayContaining(done.items[k].findings));
      expect(['fail', 'incomplete', 'off']).toContain(item.status);
    }
  });

  it('names the commits a stopped shard was given as branches, so merge reads it and fails', async () => {
    const cliJs = join(bundle, 'cli.js');
    const env = { PATH: process.env.PATH };
    const refs = ['--base', 'main', '--head', 'change', '--format', 'json'];
    const stopped = await runNode(cliJs, ['check', ...refs, '--shard', '1/2', '--memory-limit', '8'], env, repo.dir);
    const base = (await repo.git('rev-parse', 'main')).trim();
    expect(JSON.parse(stopped.stdout).summary).toMatchObject({ base, head: headSha });
    const finished = await runNode(cliJs, ['check', ...refs, '--shard', '2/2'], env, repo.dir);
    const files = [join(out, 'branches-1.json'), join(out, 'branches-2.json')];
    await writeFile(files[0], stopped.stdout);
    await writeFile(files[1], finished.stdout);
    const merged = await runNode(cliJs, ['merge', ...files, '--format', 'json'], env, repo.dir);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(JSON.parse(merged.stdout).configuration.findings.map((f: any) => f.ruleId)).toContain('gate/engine-stopped');
  });

  it('says so when a stopped shard\'s ref names no commit', async () => {
    const stopped = await runNode(join(bundle, 'cli.js'), ['check', '--base', 'no-such-branch', '--format', 'json', '--memory-limit', '8'], { PATH: process.env.PATH }, repo.dir);
    const report = JSON.parse(stopped.stdout);
    expect(report.summary.base).toBe('no-such-branch');
    expect(report.notices.join('\n')).toMatch(/--base "no-such-branch" names no commit in .*merge cannot read/);
  });
});
