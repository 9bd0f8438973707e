import { describe, expect, it } from 'vitest';
import { configFinding, loadConfig, type ConfigRequest } from '../../src/core/config-source.js';
import { UserError } from '../../src/core/errors.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { ChangeSet } from '../../src/core/types.js';
import { memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

const PATH = '.github/b3os-readiness.yml';
const COMMIT = 'abcdef0123456789abcdef0123456789abcdef01';
const RULE_IDS = new Set(['docs-updated', 'definition-validates']);
const NO_CHANGE: ChangeSet = { base: COMMIT, head: 'HEAD', mode: 'diff', files: [] };
const bytes = (text: string) => new TextEncoder().encode(text);
const docs = (rule: string) => expect.stringMatching(new RegExp(`docs/rules/${rule}\\.md$`));

function request(base: MemoryFiles | 'defaults', extra: Partial<ConfigRequest> = {}, head: MemoryFiles = {}): ConfigRequest {
  return { from: base === 'defaults' ? 'defaults' : memorySnapshot(base, COMMIT), head: memorySnapshot(head), changes: NO_CHANGE, ruleIds: RULE_IDS, ...extra };
}

describe('the trusted configuration', () => {
  it('uses the defaults when there is no trusted snapshot, or no file in it', async () => {
    expect(await loadConfig(request('defaults'))).toEqual({ settings: DEFAULT_SETTINGS, source: { kind: 'no-base', path: PATH }, findings: [] });
    expect(await loadConfig(request({}, { label: 'main' }))).toEqual({ settings: DEFAULT_SETTINGS, source: { kind: 'absent', path: PATH, ref: COMMIT, label: 'main' }, findings: [] });
    expect(await loadConfig(request({}))).toEqual({ settings: DEFAULT_SETTINGS, source: { kind: 'absent', path: PATH, ref: COMMIT }, findings: [] });
  });

  it('refuses a path given on purpose that does not exist', async () => {
    await expect(loadConfig(request({}, { path: 'ci/gate.yml' }))).rejects.toThrow(new UserError(`the configuration file ci/gate.yml does not exist at ${COMMIT}`));
  });

  it('reads the file at its path, noting what it leaves out, and locates its keys', async () => {
    const loaded = await loadConfig(request({ 'ci/gate.yml': 'failOn: warning\nitems:\n  wallet-dedicated: off\n' }, { path: 'ci/gate.yml', label: 'main' }));
    expect(loaded).toMatchObject({ settings: { ...DEFAULT_SETTINGS, failOn: 'warning' }, source: { kind: 'file', path: 'ci/gate.yml', ref: COMMIT, label: 'main' }, findings: [] });
    expect(loaded.notes).toEqual(['`ci/gate.yml` on `main` at `abcdef0`: 3:3: `items.wallet-dedicated` names no item and is ignored; did you mean `wallets-dedicated`?']);
    expect(loaded.locate?.('/failOn')).toMatchObject({ line: 1, column: 1 });
    expect(loaded.proposed).toBeUndefined();
  });

  it('warns once, at the first problem, for a broken file and applies the defaults', async () => {
    const loaded = await loadConfig(request({ [PATH]: 'failOn: never\nitemz: {}\nlimits: 3\n' }));
    expect(loaded.settings).toBe(DEFAULT_SETTINGS);
    expect(loaded.source).toEqual({ kind: 'invalid', path: PATH, ref: COMMIT });
    expect(loaded.findings).toEqual([
      {
        ruleId: 'configuration/invalid',
        severity: 'warning',
        message: expect.stringMatching(/^the configuration on `abcdef0` is invalid, so the defaults apply: .+ \(and 2 more at 2:1, 3:9\)$/),
        hint: `fix \`${PATH}\` on the base branch; a pull request that fixes it is checked with its fixed version too`,
        location: { file: PATH, line: 1, column: 9 },
        docsUrl: docs('configuration/invalid'),
      },
    ]);
    const one = await loadConfig(request({ [PATH]: 'failOn: never\n' }, {}));
    expect(one.findings[0].message).toMatch(/^the configuration on `abcdef0` is invalid, so the defaults apply: [^(]+$/);
  });

  it('never reads a symlink, and names the working tree and a branch as they are', async () => {
    const linked = await loadConfig({ ...request({ [PATH]: { symlink: 'elsewhere.yml' } }), from: memorySnapshot({ [PATH]: { symlink: 'elsewhere.yml' } }, 'WORKTREE') });
    expect(linked.source).toEqual({ kind: 'invalid', path: PATH, ref: 'WORKTREE' });
    expect(linked.findings.map((f) => [f.message, f.location?.line, f.location?.column])).toEqual([
      [`the configuration in the working tree is invalid, so the defaults apply: \`${PATH}\` is not a regular file (a symlink or a submodule is never read)`, 1, 1],
    ]);
    // A git snapshot reads a symlink's target path as its content: it is still never read as the file.
    const target = { ...memorySnapshot({ [PATH]: { symlink: 'x' } }, COMMIT), read: async () => bytes('failOn: warning\n') };
    expect((await loadConfig({ ...request({}), from: target })).source.kind).toBe('invalid');
    expect((await loadConfig(request({ 'README.md': 'failOn: warning\n' }))).source.kind).toBe('absent');
    const onBranch = await loadConfig({ ...request({}), from: memorySnapshot({ [PATH]: 'failOn: never\n' }, 'release') });
    expect(onBranch.findings[0].message).toMatch(/^the configuration on `release` is invalid/);
  });
});

describe('the configuration a change proposes', () => {
  const edit = (status: 'modified' | 'removed' | 'added'): ChangeSet => ({ base: COMMIT, head: 'HEAD', mode: 'diff', files: [{ path: 'x.md', status: 'modified' }, { path: PATH, status }] });

  it('is read strictly when the change edits it, and kept beside the trusted one when valid', async () => {
    const loaded = await loadConfig(request({ [PATH]: 'failOn: error\n' }, { changes: edit('modified') }, { [PATH]: 'version: 1\nfailOn: warning\n' }));
    expect(loaded.settings.failOn).toBe('error');
    expect(loaded.proposed?.failOn).toBe('warning');
    expect(loaded.proposedLocate?.('/failOn')).toMatchObject({ line: 2, column: 1 });
    expect(loaded.findings).toEqual([]);
  });

  it('blocks each problem of an invalid version, at its place', async () => {
    const loaded = await loadConfig(request({}, { changes: edit('added') }, { [PATH]: 'failOn: never\nwaivers:\n  - rule: docs-update\n    reason: known\n    approver: "@a"\n    expires: 2026-12-01\n' }));
    expect(loaded.source.kind).toBe('absent');
    expect(loaded.proposed).toBeUndefined();
    expect(loaded.findings.map((f) => [f.ruleId, f.severity, f.location?.line, f.location?.column, f.message, f.hint])).toEqual([
      ['configuration/invalid', 'error', 1, 9, expect.stringMatching(/^the configuration this change proposes is invalid: /), `fix \`${PATH}\`: it applies to every change once merged`],
      ['configuration/invalid', 'error', 3, 11, 'the configuration this change proposes is invalid: waiver 1 names `docs-update`, which is no item or rule id; did you mean `docs-updated`?', `fix \`${PATH}\`: it applies to every change once merged`],
    ]);
    const linked = await loadConfig(request({}, { changes: edit('modified') }, { [PATH]: { symlink: 'x' } }));
    expect(linked.findings.map((f) => [f.severity, f.message])).toEqual([['error', `the configuration this change proposes is invalid: \`${PATH}\` is not a regular file (a symlink or a submodule is never read)`]]);
  });

  it('is left alone when the change removes it, does not edit it, or checks the whole repository', async () => {
    const broken = { [PATH]: 'failOn: never\n' };
    for (const changes of [edit('removed'), NO_CHANGE, { head: 'HEAD', mode: 'all' as const, files: [{ path: PATH, status: 'added' as const }] }]) {
      expect(await loadConfig(request({}, { changes }, broken))).toEqual({ settings: DEFAULT_SETTINGS, source: { kind: 'absent', path: PATH, ref: COMMIT }, findings: [] });
    }
    expect((await loadConfig(request({}, { changes: edit('modified') }, {}))).findings).toEqual([]);
  });
});

describe('an explicit configuration file', () => {
  it('is read strictly, and a problem is a usage error', async () => {
    const loaded = await loadConfig(request('defaults', { file: { path: 'my.yml', bytes: bytes('failOn: warning\n') } }));
    expect(loaded).toMatchObject({ settings: { failOn: 'warning' }, source: { kind: 'explicit', path: 'my.yml' }, findings: [] });
    expect(loaded.locate?.('/failOn')).toMatchObject({ line: 1, column: 1 });
    await expect(loadConfig(request('defaults', { file: { path: 'my.yml', bytes: bytes('version: 1\nwaivers:\n  - rule: nope\n    reason: known\n    approver: "@a"\n    expires: 2026-12-01\n') } }))).rejects.toThrow(
      new UserError('invalid configuration:\nmy.yml:3:11: waiver 1 names `nope`, which is no item or rule id'),
    );
    await expect(loadConfig(request('defaults', { file: { path: 'my.yml', bytes: bytes('failOn: never\nitemz: {}\n') } }))).rejects.toThrow(/^invalid configuration:\nmy\.yml:1:9: [^\n]+\nmy\.yml:2:1: [^\n]+$/);
  });
});

describe('configFinding', () => {
  it('places a finding in the configuration file', () => {
    expect(configFinding('configuration/near-miss', PATH, { line: 4, column: 2, message: 'm' }, 'warning', 'h')).toEqual({
      ruleId: 'configuration/near-miss',
      severity: 'warning',
      message: 'm',
      hint: 'h',
      location: { file: PATH, line: 4, column: 2 },
      docsUrl: docs('configuration/near-miss'),
    });
  });
});
