/**
 * No output channel repeats a found secret: the CLI in every format, its error text, and the
 * bundled Action's log, annotations, job summary, sticky comment, outputs, JSON report and SARIF
 * file, on a repository holding the planted corpus and secrets placed where other rules quote
 * text back (a payload expression, a configuration value).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsUrlOf } from '../../src/core/rule.js';
import { runCli } from '../../src/run/cli-main.js';
import { runActionBundle, useActionFixture } from '../support/action-runner.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';
import { leakWindows, leaksIn, plantedCorpus, type Plant } from '../support/secrets/corpus.js';
import { secretOf } from '../support/secrets/values.js';

/** A workflow whose expression refers to a node that does not exist, with a key inside the expression: rules quote such expressions. */
function quotingWorkflow(key: string): string {
  return `{
  "name": "Quoted",
  "description": "An expression the validator quotes back.",
  "definition": {
    "triggerNodeIds": ["root"],
    "nodes": {
      "root": { "type": "manual", "payload": {}, "children": ["say"] },
      "say": { "type": "log", "payload": { "message": "{{ $nodes.ghost.result.value + '${key}' }}" } }
    }
  }
}
`;
}

/** The corpus plus a key in a payload expression; every plant listed, the extra one included. */
function leakyRepository(): { files: Record<string, string>; plants: Plant[] } {
  const { files, plants } = plantedCorpus();
  const quoted = secretOf('b3os');
  const path = 'workflows/quoted/workflow.json';
  return { files: { ...files, [path]: quotingWorkflow(quoted.literal) }, plants: [...plants, { value: quoted, kind: 'workflow', path, line: 8 }] };
}

async function cli(repo: FixtureRepo, args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(['check', '--repo', repo.dir, ...args], { cwd: repo.dir, stdout: (t) => (out += t), stderr: (t) => (out += t), color: false, today: '2026-11-25' });
  return { code, out };
}

describe('the CLI never repeats a found secret', () => {
  const { files, plants } = leakyRepository();
  const windows = leakWindows(plants);
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    for (const [path, text] of Object.entries(files)) await repo.write(path, text);
    await repo.commit('plant secrets');
  });
  afterAll(() => repo?.cleanup());

  it.each(['text', 'markdown', 'json', 'sarif'])('in --format %s: rule, place and fingerprint only', async (format) => {
    const { code, out } = await cli(repo, ['--all', '--format', format]);
    expect(code).toBe(1);
    expect(leaksIn(out, windows)).toEqual([]);
    // The findings are there, with their fingerprints: the redaction did not just drop them.
    for (const plant of plants.slice(0, 20)) expect(out, plant.path).toContain(plant.path);
    expect(out).toMatch(format === 'sarif' ? /"b3osReadiness\/v1": "[0-9a-f]{8}"/ : /fingerprint/);
    // Masking is of the secrets, not of the words around them: links to the rule docs stay whole.
    if (format !== 'text') expect(out).toContain(docsUrlOf('credentials-in-connectors/provider-token'));
    if (format === 'json') {
      type Found = { ruleId: string; file: string; fingerprint?: string };
      const findings: Found[] = JSON.parse(out).items.flatMap((i: { findings: Found[] }) => i.findings).filter((f: Found) => f.fingerprint);
      // Each plant once by its own rule; templates-portable/secret reports those in templates again.
      expect(findings.filter((f) => !f.ruleId.startsWith('templates-portable/')).length).toBe(plants.length);
      const inTemplates = plants.filter((p) => /^templates\/[^/]+\/template\.json$/.test(p.path)).length;
      expect(findings.filter((f) => f.ruleId === 'templates-portable/secret').length).toBe(inTemplates);
    }
  });

  it('in the error text of a configuration value it quotes back', async () => {
    const key = secretOf('github-pat');
    await repo.write('.github/b3os-readiness.yml', `failOn: ${key.literal}\n`);
    await repo.commit('a key as a configuration value');
    const { code, out } = await cli(repo, ['--all']);
    // An invalid file where the configuration is read is one warning, and the defaults apply.
    expect([0, 1]).toContain(code);
    expect(out).toMatch(/configuration\/invalid/);
    expect(out).toMatch(/failOn/);
    expect(leaksIn(out, leakWindows([{ value: key, kind: 'config', path: '.github/b3os-readiness.yml', line: 1 }]))).toEqual([]);
  });
});

describe('the Action never repeats a found secret', () => {
  const { files, plants } = leakyRepository();
  let base = '';
  const fixture = useActionFixture(async (repo) => {
    await repo.write('README.md', '# Workflows\n');
    base = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'leak');
    for (const [path, text] of Object.entries(files)) await repo.write(path, text);
  });

  it('in its log, annotations, summary, comment, check run, outputs, report and SARIF file', async () => {
    const head = await fixture.repo.commit('plant secrets');
    const sarifFile = join(fixture.temp, 'readiness.sarif');
    const run = await runActionBundle({ ...fixture, base, head, run: 'leak', files: Object.keys(files).map((filename) => ({ filename, status: 'added' as const })), env: { 'INPUT_SARIF-FILE': sarifFile } });
    expect(run.code, run.stderr).toBe(1);
    const channels: Record<string, string> = {
      'log and annotations': run.stdout + run.stderr,
      summary: run.summary,
      comment: fixture.api.state.commentsOf(2).map((c) => c.body).join('\n'),
      'check run': JSON.stringify(fixture.api.state.checkRuns),
      outputs: JSON.stringify(run.outputs),
      report: await readFile(run.outputs['report-path'], 'utf8'),
      sarif: await readFile(sarifFile, 'utf8'),
    };
    expect(run.stdout).toMatch(/::error title=credentials-in-connectors\/private-key,file=/);
    expect(JSON.parse(channels.report).items.find((i: { id: string }) => i.id === 'api-keys-scoped').status).toBe('fail');
    const windows = leakWindows(plants);
    expect(Object.fromEntries(Object.entries(channels).map(([name, text]) => [name, leaksIn(text, windows, [base, head])]))).toEqual({ 'log and annotations': [], summary: [], comment: [], 'check run': [], outputs: [], report: [], sarif: [] });
  }, 120_000);
});
