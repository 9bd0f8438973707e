// Builds the pull-request scenario: a git repository whose branch changes many workflows against main.
import { execFileSync } from 'node:child_process';
import { addWorkflows, baseFiles, writeFiles } from './fixtures.mjs';

const FIXED_DATE = '2026-11-20T09:00:00Z';

/** Environment for git: fixed author and dates, no user or system configuration, no hooks. */
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_AUTHOR_DATE: FIXED_DATE,
  GIT_COMMITTER_DATE: FIXED_DATE,
};

function git(dir, ...args) {
  return execFileSync('git', ['-C', dir, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { env: GIT_ENV, encoding: 'utf8' });
}

/**
 * Creates in `dir` a repository with `count` workflows and manifests on `main`, and checks out a
 * branch `change` whose single commit rewrites every one of the `count` workflow.json files.
 */
export function makePullRequestRepo(dir, count) {
  git(dir, 'init', '--quiet', '--initial-branch=main');
  writeFiles(dir, addWorkflows(baseFiles(), count));
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--message', `${count} workflows`);
  git(dir, 'checkout', '--quiet', '-b', 'change');
  writeFiles(dir, addWorkflows(new Map(), count, { revision: 1, manifests: false }));
  git(dir, 'commit', '--quiet', '--all', '--message', `raise ${count} payouts`);
  const changed = git(dir, 'diff', '--name-only', 'main', 'HEAD').split('\n').filter(Boolean).length;
  if (changed !== count) throw new Error(`expected ${count} changed files, git reports ${changed}`);
}
