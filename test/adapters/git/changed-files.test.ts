import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitAllChangeSet, gitChangeSet, parseNameStatus } from '../../../src/adapters/git/changed-files.js';
import type { FileChange } from '../../../src/core/types.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

/** 2 KB of distinct lines, so rename detection has real content to match. */
const TWO_KB = Array.from({ length: 64 }, (_, i) => `line ${String(i).padStart(3, '0')} of the moved file.\n`).join('');
const READDED = Array.from({ length: 40 }, (_, i) => `re-added content ${i}\n`).join('');
const SPACED = 'dir with space/ünïcödé file.md';
const NEWLINE_NAME = 'new\nline.md';

const byPath = (a: FileChange, b: FileChange) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

describe('gitChangeSet', () => {
  let repo: FixtureRepo;
  let root: string;
  let branchHead: string;
  let mainHead: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('keep.md', 'keep\n');
    await repo.write('edit.json', '{"v":1}\n');
    await repo.write('gone.yml', 'x: 1\n');
    await repo.write('big/original.txt', TWO_KB);
    await repo.write('script.sh', 'echo hi\n');
    await repo.write('target.txt', 'target\n');
    await repo.write('type.md', 'a regular file first\n');
    await repo.write('drop/readd.txt', READDED);
    await repo.write('replaced.txt', 'old content\n');
    root = await repo.commit('root');

    await repo.git('switch', '--quiet', '-c', 'feature');
    await repo.write('edit.json', '{"v":2}\n');
    await repo.remove('gone.yml');
    await repo.remove('big/original.txt');
    await repo.write('moved/renamed.txt', TWO_KB);
    await fsp.chmod(join(repo.dir, 'script.sh'), 0o755);
    await repo.remove('type.md');
    await repo.symlink('target.txt', 'type.md');
    await repo.write(SPACED, '# hi\n');
    await repo.write(NEWLINE_NAME, 'odd name\n');
    await repo.remove('drop/readd.txt');
    await repo.remove('replaced.txt');
    await repo.commit('feature 1');
    await repo.write('moved/readd.txt', READDED);
    await repo.write('replaced.txt', 'brand new content\n');
    branchHead = await repo.commit('feature 2');

    await repo.git('switch', '--quiet', 'main');
    await repo.write('main-only.md', 'after the branch point\n');
    await repo.write('keep.md', 'changed on main\n');
    mainHead = await repo.commit('main moves on');
  });
  afterAll(() => repo.cleanup());

  it('diffs the merge base against head and maps every status', async () => {
    const changes = await gitChangeSet(repo.dir, { base: 'main', head: 'feature' });
    expect(changes.mode).toBe('diff');
    expect(changes.base).toBe(mainHead);
    expect(changes.head).toBe(branchHead);
    expect([...changes.files].sort(byPath)).toEqual([
      { path: SPACED, status: 'added' },
      { path: 'edit.json', status: 'modified' },
      { path: 'gone.yml', status: 'removed' },
      { path: 'moved/readd.txt', status: 'renamed', previousPath: 'drop/readd.txt' },
      { path: 'moved/renamed.txt', status: 'renamed', previousPath: 'big/original.txt' },
      { path: NEWLINE_NAME, status: 'added' },
      { path: 'replaced.txt', status: 'modified' },
      { path: 'script.sh', status: 'modified' },
      { path: 'type.md', status: 'modified' },
    ]);
  });

  it('leaves out what main changed after the branch point', async () => {
    const paths = (await gitChangeSet(repo.dir, { base: mainHead, head: branchHead })).files.map((f) => f.path);
    expect(paths).not.toContain('main-only.md');
    expect(paths).not.toContain('keep.md');
  });

  it('gives an empty change set when head is base', async () => {
    const changes = await gitChangeSet(repo.dir, { base: root, head: root });
    expect(changes).toEqual({ base: root, head: root, mode: 'diff', files: [] });
  });

  it('rejects unknown refs and option-like refs with a GitError', async () => {
    await expect(gitChangeSet(repo.dir, { base: 'main', head: 'no-such-branch' })).rejects.toMatchObject({
      name: 'GitError',
      message: 'unknown git ref "no-such-branch"',
    });
    await expect(gitChangeSet(repo.dir, { base: '--output=/tmp/x', head: 'main' })).rejects.toMatchObject({
      name: 'GitError',
      message: 'invalid git revision "--output=/tmp/x"',
    });
  });

  it('rejects when the histories share no merge base', async () => {
    const orphan = (await repo.git('commit-tree', `${root}^{tree}`, '-m', 'orphan')).trim();
    await expect(gitChangeSet(repo.dir, { base: 'main', head: orphan })).rejects.toMatchObject({
      name: 'GitError',
      message: `no merge base between ${mainHead} and ${orphan}`,
    });
  });

  it('lists every regular file at head in all mode, leaving out the symlink', async () => {
    const changes = await gitAllChangeSet(repo.dir, 'feature');
    expect(changes).toEqual({
      head: branchHead,
      mode: 'all',
      files: [SPACED, 'edit.json', 'keep.md', 'moved/readd.txt', 'moved/renamed.txt', NEWLINE_NAME, 'replaced.txt', 'script.sh', 'target.txt']
        .sort()
        .map((path) => ({ path, status: 'added' })),
    });
  });
});

describe('parseNameStatus', () => {
  const z = (...fields: string[]) => Buffer.from(`${fields.join('\0')}\0`);

  it.each([
    ['A', z('A', 'a.md'), [{ path: 'a.md', status: 'added' }]],
    ['M', z('M', 'm.md'), [{ path: 'm.md', status: 'modified' }]],
    ['T', z('T', 't.md'), [{ path: 't.md', status: 'modified' }]],
    ['D', z('D', 'd.md'), [{ path: 'd.md', status: 'removed' }]],
    ['R', z('R087', 'old.md', 'new.md'), [{ path: 'new.md', status: 'renamed', previousPath: 'old.md' }]],
    ['C', z('C100', 'src.md', 'copy.md'), [{ path: 'copy.md', status: 'added' }]],
    ['mixed', z('M', 'a', 'R100', 'b', 'c', 'D', 'd'), [
      { path: 'a', status: 'modified' },
      { path: 'c', status: 'renamed', previousPath: 'b' },
      { path: 'd', status: 'removed' },
    ]],
    ['empty', Buffer.alloc(0), []],
  ])('maps %s', (_, output, expected) => {
    expect(parseNameStatus(output)).toEqual(expected);
  });

  it.each([
    ['unknown letter', z('U', 'conflict.md'), 'unexpected git diff status "U" for conflict.md'],
    ['rename without target', z('R100', 'old.md'), 'truncated git diff record for old.md'],
    ['status without path', z('M'), 'truncated git diff record'],
  ])('throws on %s', (_, output, message) => {
    expect(() => parseNameStatus(output)).toThrow(message);
  });
});
