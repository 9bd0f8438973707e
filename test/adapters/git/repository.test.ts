import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGitRepository } from '../../../src/adapters/git/repository.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

const COUNT = 300;
const path = (i: number) => `workflows/w${i}/workflow.json`;
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString('utf8');

describe('openGitRepository', () => {
  let repo: FixtureRepo;
  let first: string;
  let second: string;

  beforeAll(async () => {
    repo = await createRepo();
    for (let i = 0; i < COUNT; i++) await repo.write(path(i), `{"n":${i}}\n`);
    first = await repo.commit('first');
    for (let i = 0; i < COUNT; i += 2) await repo.write(path(i), `{"n":${i},"edited":true}\n`);
    second = await repo.commit('second');
  });
  afterAll(() => repo.cleanup());

  it('reads both ends of a change, many files at once, through one blob reader process', async () => {
    const git = openGitRepository(repo.dir);
    try {
      const [base, head] = [git.snapshot(first), git.snapshot(second)];
      const paths = Array.from({ length: COUNT }, (_, i) => path(i));
      const [before, after] = await Promise.all([Promise.all(paths.map((p) => base.read(p))), Promise.all(paths.map((p) => head.read(p)))]);
      expect(before.map(text)).toEqual(paths.map((_, i) => `{"n":${i}}\n`));
      expect(after.map(text)).toEqual(paths.map((_, i) => (i % 2 === 0 ? `{"n":${i},"edited":true}\n` : `{"n":${i}}\n`)));
      expect(git.processesStarted).toBe(1);
    } finally {
      git.dispose();
    }
  });

  it('gives the same snapshot for the same revision, and resolves a ref once', async () => {
    const git = openGitRepository(repo.dir);
    try {
      expect(git.snapshot(second)).toBe(git.snapshot(second));
      const resolved = git.resolve('HEAD');
      expect(git.resolve('HEAD')).toBe(resolved);
      expect(await resolved).toBe(second);
      expect(await git.mergeBase(first, second)).toBe(first);
      await expect(git.resolve('no-such-branch')).rejects.toThrow('unknown git ref "no-such-branch"');
    } finally {
      git.dispose();
    }
  });

  it('rejects reads pending at dispose, and a snapshot disposed alone leaves the shared reader to its owner', async () => {
    const git = openGitRepository(repo.dir);
    const head = git.snapshot(second);
    expect(text(await head.read(path(1)))).toBe('{"n":1}\n');
    head.dispose();
    expect(text(await git.snapshot(first).read(path(2)))).toBe('{"n":2}\n');
    expect(git.processesStarted).toBe(1);
    const pending = head.read(path(3));
    await new Promise((resolve) => setImmediate(resolve));
    git.dispose();
    await expect(pending).rejects.toThrow('git cat-file --batch was disposed');
    git.dispose();
  });
});
