import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTree } from '../../../src/adapters/git/search.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

describe('searchTree', () => {
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('workflows/a/b3os.yaml', 'runbook: docs/gas.md\n');
    await repo.write('workflows/b/b3os.yaml', 'runbook: docs/other.md\n');
    await repo.write('workflows/c/b3os.yaml', 'note: "a\\u0020b"\n');
    await repo.write('workflows/ünï/b3os.yaml', 'runbook: docs/gas.md\n');
    await repo.write('docs/gas.md', 'gas.md names itself, but is not a b3os.yaml\n');
    await repo.commit('files');
    // Only the commit is searched: an edit in the working tree is not.
    await repo.write('workflows/b/b3os.yaml', 'runbook: docs/gas.md\n');
  });
  afterAll(() => repo.cleanup());

  it('names the committed files of the given names that hold a word, in any folder', async () => {
    expect(await searchTree(repo.dir, 'HEAD', ['gas.md', '\\'], ['b3os.yaml'], [])).toEqual(new Set(['workflows/a/b3os.yaml', 'workflows/c/b3os.yaml', 'workflows/ünï/b3os.yaml']));
  });

  it('leaves the skipped files unread, and answers an empty set when nothing holds a word', async () => {
    expect(await searchTree(repo.dir, 'HEAD', ['gas.md'], ['b3os.yaml'], ['workflows/a/b3os.yaml'])).toEqual(new Set(['workflows/ünï/b3os.yaml']));
    expect(await searchTree(repo.dir, 'HEAD', ['nowhere.md'], ['b3os.yaml'], [])).toEqual(new Set());
  });

  it('declines words of more than one line and names that are globs or paths', async () => {
    expect(await searchTree(repo.dir, 'HEAD', ['a\nb'], ['b3os.yaml'], [])).toBeUndefined();
    expect(await searchTree(repo.dir, 'HEAD', [''], ['b3os.yaml'], [])).toBeUndefined();
    expect(await searchTree(repo.dir, 'HEAD', ['gas.md'], ['*.yaml'], [])).toBeUndefined();
    expect(await searchTree(repo.dir, 'HEAD', ['gas.md'], ['a/b3os.yaml'], [])).toBeUndefined();
  });
});
