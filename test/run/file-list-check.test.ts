import { describe, expect, it } from 'vitest';
import type { ChangeSet, FileChange } from '../../src/core/types.js';
import { crossCheckFiles } from '../../src/run/file-list-check.js';
import { memorySnapshot } from '../support/memory-snapshot.js';

const trees = {
  base: memorySnapshot({ 'old.md': 'x', 'kept.md': 'x', 'gone.md': 'x' }, 'base'),
  head: memorySnapshot({ 'new.md': 'x', 'kept.md': 'y', 'moved.md': 'x' }, 'head'),
};
const git = (files: FileChange[]): ChangeSet => ({ base: 'base', head: 'head', mode: 'diff', files });

describe('crossCheckFiles', () => {
  it('says nothing when both witnesses agree', async () => {
    const files: FileChange[] = [{ path: 'kept.md', status: 'modified' }, { path: 'gone.md', status: 'removed' }];
    expect(await crossCheckFiles(files, git(files), trees)).toEqual({ files });
  });

  it('checks the union and names what each left out', async () => {
    const listed: FileChange[] = [{ path: 'kept.md', status: 'modified' }, { path: 'moved.md', status: 'renamed', previousPath: 'old.md' }];
    const fromGit: FileChange[] = [{ path: 'kept.md', status: 'modified' }, { path: 'new.md', status: 'added' }];
    const checked = await crossCheckFiles(listed, git(fromGit), trees);
    expect(checked.files).toEqual([...fromGit, listed[1]]);
    expect(checked.notice).toBe(
      'the GitHub API and the git history disagree on the changed files: 1 listed only by the GitHub API (`moved.md`); 1 found only in the git history (`new.md`); every file either names is checked',
    );
    expect(checked.incompleteReason).toBeUndefined();
  });

  it('makes the change incomplete for listed paths that neither tree holds, naming five and counting the rest', async () => {
    const strays: FileChange[] = Array.from({ length: 7 }, (_, i) => ({ path: `caf\uFFFD${i}.md`, status: 'added' }));
    const checked = await crossCheckFiles(strays, git([]), trees);
    expect(checked.files).toEqual([]);
    expect(checked.incompleteReason).toMatch(/^the GitHub API lists 7 files that neither the head nor the base commit holds \(`caf\uFFFD0\.md`, `caf\uFFFD1\.md`, `caf\uFFFD2\.md`, `caf\uFFFD3\.md`, `caf\uFFFD4\.md` and 2 more\)/);
  });
});
