/**
 * `check --jobs N` in the bundled CLI: a check split over N workers of one process gives the report
 * of one worker, byte for byte, in an audit and in a change; a secret value one worker finds is
 * masked in a finding of another.
 */
import { cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOfKey } from '../../src/core/shard.js';
import { runNode, sharedBundle } from '../support/bundle.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
// A value the scan finds only beside its name: in the workflow it is a bare (unknown) node type.
const SECRET = 'Zq8xK2mP9vL4wR7tB5nC';
const leak = (edited: boolean) => `{
  "name": "Leak${edited ? ' (edited)' : ''}",
  "description": "A workflow whose node type is a secret value.",
  "definition": {
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["say"] },
      "say": { "type": "${SECRET}", "payload": {} }
    }
  }
}
`;

let repo: FixtureRepo;
let cliJs: string;
beforeAll(async () => {
  [repo, cliJs] = await Promise.all([createRepo(), sharedBundle().then((dir) => join(dir, 'cli.js'))]);
  await cp(EXAMPLE, repo.dir, { recursive: true });
  await repo.write('workflows/leak/workflow.json', leak(false));
  await repo.commit('main');
  await repo.git('checkout', '--quiet', '-b', 'change');
  await repo.write('workflows/leak/workflow.json', leak(true));
  await repo.write('.env', `WEBHOOK_SIGNING_SECRET=${SECRET}\n`);
  const alert = await readFile(join(repo.dir, 'workflows/eth-price-alert/workflow.json'), 'utf8');
  await repo.write('workflows/eth-price-alert/workflow.json', `${alert}\n`);
  await repo.commit('change');
}, 120_000);
afterAll(() => repo.cleanup());

const check = (...args: string[]) => runNode(cliJs, ['check', ...args], { PATH: process.env.PATH }, repo.dir);

describe.each([
  ['an audit (--all)', ['--all']],
  ['a change (--base main)', ['--base', 'main']],
])('%s in three workers', (_name, mode) => {
  it('gives the report of one worker, byte for byte', async () => {
    const [one, three] = await Promise.all([check(...mode, '--format', 'json', '--jobs', '1'), check(...mode, '--format', 'json', '--jobs', '3')]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).shard).toBeUndefined();
  }, 60_000);

  it('masks the secret the worker owning `.env` found in the finding of the worker owning the workflow', async () => {
    // The premise: under three workers, the two are checked by different ones.
    expect(shardOfKey('file:.env', 3)).not.toBe(shardOfKey('workflow:leak', 3));
    const three = await check(...mode, '--format', 'json', '--jobs', '3');
    expect(three.stdout).not.toContain(SECRET.slice(0, 6));
    const findings = JSON.parse(three.stdout).items.flatMap((item: any) => item.findings);
    expect(findings.find((f: any) => f.ruleId === 'definition-validates/unknown-node-type' && f.file === 'workflows/leak/workflow.json').message).toBe(
      'node `say` has unknown type `[redacted]`',
    );
    expect(findings.some((f: any) => f.file === '.env' && f.ruleId === 'credentials-in-connectors/webhook-secret')).toBe(true);
  }, 60_000);
});

describe('--jobs', () => {
  it.each([
    [['--jobs', '0'], /--jobs must be auto or a whole number from 1 to 16, got "0"/],
    [['--jobs', '2', '--shard', '1/2'], /--jobs splits a check over workers and --shard checks one share of it: give one of them/],
  ])('%j is a usage error', async (args, message) => {
    const result = await check('--all', ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('one worker for a shard, with --jobs 1 or without --jobs', async () => {
    const [given, left] = await Promise.all([check('--all', '--format', 'json', '--shard', '2/2', '--jobs', '1'), check('--all', '--format', 'json', '--shard', '2/2')]);
    expect(given.code).toBe(left.code);
    expect(JSON.parse(given.stdout).shard).toEqual({ index: 2, count: 2 });
    expect(given.stdout).toBe(left.stdout);
  }, 60_000);
});
