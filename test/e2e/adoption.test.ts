/** The first hour of adoption, through the CLI on real git repositories. */
import { afterEach, describe, expect, it } from 'vitest';
import { cli, LOG_WORKFLOW as WORKFLOW } from '../support/cli.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

const CONFIG = '.github/b3os-readiness.yml';

const repos: FixtureRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.cleanup();
});

async function repoWith(files: Record<string, string>): Promise<FixtureRepo> {
  const repo = await createRepo();
  repos.push(repo);
  for (const [path, text] of Object.entries(files)) await repo.write(path, text);
  await repo.commit('main');
  return repo;
}

describe('an item turned off', () => {
  it('is `off` in JSON, ⏸️ in Markdown with the count in the heading, OFF in text', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW, [CONFIG]: 'version: 1\nitems:\n  webhooks-verified: off\n  templates-portable: off\n' });
    const json = JSON.parse((await cli(repo.dir, 'check', '--all', '--format', 'json')).stdout);
    const status = Object.fromEntries(json.items.map((i: { id: string; status: string }) => [i.id, i.status]));
    expect(status).toMatchObject({ 'webhooks-verified': 'off', 'templates-portable': 'off', 'public-contract': expect.not.stringMatching(/^off$/) });
    const markdown = (await cli(repo.dir, 'check', '--all', '--format', 'markdown')).stdout;
    expect(markdown).toMatch(/^## B3OS production readiness: .* · 2 items off$/m);
    expect(markdown).toContain('| ⏸️ | Webhooks are verified | turned off in the configuration |');
    const text = (await cli(repo.dir, 'check', '--all')).stdout;
    expect(text).toMatch(/^OFF +Templates are portable +turned off in the configuration$/m);
    expect(text).toMatch(/^Result: \w+ \(.*2 items off\)$/m);
  });
});

describe('the configuration of a change', () => {
  it('comes from the base branch tip: items turned off there after the branch was cut are honoured', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW });
    const branchPoint = (await repo.git('rev-parse', 'HEAD')).trim();
    await repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.write('workflows/broken/workflow.json', '{ "name": 1 }\n');
    await repo.commit('a broken workflow');
    await repo.git('checkout', '--quiet', 'main');
    await repo.write(CONFIG, 'version: 1\nitems:\n  definition-validates: off\n');
    const tip = await repo.commit('turn definition-validates off');
    await repo.git('checkout', '--quiet', 'feature');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.items.find((i: { id: string }) => i.id === 'definition-validates').status).toBe('off');
    expect(report.configuration.source).toEqual({ kind: 'file', path: CONFIG, label: 'main', ref: tip });
    // What was checked is the merge into the tip, compared with the tip; the configuration came from the tip.
    expect(report.summary.base).toBe(tip);
    expect(report.summary.merge).toMatchObject({ status: 'merged', base: tip, baseLabel: 'main' });
    expect(code).not.toBe(2);
    // As branched, what was compared is the branch point; the configuration still comes from the tip.
    const branched = JSON.parse((await cli(repo.dir, 'check', '--base', 'main', '--no-merge', '--format', 'json')).stdout);
    expect([branched.summary.base, branched.configuration.source.ref]).toEqual([branchPoint, tip]);
    const text = (await cli(repo.dir, 'check', '--base', 'main')).stdout;
    expect(text).toContain(`configuration: \`${CONFIG}\` on \`main\` at \`${tip.slice(0, 7)}\``);
  });

  it('a typo on the base branch is one warning and the defaults apply; the pull request that fixes it gets a verdict', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW, [CONFIG]: 'version: 1\nitems:\n  docs-updated: warning\nfailon: warning\n' });
    await repo.git('checkout', '--quiet', '-b', 'fix');
    await repo.write(CONFIG, 'version: 1\nitems:\n  docs-updated: warning\nfailOn: warning\n');
    await repo.commit('fix the typo');
    const { code, stdout, stderr } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.configuration.findings).toEqual([
      expect.objectContaining({ ruleId: 'configuration/invalid', severity: 'warning', file: CONFIG, line: 4, column: 1, message: expect.stringMatching(/^the configuration on `main` at `[0-9a-f]{7}` is invalid, so the defaults apply: unknown key `failon` in the document; did you mean `failOn`\?$/) }),
    ]);
    expect(report.configuration.source).toMatchObject({ kind: 'invalid', label: 'main' });
    expect(report.notices).toContainEqual(expect.stringMatching(/^this change edits `\.github\/b3os-readiness\.yml`; its new version is valid\./));
  });

  it('a proposed configuration with problems fails the change with each problem at its place, in line order', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW });
    await repo.git('checkout', '--quiet', '-b', 'config');
    await repo.write(CONFIG, 'version: 1\nitems:\n  wallet-dedicated: off\nwaivers:\n  - rule: docs-updated/action-page-misng\n    reason: later\n    approver: "@a"\n    expires: 2026-12-31\n');
    await repo.commit('configure');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).configuration.findings;
    expect(findings.map((f: { severity: string; line: number; column: number; message: string }) => `${f.severity} ${f.line}:${f.column} ${f.message}`)).toEqual([
      'error 3:3 the configuration this change proposes is invalid: unknown key `wallet-dedicated` in `items`; did you mean `wallets-dedicated`?',
      'error 5:11 the configuration this change proposes is invalid: waiver 1 names `docs-updated/action-page-misng`, which is no item or rule id; did you mean `docs-updated/action-page-missing`?',
    ]);
  });
});

describe('never a silent "checks nothing"', () => {
  it('fails paths that match nothing while the default layout holds files, naming both', async () => {
    const config = 'version: 1\npaths:\n  workflows: ["flows/{slug}/workflow.json"]\n';
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW, [CONFIG]: config });
    const { code, stdout } = await cli(repo.dir, 'check', '--all', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.result).toBe('fail');
    expect(report.configuration.findings).toEqual([
      expect.objectContaining({
        ruleId: 'configuration/paths',
        severity: 'error',
        file: CONFIG,
        line: 3,
        column: 3,
        message: '`paths.workflows` (`flows/{slug}/workflow.json`) matches no file, but the default (`workflows/{slug}/workflow.json`, `workflows/{slug}/workflow.yaml`, `workflows/{slug}/workflow.yml`) matches `workflows/hourly/workflow.json`: nothing there is checked',
      }),
    ]);
  });

  it('fails a proposed configuration whose paths would check nothing, before it is merged', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW });
    await repo.git('checkout', '--quiet', '-b', 'adopt');
    await repo.write(CONFIG, 'version: 1\npaths:\n  workflows: ["flows/{slug}/workflow.json"]\n');
    await repo.commit('copy the configuration block');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).configuration.findings).toEqual([
      expect.objectContaining({ ruleId: 'configuration/paths', severity: 'error', line: 3, column: 3, message: expect.stringMatching(/^the configuration this change proposes: `paths\.workflows` \(`flows\/\{slug\}\/workflow\.json`\) matches no file/) }),
    ]);
  });

  it('lets a change that moves the workflows and their paths in one go be checked, not refused', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW });
    await repo.git('checkout', '--quiet', '-b', 'move');
    await repo.git('mv', 'workflows', 'flows');
    await repo.write(CONFIG, 'version: 1\npaths:\n  workflows: ["flows/{slug}/workflow.json"]\n');
    await repo.commit('move the workflows');
    const { code, stderr, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).not.toBe(2);
    expect(JSON.parse(stdout).configuration.findings).toEqual([]);
  });

  it('exits 2 with "nothing to check" on a folder without any B3OS object, in both modes', async () => {
    const repo = await repoWith({ 'README.md': '# not a workflows repository\n' });
    const all = await cli(repo.dir, 'check', '--all');
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/nothing to check: no workflow, action, trigger, template or API description found in the working tree \(looked for `workflows\/\{slug\}\/workflow\.json`/);
    await repo.git('checkout', '--quiet', '-b', 'docs');
    await repo.write('README.md', '# still not\n');
    await repo.commit('docs');
    expect((await cli(repo.dir, 'check', '--base', 'main')).code).toBe(2);
  });

  it('passes a change that touches no B3OS file in a repository that has them (only the secret scans read it)', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW, 'README.md': '# ops\n' });
    await repo.git('checkout', '--quiet', '-b', 'readme');
    await repo.write('README.md', '# ops, on call: @acme/ops\n');
    await repo.commit('readme');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(code).toBe(0);
    const status = Object.fromEntries(JSON.parse(stdout).items.map((i: { id: string; status: string }) => [i.id, i.status]));
    expect(Object.entries(status).filter(([, s]) => s !== 'not-affected')).toEqual([['api-keys-scoped', 'pass'], ['credentials-in-connectors', 'pass']]);
  });
});

describe('the local CLI', () => {
  it('checks the files being edited: an uncommitted edit and an untracked file, and says it compared the working tree', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW });
    await repo.write('workflows/hourly/workflow.json', WORKFLOW.replace('"log"', '"lgo"'));
    await repo.write('workflows/fresh/workflow.json', '{ "name": 1 }\n');
    const { code, stdout } = await cli(repo.dir, 'check', '--base', 'main', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ mode: 'diff', head: 'WORKTREE', changedFiles: 2 });
    const files = report.items.find((i: { id: string }) => i.id === 'definition-validates').findings.map((f: { file: string }) => f.file);
    expect(new Set(files)).toEqual(new Set(['workflows/hourly/workflow.json', 'workflows/fresh/workflow.json']));
    const text = (await cli(repo.dir, 'check', '--base', 'main')).stdout;
    expect(text).toMatch(/^Checked change from `[0-9a-f]{7}` to the working tree · 2 files changed · checked merged into `main` at `[0-9a-f]{7}` as `[0-9a-f]{7}` · configuration: the defaults \(no `\.github\/b3os-readiness\.yml` on `main` at `[0-9a-f]{7}`\)$/m);
    // --head checks the commit, which has neither edit.
    expect((await cli(repo.dir, 'check', '--base', 'main', '--head', 'HEAD')).code).toBe(0);
  });

  it('audits with --all what git would commit: ignored files are left out, untracked ones are in', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW, '.gitignore': 'scratch/\n' });
    await repo.write('scratch/workflow.json', '{ "name": 1 }\n');
    await repo.write('workflows/scratch/workflow.json', '{ "name": 1 }\n');
    await repo.write('.gitignore', 'scratch/\nworkflows/scratch/\n');
    await repo.write('workflows/draft/workflow.json', WORKFLOW.replace('"log"', '"lgo"'));
    const { stdout } = await cli(repo.dir, 'check', '--all', '--format', 'json');
    const files = new Set(JSON.parse(stdout).items.flatMap((i: { findings: Array<{ file: string }> }) => i.findings.map((f) => f.file)));
    expect(files.has('workflows/draft/workflow.json')).toBe(true);
    expect(files.has('workflows/scratch/workflow.json')).toBe(false);
  });

  it('explains each command and flag, lists catalog subcommands, and refuses contradictions in words', async () => {
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW });
    const help = await cli(repo.dir, 'check', '--help');
    expect(help.code).toBe(0);
    for (const flag of ['--base', '--head', '--all', '--repo', '--config', '--format', '--fail-on', '--api-url', 'Exit codes:', 'Example']) expect(help.stdout).toContain(flag);
    expect(help.stdout).toContain('text (default)');
    expect((await cli(repo.dir, 'catalog')).stdout).toMatch(/Subcommands:\n {2}pull /);
    expect((await cli(repo.dir, 'catalog', 'pull', '--help')).stdout).toMatch(/default: https:\/\/api\.b3os\.org/);
    expect((await cli(repo.dir, 'hash', '--help')).stdout).toMatch(/^Usage: b3os-readiness hash FILE/);
    expect((await cli(repo.dir, '--help')).stdout).toMatch(/^b3os-readiness: the B3OS production readiness checklist/);
    const both = await cli(repo.dir, 'check', '--all', '--base', 'main');
    expect(both).toMatchObject({ code: 2, stderr: expect.stringMatching(/--all audits everything and --base checks a change: give one of them/) });
    const typo = await cli(repo.dir, 'chek');
    expect(typo).toMatchObject({ code: 2, stderr: expect.stringMatching(/^b3os-readiness: unknown command "chek"; did you mean `check`\?/) });
  });

  it('says a repository without commits has none', async () => {
    const repo = await createRepo();
    repos.push(repo);
    await repo.write('workflows/hourly/workflow.json', WORKFLOW);
    const { code, stderr } = await cli(repo.dir, 'check', '--base', 'main');
    expect(code).toBe(2);
    expect(stderr).toMatch(/has no commits yet: commit first, or audit the folder with --all/);
  });

  it('says a folder that is not a git repository is not one', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'b3os-plain-'));
    try {
      const { code, stderr } = await cli(dir, 'check', '--base', 'main');
      expect(code).toBe(2);
      expect(stderr).toMatch(/is not a git repository: --base and --head read its history; audit a plain folder with --all/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the workflow that runs the gate', () => {
  it('is never edited or removed silently', async () => {
    const gate = 'name: B3OS readiness\non: pull_request\njobs:\n  readiness:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: b3os-readiness/b3os-readiness@v0\n';
    const repo = await repoWith({ 'workflows/hourly/workflow.json': WORKFLOW, '.github/workflows/readiness.yml': gate, '.github/workflows/lint.yml': 'name: lint\n' });
    await repo.git('checkout', '--quiet', '-b', 'weaken');
    await repo.write('.github/workflows/readiness.yml', gate.replace('on: pull_request', 'on: workflow_dispatch'));
    await repo.write('.github/workflows/lint.yml', 'name: lint all\n');
    await repo.commit('weaken the gate');
    const notices: string[] = JSON.parse((await cli(repo.dir, 'check', '--base', 'main', '--format', 'json')).stdout).notices;
    expect(notices.filter((n) => n.includes('the workflow that runs the readiness gate'))).toEqual([
      'this change edits `.github/workflows/readiness.yml`, the workflow that runs the readiness gate: GitHub runs this change\'s copy of it, so review it like code (protect `.github/workflows/` with CODEOWNERS)',
    ]);
    await repo.remove('.github/workflows/readiness.yml');
    await repo.commit('remove the gate');
    const removed: string[] = JSON.parse((await cli(repo.dir, 'check', '--base', 'main', '--format', 'json')).stdout).notices;
    expect(removed).toContainEqual(expect.stringMatching(/^this change removes `\.github\/workflows\/readiness\.yml`, the workflow that runs the readiness gate/));
  });
});
