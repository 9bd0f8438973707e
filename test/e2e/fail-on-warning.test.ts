/**
 * `--fail-on warning` (and `failOn: warning`) on real git repositories: the configuration's own
 * warnings (a near-miss path, an expired waiver on the base) fail the gate like an item's, and the
 * verdict counts them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, LOG_WORKFLOW } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const CONFIG = '.github/b3os-readiness.yml';

/** The configuration findings of a JSON report, as `ruleId severity file`. */
function configFindings(stdout: string): string[] {
  return JSON.parse(stdout).configuration.findings.map((f: Record<string, unknown>) => `${f.ruleId} ${f.severity} ${f.file}`);
}

describe('fail-on warning counts the configuration findings', () => {
  let repo: FixtureRepo;
  let main: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW);
    main = await repo.commit('main');
  });
  afterAll(() => repo.cleanup());

  /** A branch `pr` from `main` (with `config` as its configuration, when given) that adds a workflow at a near-miss path. */
  async function nearMissBranch(config?: string): Promise<void> {
    await repo.git('checkout', '--quiet', '-B', 'base', main);
    if (config !== undefined) await repo.write(CONFIG, config);
    await repo.commit('configuration');
    await repo.git('checkout', '--quiet', '-B', 'pr', 'base');
    await repo.write('workflows/zz/Workflow.json', LOG_WORKFLOW);
    await repo.commit('a workflow at a near-miss path');
  }

  it.each([
    { label: '--fail-on warning', config: undefined, flags: ['--fail-on', 'warning'], expected: 1 },
    { label: 'failOn: warning in the configuration', config: 'version: 1\nfailOn: warning\n', flags: [], expected: 1 },
    { label: '--fail-on warning over failOn: error', config: 'version: 1\nfailOn: error\n', flags: ['--fail-on', 'warning'], expected: 1 },
    { label: 'the default (error)', config: undefined, flags: [], expected: 0 },
    { label: '--fail-on error over failOn: warning', config: 'version: 1\nfailOn: warning\n', flags: ['--fail-on', 'error'], expected: 0 },
  ])('a near-miss warning under $label exits $expected', async ({ config, flags, expected }) => {
    await nearMissBranch(config);
    const json = await cli(repo.dir, 'check', '--base', 'base', '--head', 'pr', '--format', 'json', ...flags);
    expect(configFindings(json.stdout)).toEqual(['configuration/near-miss warning workflows/zz/Workflow.json']);
    expect(JSON.parse(json.stdout).result).toBe(expected === 1 ? 'fail' : 'pass');
    expect(json.code).toBe(expected);
    const text = await cli(repo.dir, 'check', '--base', 'base', '--head', 'pr', ...flags);
    expect(text.code).toBe(expected);
    expect(text.stdout).toMatch(expected === 1 ? /^Result: fail \(1 warning fails it under fail-on: warning\)$/m : /^Result: pass$/m);
  });

  it('the markdown summary gives the same reason', async () => {
    await nearMissBranch();
    const run = await cli(repo.dir, 'check', '--base', 'base', '--head', 'pr', '--format', 'markdown', '--fail-on', 'warning');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 warning fails it under fail-on: warning');
  });

  describe('an expired waiver in the configuration on the base', () => {
    // The workflow has no manifest: the two items that ask for one are off, so the audit is otherwise clean.
    const WAIVER = 'version: 1\nitems:\n  failure-paths-observable: off\n  public-contract: off\nwaivers:\n  - rule: docs-updated\n    paths: ["workflows/hourly/**"]\n    reason: pages are being rewritten\n    approver: "@acme/platform"\n    expires: 2026-11-01\n';

    beforeAll(async () => {
      await repo.git('checkout', '--quiet', '-B', 'expired', main);
      await repo.write(CONFIG, WAIVER);
      await repo.commit('a waiver that has expired');
    });

    it.each([
      { flags: ['--fail-on', 'warning'], expected: 1 },
      { flags: [], expected: 0 },
    ])('check --all $flags exits $expected', async ({ flags, expected }) => {
      await repo.git('checkout', '--quiet', 'expired');
      const json = await cli(repo.dir, 'check', '--all', '--format', 'json', ...flags);
      expect(configFindings(json.stdout)).toEqual([`configuration/waiver warning ${CONFIG}`]);
      expect(json.code).toBe(expected);
      const text = await cli(repo.dir, 'check', '--all', ...flags);
      expect(text.code).toBe(expected);
      expect(text.stdout).toMatch(/expired on 2026-11-01 and no longer applies/);
      expect(text.stdout).toMatch(expected === 1 ? /^Result: fail \(1 warning fails it under fail-on: warning; 2 items off\)$/m : /^Result: pass \(2 items off\)$/m);
    });
  });
});

describe('check --config: what the help promises is what it does', () => {
  let repo: FixtureRepo;
  /** A folder outside the repository for the `--config` files. */
  let outside: string;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('workflows/hourly/workflow.json', LOG_WORKFLOW);
    await repo.commit('main');
    outside = await mkdtemp(join(tmpdir(), 'b3os-config-'));
  });
  afterAll(async () => {
    await repo.cleanup();
    await rm(outside, { recursive: true, force: true });
  });

  it('the help says an invalid file exits 2 and a finding of a valid one exits 1', async () => {
    const help = (await cli(repo.dir, 'check', '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('a file that cannot be read or parsed, or an unknown or invalid setting, is a usage error (exit 2)');
    expect(help).toContain('paths that match no file, an expired waiver) is a configuration finding, reported with the others (exit 1 when it is an error)');
  });

  it('an unknown key is a usage error: exit 2', async () => {
    await writeFile(join(outside, 'bad.yml'), 'version: 1\nfailon: warning\n');
    const run = await cli(outside, 'check', '--repo', repo.dir, '--all', '--config', 'bad.yml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^b3os-readiness: invalid configuration:\nbad\.yml:2:1: /);
  });

  it('paths that match no file are a configuration finding: exit 1', async () => {
    await writeFile(join(outside, 'paths.yml'), 'version: 1\npaths:\n  workflows: ["flows/{slug}/workflow.json"]\n');
    const run = await cli(outside, 'check', '--repo', repo.dir, '--all', '--config', 'paths.yml', '--format', 'json');
    expect(run.code).toBe(1);
    expect(configFindings(run.stdout)).toEqual(['configuration/paths error paths.yml']);
  });
});
