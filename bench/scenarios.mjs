// The measured scenarios (issue 15): A `check --all`, B-D pull requests, E cold start. Each scenario
// lists its measurements: the gate, its lower bound over the same files, and ajv-cli for A.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, NODE24, runCli, runScript } from './measure.mjs';
import { GIT_ENV, makeScenarioRepo } from './scenario-repo.mjs';

const LOWER_BOUND = fileURLToPath(new URL('./lower-bound.mjs', import.meta.url));
const AJV_CLI = fileURLToPath(new URL('../node_modules/ajv-cli/dist/index.js', import.meta.url));
const WORKFLOW_SCHEMA = fileURLToPath(new URL('../schemas/workflow.schema.json', import.meta.url));

export const FULL = { small: 1_000, large: 10_000, edited: 1_000 };
export const QUICK = { small: 100, large: 1_000, edited: 100 };

const n = (value) => value.toLocaleString('en-US');

/** Builds the two repositories (`large` with every pull request, `small` with `edit`) under `root`. */
export function buildRepos(root, sizes) {
  const repo = (workflows, branches) => {
    const dir = join(root, `repo-${workflows}`);
    mkdirSync(dir);
    return { dir, workflows, ...makeScenarioRepo(dir, { workflows, edited: sizes.edited, branches }) };
  };
  return { large: repo(sizes.large), small: repo(sizes.small, ['edit']) };
}

function listFile(root, name, paths) {
  const file = join(root, `${name}.txt`);
  writeFileSync(file, paths.join('\n') + '\n');
  return file;
}

// Limits far above the defaults (300 s, 1024 MB of heap): the bench measures what the check costs
// to finish, where the defaults would stop the largest scenarios with every item incomplete.
const LIMITS = ['--time-limit', '3600', '--memory-limit', '8192'];
const gate = (args) => ({ kind: 'gate', run: () => runCli(['check', ...args, ...LIMITS, '--format', 'json'], { env: GIT_ENV }) });
const bound = (repo, list, files) => ({ kind: 'bound', run: () => runScript(LOWER_BOUND, list ? [repo, list] : [repo]), files });
const ajvCli = (repo, files) => ({
  kind: 'ajv',
  run: () => runScript(AJV_CLI, ['validate', '--spec=draft2020', '-s', WORKFLOW_SCHEMA, '-d', 'workflows/*/workflow.json'], { cwd: repo, stdoutFile: join(repo, '..', 'ajv-cli.out') }),
  files,
});

function audit(repo) {
  return {
    id: `A-${repo.workflows}`,
    title: `A  check --all, ${n(repo.workflows)} workflows`,
    files: `${n(repo.fileCount)} files`,
    steps: [gate(['--repo', repo.dir, '--all']), bound(repo.dir, undefined, 2 * repo.workflows), ajvCli(repo.dir, repo.workflows)],
  };
}

function pullRequest(root, repo, branch, id, title) {
  const request = repo.requests[branch];
  const list = listFile(root, `${id}-bound`, request.bound);
  return {
    id,
    title,
    files: `${n(request.changed)} changed`,
    steps: [gate(['--repo', repo.dir, '--base', 'main', '--head', branch]), bound(repo.dir, list, request.bound.length)],
  };
}

function coldStart(node, label) {
  const repeat = 4;
  const bare = { kind: 'bound', run: () => runScript('-e', ['0'], { node }), repeat };
  const command = (flag) => ({
    id: `E-${label}${flag}`,
    title: `E  ${flag}, ${label}`,
    files: '-',
    coldStart: true,
    steps: [{ kind: 'gate', run: () => runScript(CLI, [flag], { node }), repeat }, bare],
  });
  return [command('--version'), command('--help')];
}

/** Every scenario over the repositories `repos`; `node20` adds the Node 20 cold-start rows. */
export function scenarios(root, repos, node20) {
  const { large, small } = repos;
  const dependents = large.requests.schema.bound.length / 2;
  return [
    audit(small),
    audit(large),
    pullRequest(root, large, 'edit', `B-${large.requests.edit.changed}-of-${large.workflows}`, `B  PR editing ${n(large.requests.edit.changed)} workflows, repo of ${n(large.workflows)}`),
    pullRequest(root, small, 'edit', `B-${small.requests.edit.changed}-of-${small.workflows}`, `B  same PR, repo of ${n(small.workflows)}`),
    pullRequest(root, large, 'schema', `C-${dependents}`, `C  action schema change, ${n(dependents)} dependents`),
    pullRequest(root, large, 'large', `D-${large.requests.large.changed}`, `D  ${n(large.requests.large.changed)}-file PR, repo of ${n(large.workflows)}`),
    ...coldStart(NODE24, 'Node 24'),
    ...(node20 ? coldStart(node20, 'Node 20') : []),
  ];
}
