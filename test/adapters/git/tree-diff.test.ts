import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGitRepository } from '../../../src/adapters/git/repository.js';
import { gitSnapshot } from '../../../src/adapters/git/snapshot.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

/** Two commits that differ in every way a tree can: contents, kinds, modes, folders, odd names, a submodule. */
describe('a tree listed from a nearby tree and their differences', () => {
  let repo: FixtureRepo;
  let base: string;
  let head: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('kept/a.json', '{"a":1}\n');
    await repo.write('edited.json', '{"v":1}\n');
    await repo.write('removed/deep/x.md', 'gone at head\n');
    await repo.write('becomes-link', 'a file at base\n');
    await repo.symlink('kept/a.json', 'becomes-file');
    await repo.write('run.sh', 'echo hi\n');
    await repo.write('was-file', 'a file at base\n');
    await repo.write('ünïcödé/名前.json', '{}\n');
    await repo.write('renamed-from.md', 'same content\n');
    base = await repo.commit('base');
    await repo.write('edited.json', '{"v":2, "longer": true}\n');
    await repo.remove('removed');
    await repo.remove('becomes-link');
    await repo.symlink('/etc/passwd', 'becomes-link');
    await repo.remove('becomes-file');
    await repo.write('becomes-file', 'now a file\n');
    await repo.git('update-index', '--chmod=+x', 'run.sh');
    await repo.remove('was-file');
    await repo.write('was-file/inside.json', '{}\n');
    await repo.write('new\nline.yml', 'a: 1\n');
    await repo.write('ünïcödé/名前.json', '{"changed": true}\n');
    await repo.git('mv', 'renamed-from.md', 'renamed-to.md');
    await repo.git('add', '--all');
    await repo.git('update-index', '--add', '--cacheinfo', `160000,${base},vendor/sub`);
    head = await repo.commit('head');
  });
  afterAll(() => repo.cleanup());

  it.each([
    ['base from head', () => base, () => head],
    ['head from base', () => head, () => base],
  ])('lists the %s as ls-tree lists it, and reads the same bytes', async (_, rev, near) => {
    const git = openGitRepository(repo.dir);
    try {
      const derived = git.snapshot(rev(), near());
      const whole = gitSnapshot(repo.dir, rev());
      const entries = await whole.list();
      expect(await derived.list()).toEqual(entries);
      for (const { path } of entries) expect(await derived.read(path), path).toEqual(await whole.read(path));
      expect(await derived.read('no/such/file')).toBeUndefined();
      whole.dispose();
    } finally {
      git.dispose();
    }
  });

  it('lists a tree whole when the nearby one is itself listed from another', async () => {
    const git = openGitRepository(repo.dir);
    try {
      const derived = git.snapshot(base, head);
      // Asked the other way round, head cannot be listed from base, which waits on head.
      expect(git.snapshot(head, base)).toBe(git.snapshot(head));
      expect(await git.snapshot(head).list()).toEqual(await gitSnapshot(repo.dir, head).list());
      expect((await derived.list()).length).toBeGreaterThan(0);
    } finally {
      git.dispose();
    }
  });
});
