/**
 * The engine's bounds through the bundled entries under Node 24: hostile files end as one finding
 * each within a heap limit, and a check that stops (out of memory) fails with a verdict that says
 * why, in the CLI's output and in the Action's comment, summary and outputs.
 */
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';
import { runNode } from '../support/bundle.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
const SPREAD_ACTION = 'packages/sdk/actions/acme-gas-oracle/schema.ts';
const STRING_ACTION = 'packages/sdk/actions/acme-treasury-sweep/schema.ts';

/** Each const spreads the previous one twice: 2^22 enum values from about 700 bytes. */
function spreadingSchema(): string {
  const consts = ['const a0 = [0];', ...Array.from({ length: 22 }, (_, i) => `const a${i + 1} = [...a${i}, ...a${i}];`)];
  return `${consts.join('\n')}\nexport const payloadSchema = { type: 'object', properties: { x: { enum: a22 } } };\nexport const resultSchema = { type: 'object' };\n`;
}

/** Thirty string consts, each the previous one twice: 2^31 characters from under 800 bytes. */
function doublingStrings(): string {
  const consts = [`const s0 = 'ab';`, ...Array.from({ length: 30 }, (_, i) => `const s${i + 1} = s${i} + s${i};`)];
  return `${consts.join('\n')}\nexport const payloadSchema = { type: 'object', description: s30 };\nexport const resultSchema = { type: 'object' };\n`;
}

/** A workflow whose payload repeats an anchor through nine levels of aliases (9^9 strings expanded). */
function aliasBomb(): string {
  const lines = ['name: Bomb', 'description: Repeats itself.', 'definition:', '  nodes:', '    root:', '      type: manual', '      payload:', `        l0: &l0 [${Array(9).fill('"{{x}}"').join(', ')}]`];
  for (let i = 1; i <= 8; i++) lines.push(`        l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** An action whose payload schema doubles at each of thirty `$ref` levels, and a workflow that uses it. */
function refFanOut(): Record<string, string> {
  const defs: Record<string, object> = { l30: { type: 'string' } };
  for (let i = 0; i < 30; i++) defs[`l${i}`] = { type: 'object', properties: { a: { $ref: `#/$defs/l${i + 1}` }, b: { $ref: `#/$defs/l${i + 1}` } } };
  const action = { type: 'acme-fan', name: 'Fan', payloadSchema: { type: 'object', $defs: defs, properties: { x: { $ref: '#/$defs/l0' } } }, resultSchema: { type: 'object', properties: {} } };
  const nodes = { root: { type: 'manual', payload: {}, children: ['fan'] }, fan: { type: 'acme-fan', payload: { x: { a: {} } } } };
  return {
    'actions/acme-fan/action.json': JSON.stringify(action, null, 1),
    'workflows/fan/workflow.json': JSON.stringify({ name: 'Fan', description: 'Uses the fan.', definition: { nodes } }, null, 1),
  };
}

describe('the engine under its limits, bundled, under Node 24', () => {
  let base: string;
  const fixture = useActionFixture(async (repo) => {
    await cp(EXAMPLE, repo.dir, { recursive: true });
    base = await repo.commit('main');
  });
  const cliRun = (...args: string[]) => runNode(join(fixture.bundle, 'cli.js'), ['check', ...args, '--format', 'json'], { PATH: process.env.PATH }, fixture.repo.dir);
  const errorsOf = (stdout: string): string[] =>
    JSON.parse(stdout).items.flatMap((i: { findings: Array<{ ruleId: string; severity: string; file: string; line: number; column: number; unverified?: boolean }> }) =>
      i.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}${f.unverified ? ' unverified' : ''}`),
    );

  it('reads exponential schema.ts files as one unverified finding each, under 400 MB, and keeps every other file\'s findings', async () => {
    await fixture.repo.git('checkout', '--quiet', '-b', 'exponential');
    const spreading = spreadingSchema();
    expect(spreading.length).toBeGreaterThan(600);
    expect(spreading.length).toBeLessThan(800);
    expect(doublingStrings().length).toBeLessThan(800);
    await fixture.repo.write(SPREAD_ACTION, spreading);
    await fixture.repo.write(STRING_ACTION, doublingStrings());
    await fixture.repo.commit('exponential schemas');
    const started = Date.now();
    const run = await cliRun('--all', '--memory-limit', '400', '--time-limit', '60');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code, run.stderr).toBe(1);
    const errors = errorsOf(run.stdout);
    expect(errors).toContain(`definition-validates/type-definition ${SPREAD_ACTION}:17:25 unverified`);
    expect(errors).toContain(`definition-validates/type-definition ${STRING_ACTION}:20:19 unverified`);
    expect(errors.filter((e) => e.startsWith('definition-validates/type-definition'))).toHaveLength(2);
    // Another file's finding is kept.
    expect(errors).toContain('definition-validates/unknown-node-type workflows/invoice-webhook/workflow.json:38:17');
    expect(run.stdout).not.toContain('gate/engine-stopped');
    await fixture.repo.git('checkout', '--quiet', 'main');
  });

  it('reads a YAML alias bomb and a $ref fan-out as one unverified finding each, under 400 MB, and keeps every other file\'s findings', async () => {
    await fixture.repo.git('checkout', '--quiet', '-B', 'bombs', 'main');
    await fixture.repo.write('workflows/bomb/workflow.yaml', aliasBomb());
    for (const [path, text] of Object.entries(refFanOut())) await fixture.repo.write(path, text);
    await fixture.repo.commit('bombs');
    const run = await cliRun('--all', '--memory-limit', '400', '--time-limit', '60');
    expect(run.code, run.stderr).toBe(1);
    const errors = errorsOf(run.stdout);
    expect(errors.filter((e) => e.startsWith('definition-validates/'))).toEqual([
      'definition-validates/syntax workflows/bomb/workflow.yaml:11:28 unverified',
      'definition-validates/missing-node-reference workflows/eth-price-alert/workflow.json:26:22',
      'definition-validates/payload-schema workflows/fan/workflow.json:14:13 unverified',
      'definition-validates/unknown-node-type workflows/invoice-webhook/workflow.json:38:17',
      'definition-validates/payload-schema workflows/treasury-sweep/workflow.json:21:25',
    ]);
    expect(errors).toContain('definition-validates/unknown-node-type workflows/invoice-webhook/workflow.json:38:17');
    expect(run.stdout).not.toContain('gate/engine-stopped');
    await fixture.repo.git('checkout', '--quiet', 'main');
  });

  it('the CLI fails, saying why, when the check runs out of memory', async () => {
    const run = await runNode(join(fixture.bundle, 'cli.js'), ['check', '--all', '--memory-limit', '8'], { PATH: process.env.PATH }, fixture.repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the check ran out of its 8 MB of memory [gate/engine-stopped]');
    expect(run.stdout).toMatch(/INCOMPLETE {2}Definition validates +not checked: the check ran out of its 8 MB of memory/);
    expect(run.stdout).toContain('Result: fail (11 of 11 items block; 1 configuration problem blocks)');
  });

  it('a usage error found inside the worker is still a usage error', async () => {
    const run = await cliRun('--base', 'no-such-ref');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot resolve "no-such-ref"');
  });

  it('the Action replaces an earlier ✅ with a failing verdict that says why when the check runs out of memory', async () => {
    await fixture.repo.git('checkout', '--quiet', '-b', 'feature');
    await fixture.repo.write('README.md', '# Acme workflows\n');
    const head = await fixture.repo.commit('a shorter readme');
    const files: ActionRun['files'] = [{ filename: 'README.md', status: 'modified' }];
    const first = await runActionBundle({ ...fixture, base, head, files, run: 'ok' });
    expect(first.outputs.result, first.stdout + first.stderr).toBe('pass');
    expect(fixture.api.state.commentsOf(2)[0].body).toContain('✅');

    const crashed = await runActionBundle({ ...fixture, base, head, files, run: 'oom', env: { 'INPUT_MEMORY-LIMIT': '8' } });
    expect(crashed.code).toBe(1);
    expect(crashed.outputs.result).toBe('fail');
    expect(crashed.outputs['failed-items'].split(',')).toHaveLength(11);
    expect(crashed.stdout).toContain('::error::B3OS production readiness:');
    expect(crashed.summary).toContain('the check ran out of its 8 MB of memory');
    const comments = fixture.api.state.commentsOf(2);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('the check ran out of its 8 MB of memory');
    expect(comments[0].body).not.toMatch(/^#+ .*✅/m);
  });

  it('a bad limit input fails the Action as a usage error', async () => {
    const head = (await fixture.repo.git('rev-parse', 'HEAD')).trim();
    const files: ActionRun['files'] = [{ filename: 'README.md', status: 'modified' }];
    const run = await runActionBundle({ ...fixture, base, head, files, run: 'bad-limit', env: { 'INPUT_TIME-LIMIT': 'soon' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input "time-limit" must be a whole number from 1 to 86,400, got "soon"');
  });
});
