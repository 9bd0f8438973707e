import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTree } from '../../../src/adapters/git/search.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

const fixed = (...patterns: string[]) => ({ patterns, regex: false });

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
    expect(await searchTree(repo.dir, 'HEAD', fixed('gas.md', '\\'), ['b3os.yaml'], [])).toEqual(new Set(['workflows/a/b3os.yaml', 'workflows/c/b3os.yaml', 'workflows/ünï/b3os.yaml']));
  });

  it('leaves the skipped files unread, and answers an empty set when nothing holds a word', async () => {
    expect(await searchTree(repo.dir, 'HEAD', fixed('gas.md'), ['b3os.yaml'], ['workflows/a/b3os.yaml'])).toEqual(new Set(['workflows/ünï/b3os.yaml']));
    expect(await searchTree(repo.dir, 'HEAD', fixed('nowhere.md'), ['b3os.yaml'], [])).toEqual(new Set());
  });

  it('matches extended expressions line by line, bytes in the C locale', async () => {
    const query = { patterns: ['docs/(gas|other)\\.md$', '\\\\u'], regex: true };
    expect(await searchTree(repo.dir, 'HEAD', query, ['b3os.yaml'], [])).toEqual(new Set(['workflows/a/b3os.yaml', 'workflows/b/b3os.yaml', 'workflows/c/b3os.yaml', 'workflows/ünï/b3os.yaml']));
    expect(await searchTree(repo.dir, 'HEAD', { patterns: ['^runbook: docs/gas\\.md$'], regex: true }, ['b3os.yaml'], [])).toEqual(new Set(['workflows/a/b3os.yaml', 'workflows/ünï/b3os.yaml']));
  });

  it('declines patterns of more than one line, too many expressions, and names that are globs or paths', async () => {
    expect(await searchTree(repo.dir, 'HEAD', { patterns: Array.from({ length: 101 }, (_, i) => `t${i}`), regex: true }, ['b3os.yaml'], [])).toBeUndefined();
    expect(await searchTree(repo.dir, 'HEAD', fixed('a\nb'), ['b3os.yaml'], [])).toBeUndefined();
    expect(await searchTree(repo.dir, 'HEAD', fixed(''), ['b3os.yaml'], [])).toBeUndefined();
    expect(await searchTree(repo.dir, 'HEAD', fixed('gas.md'), ['*.yaml'], [])).toBeUndefined();
    expect(await searchTree(repo.dir, 'HEAD', fixed('gas.md'), ['a/b3os.yaml'], [])).toBeUndefined();
  });
});
