import { afterEach, expect, it } from 'vitest';
import { GitHubApiError } from '../../../src/adapters/github/errors.js';
import { getPullRequest } from '../../../src/adapters/github/pull-request.js';
import { makeFiles, startGitHubApi, type GitHubApi } from '../../support/github-api-server.js';
import { clientFor, recordingLog } from './setup.js';

let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

it.each([
  { name: 'same repository', head: 'octo/hello', changedFiles: undefined, expectedChanged: 5 },
  { name: 'fork with a stated changed_files', head: 'forker/hello', changedFiles: 3200, expectedChanged: 3200 },
])('reads shas, size and repositories ($name)', async ({ head, changedFiles, expectedChanged }) => {
  api = await startGitHubApi({
    files: makeFiles(5),
    pull: { number: 42, headSha: HEAD, baseSha: BASE, headRepoFullName: head, baseRepoFullName: 'octo/hello', changedFiles },
  });
  const info = await getPullRequest(clientFor(api, recordingLog().log), { owner: 'octo', repo: 'hello', pullNumber: 42 });
  expect(info).toEqual({ headSha: HEAD, baseSha: BASE, baseRef: 'master', changedFiles: expectedChanged, headRepoFullName: head, baseRepoFullName: 'octo/hello' });
  expect(api.calls.map((call) => `${call.operationId} ${call.path} ${call.status}`)).toEqual(['pulls/get /repos/octo/hello/pulls/42 200']);
  expect(api.problems).toEqual([]);
});

it('rejects with a GitHubApiError naming the endpoint for an unknown pull request', async () => {
  api = await startGitHubApi({ pull: { number: 42 } });
  const error = await getPullRequest(clientFor(api, recordingLog().log), { owner: 'octo', repo: 'hello', pullNumber: 41 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubApiError);
  expect(error).toMatchObject({ status: 404, attempts: 1, message: 'GitHub API GET /repos/octo/hello/pulls/41 failed with 404: Not Found' });
  expect(api.problems).toEqual([]);
});
