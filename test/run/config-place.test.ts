import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGitRepository } from '../../src/adapters/git/repository.js';
import { defaultBranchTip } from '../../src/run/config-place.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';

describe('defaultBranchTip', () => {
  let repo: FixtureRepo;
  let tip: string;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('.github/b3os-readiness.yml', 'version: 1\n');
    tip = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.write('README.md', '# feature\n');
    await repo.commit('feature');
  });
  afterAll(() => repo.cleanup());

  it("is the run's own snapshot of the branch's tip, read through the run's one blob reader", async () => {
    const git = openGitRepository(repo.dir);
    try {
      const snapshot = await defaultBranchTip(git, 'main');
      expect(snapshot).toBe(git.snapshot(tip));
      expect(new TextDecoder().decode(await snapshot!.read('.github/b3os-readiness.yml'))).toBe('version: 1\n');
      expect(await snapshot!.read('README.md')).toBeUndefined();
      await git.snapshot('feature').read('README.md');
      expect(git.processesStarted).toBe(1);
    } finally {
      git.dispose();
    }
  });

  it('is undefined when the checkout does not hold the branch', async () => {
    const git = openGitRepository(repo.dir);
    expect(await defaultBranchTip(git, 'trunk')).toBeUndefined();
    git.dispose();
  });
});
