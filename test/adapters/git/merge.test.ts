import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeTree, testMergeParents } from '../../../src/adapters/git/merge.js';
import { gitSnapshot } from '../../../src/adapters/git/snapshot.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

describe('merges in a real repository', () => {
  let repo: FixtureRepo;
  let base: string;
  let head: string;
  let clash: string;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('a.txt', 'a\n');
    await repo.write('shared.txt', 'one\n');
    await repo.commit('root');
    await repo.git('checkout', '--quiet', '-b', 'pr');
    await repo.write('b.txt', 'b\n');
    head = await repo.commit('add b');
    await repo.write('shared.txt', 'two\n');
    clash = await repo.commit('edit shared on the branch');
    await repo.git('checkout', '--quiet', 'main');
    await repo.write('shared.txt', 'three\n');
    await repo.write('c.txt', 'c\n');
    base = await repo.commit('edit shared and add c on main');
  });
  afterAll(() => repo.cleanup());

  it('merges in memory into a tree holding both sides, leaving the work tree and refs alone', async () => {
    const before = await repo.git('status', '--porcelain');
    const outcome = await mergeTree(repo.dir, base, head);
    expect(outcome.kind).toBe('merged');
    const tree = (outcome as { tree: string }).tree;
    expect((await gitSnapshot(repo.dir, tree).list()).map((e) => e.path)).toEqual(['a.txt', 'b.txt', 'c.txt', 'shared.txt']);
    expect(new TextDecoder().decode(await gitSnapshot(repo.dir, tree).read('shared.txt'))).toBe('three\n');
    expect(await repo.git('status', '--porcelain')).toBe(before);
    expect((await repo.git('rev-parse', 'HEAD')).trim()).toBe(base);
  });

  it('names the conflicting files', async () => {
    expect(await mergeTree(repo.dir, base, clash)).toEqual({ kind: 'conflict', files: ['shared.txt'] });
  });

  it('says why a merge cannot be made, without throwing', async () => {
    const outcome = await mergeTree(repo.dir, base, 'f'.repeat(40));
    expect(outcome).toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/^git could not merge them/) });
  });

  it('knows a test merge commit by its second parent', async () => {
    await repo.git('checkout', '--quiet', '--detach', base);
    await repo.git('merge', '--quiet', '--no-ff', '-m', 'merge', head);
    const merge = (await repo.git('rev-parse', 'HEAD')).trim();
    await repo.git('checkout', '--quiet', 'main');
    expect(await testMergeParents(repo.dir, merge, head)).toEqual({ base });
    // Another commit, a merge of another head, or one not in the repository: not the test merge.
    expect(await testMergeParents(repo.dir, base, head)).toBeUndefined();
    expect(await testMergeParents(repo.dir, merge, clash)).toBeUndefined();
    expect(await testMergeParents(repo.dir, 'e'.repeat(40), head)).toBeUndefined();
  });
});
