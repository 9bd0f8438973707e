import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workingTreeCommit } from '../../../src/adapters/git/working-tree-commit.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

/** `path → blob` of a commit's tree, to compare two commits' content. */
async function treeOf(repo: FixtureRepo, commit: string): Promise<string[]> {
  return (await repo.git('ls-tree', '-r', '--full-tree', commit)).trim().split('\n');
}

describe('workingTreeCommit', () => {
  let repo: FixtureRepo;
  let head: string;

  beforeEach(async () => {
    repo = await createRepo();
    for (let i = 0; i < 50; i++) await repo.write(`workflows/w${i}/workflow.json`, `{"n":${i}}\n`);
    await repo.write('.gitignore', 'ignored.txt\n');
    await repo.write('gone.md', 'to be deleted\n');
    head = await repo.commit('head');
  });
  afterEach(() => repo.cleanup());

  async function edit(): Promise<void> {
    await repo.write('workflows/w3/workflow.json', '{"n":3,"edited":"on disk"}\n');
    await repo.write('workflows/w4/workflow.json', '{"n":4,"edited":"staged"}\n');
    await repo.git('add', 'workflows/w4/workflow.json');
    await repo.write('workflows/w4/workflow.json', '{"n":4,"edited":"staged, then edited again"}\n');
    await repo.remove('gone.md');
    await repo.write('docs/new.md', 'untracked\n');
    await repo.write('ignored.txt', 'ignored\n');
  }

  const expected = [
    ['workflows/w3/workflow.json', '{"n":3,"edited":"on disk"}\n'],
    ['workflows/w4/workflow.json', '{"n":4,"edited":"staged, then edited again"}\n'],
    ['docs/new.md', 'untracked\n'],
  ];

  it('commits the work tree as on disk on top of head, leaving the real index as it was', async () => {
    await edit();
    const index = await fsp.readFile(join(repo.dir, '.git', 'index'));
    const commit = await workingTreeCommit(repo.dir, head);
    expect(await fsp.readFile(join(repo.dir, '.git', 'index'))).toEqual(index);
    expect((await repo.git('rev-parse', `${commit}^`)).trim()).toBe(head);
    for (const [path, content] of expected) expect(await repo.git('show', `${commit}:${path}`)).toBe(content);
    const paths = (await treeOf(repo, commit)).map((line) => line.split('\t')[1]);
    expect(paths).not.toContain('gone.md');
    expect(paths).not.toContain('ignored.txt');
    expect(paths.filter((p) => p.startsWith('workflows/'))).toHaveLength(50);
  });

  it('gives the same tree when the real index is unusable (in the middle of a conflicting merge)', async () => {
    await repo.git('checkout', '--quiet', '-b', 'other');
    await repo.write('gone.md', 'changed on other\n');
    await repo.commit('other');
    await repo.git('checkout', '--quiet', 'main');
    await repo.write('gone.md', 'changed on main\n');
    head = await repo.commit('main');
    await repo.git('merge', 'other').catch(() => undefined);
    expect(await repo.git('ls-files', '--unmerged')).not.toBe('');
    await repo.write('gone.md', 'resolved on disk\n');
    const commit = await workingTreeCommit(repo.dir, head);
    expect(await repo.git('show', `${commit}:gone.md`)).toBe('resolved on disk\n');
    expect(await repo.git('ls-files', '--unmerged')).not.toBe('');
  });

  it('sees an edit of the same size made in the same second as the index was written (racily clean)', async () => {
    // Only the whole-second mtime and the size tell git a file changed: the edit below matches both.
    await repo.git('config', 'core.trustctime', 'false');
    await repo.git('config', 'core.checkStat', 'minimal');
    const path = join(repo.dir, 'workflows/w1/workflow.json');
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    await fsp.utimes(path, second, second);
    await repo.git('add', 'workflows/w1/workflow.json');
    await fsp.utimes(join(repo.dir, '.git/index'), second, second);
    await fsp.writeFile(path, '{"n":9}\n');
    await fsp.utimes(path, second, second);
    expect(await repo.git('diff', '--name-only', 'HEAD')).toBe('workflows/w1/workflow.json\n');
    const commit = await workingTreeCommit(repo.dir, head);
    expect(await repo.git('show', `${commit}:workflows/w1/workflow.json`)).toBe('{"n":9}\n');
  });
});
