import { describe, expect, it } from 'vitest';
import type { ChangeSummary, ConfigSource } from '../../src/core/types.js';
import { comparedPhrase, configPhrase, headName } from '../../src/render/run-description.js';
import { sampleReport } from './sample-report.js';

const summary = sampleReport.summary;
const PATH = '.github/b3os-readiness.yml';
const REF = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c';
const with_ = (config: ConfigSource): ChangeSummary => ({ ...summary, config });

describe('what a run compared', () => {
  it('names base and head of a change, the head of an audit, and the working tree', () => {
    expect(comparedPhrase({ ...summary, merge: undefined })).toBe('change from `0f1e2d3` to `a1b2c3d` · 14 files changed');
    expect(comparedPhrase({ ...summary, merge: undefined, base: undefined, changedFiles: 1 })).toBe('change to `a1b2c3d` · 1 file changed');
    expect(comparedPhrase({ ...summary, mode: 'all', head: 'HEAD', changedFiles: 30 })).toBe('full audit of `HEAD` · 30 files');
    expect(headName('WORKTREE')).toBe('the working tree');
  });

  it('names the merge that was checked, or why the head was checked as branched', () => {
    const merge = { base: REF, baseLabel: 'main' };
    const phrase = (m: ChangeSummary['merge']) => comparedPhrase({ ...summary, merge: m }).split(' · ')[2];
    expect(phrase({ ...merge, status: 'merged', checked: 'abcdef0123456789abcdef0123456789abcdef01' })).toBe('checked merged into `main` at `0f1e2d3` as `abcdef0`');
    expect(phrase({ base: REF, status: 'merged', checked: 'abcdef0123456789abcdef0123456789abcdef01' })).toBe('checked merged into `0f1e2d3` as `abcdef0`');
    expect(phrase({ ...merge, status: 'conflict', reason: 'they conflict in `a.json`' })).toBe('checked as branched: it does not merge cleanly into `main` at `0f1e2d3` (they conflict in `a.json`)');
    expect(phrase({ ...merge, status: 'unavailable', reason: 'this git has no `merge-tree --write-tree` (git 2.38 or later)' })).toBe('checked as branched: it could not be merged into `main` at `0f1e2d3` (this git has no `merge-tree --write-tree` (git 2.38 or later))');
    expect(phrase({ ...merge, status: 'off' })).toBe('checked as branched (--no-merge), not merged into `main` at `0f1e2d3`');
  });

  it('names where the configuration came from, for each kind of source', () => {
    expect(configPhrase(with_({ kind: 'file', path: PATH, label: 'main', ref: REF }))).toBe('configuration: `.github/b3os-readiness.yml` on `main` at `0f1e2d3`');
    expect(configPhrase(with_({ kind: 'file', path: PATH, ref: 'HEAD' }))).toBe('configuration: `.github/b3os-readiness.yml` on `HEAD`');
    expect(configPhrase(with_({ kind: 'file', path: PATH, ref: 'WORKTREE' }))).toBe('configuration: `.github/b3os-readiness.yml` in the working tree');
    expect(configPhrase(with_({ kind: 'absent', path: PATH, label: 'main', ref: REF }))).toBe('configuration: the defaults (no `.github/b3os-readiness.yml` on `main` at `0f1e2d3`)');
    expect(configPhrase(with_({ kind: 'invalid', path: PATH, ref: REF }))).toBe('configuration: the defaults (`.github/b3os-readiness.yml` on `0f1e2d3` is invalid)');
    expect(configPhrase(with_({ kind: 'no-base', path: PATH }))).toBe('configuration: the defaults (no trusted base to read it from)');
    expect(configPhrase(with_({ kind: 'explicit', path: 'ci/gate.yml' }))).toBe('configuration: `ci/gate.yml` (--config)');
    expect(configPhrase({ ...summary, config: undefined })).toBe('');
  });
});
