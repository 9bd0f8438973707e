// The git repositories of the pull-request scenarios: `main` holds a generated repository, and one
// branch per pull request changes it. Fixed identity and dates, so commits (and reports) are the same
// on every machine.
import { execFileSync } from 'node:child_process';
import { actionFiles, fxRate } from './actions.mjs';
import { addWorkflows, repositoryFiles, writeFiles } from './fixtures.mjs';
import { kindOf, slug } from './workflows.mjs';

const FIXED_DATE = '2026-11-20T09:00:00Z';

/** Environment for git: fixed author and dates, no user or system configuration. */
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
  return execFileSync('git', ['-C', dir, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { env: GIT_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

const workflowPaths = (i) => [`workflows/${slug(i)}/workflow.json`, `workflows/${slug(i)}/b3os.yaml`];
const range = (count) => Array.from({ length: count }, (_, i) => i);

/**
 * The pull requests, each a branch off `main` in a repository of `workflows` workflows:
 * - `edit`: rewrites the workflow.json of workflows 0 … edited-1;
 * - `schema`: adds a field to the SDK action acme-fx-rate (schema.ts and its reference page), on
 *   which the workflows of kind `fx` (1 in 5) depend;
 * - `large`: rewrites the workflow.json and b3os.yaml of workflows 0 … 1.5 × edited - 1 (3 × edited files).
 * `files`: what the branch writes; `changed`: how many files git must see changed; `bound`: the
 * workflow.json and b3os.yaml the change needs checked (the edited workflows and their manifests,
 * the dependents of a schema), which the lower bound reads.
 */
export function pullRequests(workflows, edited) {
  const large = Math.floor(edited * 1.5);
  return {
    edit: { files: addWorkflows(new Map(), edited, { revision: 1, manifests: false, runbooks: false }), changed: edited, bound: range(edited).flatMap(workflowPaths) },
    schema: { files: actionFiles(fxRate, 1), changed: 2, bound: range(workflows).filter((i) => kindOf(i) === 'fx').flatMap(workflowPaths) },
    large: { files: addWorkflows(new Map(), large, { revision: 1, runbooks: false }), changed: 2 * large, bound: range(large).flatMap(workflowPaths) },
  };
}

/**
 * Creates in the empty folder `dir` a repository of `workflows` workflows on `main` (checked out at
 * the end) and a branch per pull request named in `branches`. Returns the pull requests and how
 * many files `main` holds.
 */
export function makeScenarioRepo(dir, { workflows, edited, branches = ['edit', 'schema', 'large'] }) {
  git(dir, 'init', '--quiet', '--initial-branch=main');
  const files = repositoryFiles(workflows);
  writeFiles(dir, files);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--message', `${workflows} workflows`);
  const requests = pullRequests(workflows, edited);
  for (const branch of branches) {
    const request = requests[branch];
    git(dir, 'checkout', '--quiet', '-b', branch, 'main');
    writeFiles(dir, request.files);
    git(dir, 'commit', '--quiet', '--all', '--message', `pull request ${branch}`);
    git(dir, 'checkout', '--quiet', 'main');
    const changed = git(dir, 'diff', '--name-only', 'main', branch).split('\n').filter(Boolean).length;
    if (changed !== request.changed) throw new Error(`branch ${branch}: expected ${request.changed} changed files, git reports ${changed}`);
  }
  return { requests, fileCount: files.size };
}
