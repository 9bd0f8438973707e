import { afterEach, describe, expect, it } from 'vitest';
import { listPullRequestFiles } from '../../../src/adapters/github/changed-files.js';
import { createOctokit } from '../../../src/adapters/github/client.js';
import { GitHubApiError } from '../../../src/adapters/github/errors.js';
import { makeFiles, secondaryRateLimit, startGitHubApi, type Fault, type GitHubApi } from '../../support/github-api-server.js';
import { clientFor, recordingLog } from './setup.js';

const PR = { owner: 'octo', repo: 'hello', pullNumber: 1347 };
const ENDPOINT = 'GET /repos/octo/hello/pulls/1347/files?per_page=100';
let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function listWithFaults(faults: Fault[], timeoutMs = 2000) {
  api = await startGitHubApi({ files: makeFiles(3), faults: { 'pulls/list-files': faults } });
  const { log, entries } = recordingLog();
  const started = Date.now();
  const outcome = await listPullRequestFiles(clientFor(api, log, { timeoutMs }), PR).then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  const statuses = api.callsTo('pulls/list-files').map((call) => call.status);
  return { ...outcome, statuses, entries, elapsedMs: Date.now() - started, api };
}

describe('retries (plugin-retry)', () => {
  it.each<{ name: string; faults: Fault[]; statuses: number[] }>([
    { name: '502, 503, 504 then 200', faults: [502, 503, 504], statuses: [502, 503, 504, 200] },
    { name: 'an HTML 502 from a proxy then 200', faults: ['html-502'], statuses: [502, 200] },
    { name: 'a request that never answers, then 200', faults: ['hang'], statuses: [0, 200] },
  ])('recovers from $name', async ({ faults, statuses }) => {
    const result = await listWithFaults(faults, 300);
    expect(result.error).toBeUndefined();
    expect(result.value?.files).toHaveLength(3);
    expect(result.statuses).toEqual(statuses);
    expect(result.api.problems).toEqual([]);
  });

  it.each<{ name: string; faults: Fault[]; status: number; detail: string; statuses: number[] }>([
    { name: 'four 502s', faults: [502, 502, 502, 502], status: 502, detail: 'Bad Gateway', statuses: [502, 502, 502, 502] },
    {
      name: 'four HTML 502s',
      faults: ['html-502', 'html-502', 'html-502', 'html-502'],
      status: 502,
      detail: 'non-JSON (HTML) response "502 Bad Gateway"',
      statuses: [502, 502, 502, 502],
    },
    { name: 'four hangs', faults: ['hang', 'hang', 'hang', 'hang'], status: 0, detail: 'The operation was aborted due to timeout', statuses: [0, 0, 0, 0] },
  ])('gives up after 4 attempts on $name with an error naming the endpoint', async ({ faults, status, detail, statuses }) => {
    const result = await listWithFaults(faults, 200);
    expect(result.error).toBeInstanceOf(GitHubApiError);
    const outcome = status > 0 ? ` with ${status}` : '';
    expect((result.error as Error).message).toBe(`GitHub API ${ENDPOINT} failed${outcome} after 4 attempts: ${detail}`);
    expect(result.error).toMatchObject({ status, attempts: 4, endpoint: ENDPOINT });
    expect(result.statuses).toEqual(statuses);
  });

  it.each([400, 401, 403, 404, 410, 422, 451])('does not retry %i', async (status) => {
    const result = await listWithFaults([status]);
    expect(result.error).toMatchObject({ status, attempts: 1 });
    expect(result.statuses).toEqual([status]);
  });
});

describe('rate limits (plugin-throttling)', () => {
  it('retries a 403 secondary rate limit after its retry-after and warns', async () => {
    const result = await listWithFaults(['secondary-rate-limit']);
    expect(result.error).toBeUndefined();
    expect(result.statuses).toEqual([403, 200]);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(950);
    expect(result.entries).toEqual([
      { level: 'warning', message: `GitHub secondary rate limit on ${ENDPOINT}; retrying in 1 s (retry 1 of 2)` },
    ]);
    expect(result.api.problems).toEqual([]);
  });

  it('gives up on the third secondary rate limit in a row', async () => {
    const result = await listWithFaults(['secondary-rate-limit', 'secondary-rate-limit', 'secondary-rate-limit']);
    expect(result.error).toBeInstanceOf(GitHubApiError);
    expect(result.error).toMatchObject({ status: 403, attempts: 3 });
    const prefix = `GitHub API ${ENDPOINT} failed with 403 after 3 attempts: You have exceeded a secondary rate limit.`;
    expect((result.error as Error).message.startsWith(prefix)).toBe(true);
    expect(result.statuses).toEqual([403, 403, 403]);
    expect(result.entries.map((entry) => entry.message)).toEqual([
      `GitHub secondary rate limit on ${ENDPOINT}; retrying in 1 s (retry 1 of 2)`,
      `GitHub secondary rate limit on ${ENDPOINT}; retrying in 1 s (retry 2 of 2)`,
      `GitHub secondary rate limit on ${ENDPOINT}; giving up after 2 retries`,
    ]);
  });

  it('does not wait more than 120 s for a secondary rate limit', async () => {
    const result = await listWithFaults([secondaryRateLimit('121')]);
    expect(result.error).toMatchObject({ status: 403, attempts: 1 });
    expect(result.statuses).toEqual([403]);
    expect(result.entries.map((entry) => entry.message)).toEqual([
      `GitHub secondary rate limit on ${ENDPOINT}; the wait of 121 s exceeds 120 s, not retrying`,
    ]);
  });

  it('waits out long rate limits while they fit the run\'s wait budget, and not beyond it', async () => {
    api = await startGitHubApi({ files: makeFiles(3), faults: { 'pulls/list-files': [secondaryRateLimit('180'), secondaryRateLimit('180')] } });
    const { log, entries } = recordingLog();
    const octokit = clientFor(api, log, { rateLimitWaitS: 300, rateLimitSecondMs: 1 });
    await expect(listPullRequestFiles(octokit, PR)).rejects.toMatchObject({ status: 403, attempts: 2 });
    expect(entries.map((entry) => entry.message)).toEqual([
      `GitHub secondary rate limit on ${ENDPOINT}; retrying in 180 s (retry 1 of 2)`,
      `GitHub secondary rate limit on ${ENDPOINT}; the wait of 180 s exceeds 120 s, not retrying`,
    ]);
    expect(api.problems).toEqual([]);
  });

  it('leaves a 429 to plugin-throttling: retried once its reset has passed', async () => {
    const reset = String(Math.floor(Date.now() / 1000) - 10);
    const result = await listWithFaults([{ status: 429, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }]);
    expect(result.error).toBeUndefined();
    expect(result.statuses).toEqual([429, 200]);
    expect(result.entries.map((entry) => entry.message)).toEqual([`GitHub primary rate limit on ${ENDPOINT}; retrying in 0 s (retry 1 of 2)`]);
  });

  it('fails fast on a primary rate limit that resets in 40 minutes', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 40 * 60);
    const result = await listWithFaults([{ status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }]);
    expect(result.error).toMatchObject({ status: 403, attempts: 1 });
    expect(result.statuses).toEqual([403]);
    expect(result.elapsedMs).toBeLessThan(1000);
    expect(result.entries[0]?.message).toMatch(/^GitHub primary rate limit on .*; the wait of 240\d s exceeds 120 s, not retrying$/);
  });
});

describe('write pacing', () => {
  it('spaces writes at least 1 s apart by default, as GitHub asks', async () => {
    api = await startGitHubApi();
    const comment = api.state.addComment(7, 'old');
    const octokit = createOctokit({ token: 'ghs_actions_token', baseUrl: `${api.url}/`, log: recordingLog().log });
    const started = Date.now();
    for (const body of ['one', 'two']) {
      await octokit.rest.issues.updateComment({ owner: 'octo', repo: 'hello', comment_id: comment.id, body });
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(api.callsTo('issues/update-comment').map((call) => call.status)).toEqual([200, 200]);
    expect(api.problems).toEqual([]);
  });

  it('keeps the spacing, scaled, when a second of it is shortened: writes 1 "s" apart, notifying writes 3, concurrent ones too', async () => {
    api = await startGitHubApi();
    const comment = api.state.addComment(7, 'old');
    const octokit = createOctokit({ token: 'ghs_actions_token', baseUrl: api.url, log: recordingLog().log, writeSecondMs: 100 });
    const repo = { owner: 'octo', repo: 'hello' };
    let started = Date.now();
    await Promise.all(['one', 'two'].map((body) => octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body })));
    const writes = Date.now() - started;
    expect(writes).toBeGreaterThanOrEqual(95);
    expect(writes).toBeLessThan(900);
    started = Date.now();
    for (const body of ['three', 'four']) await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body });
    expect(Date.now() - started).toBeGreaterThanOrEqual(295);
    expect(api.callsTo('issues/update-comment').map((call) => call.status)).toEqual([200, 200]);
    expect(api.callsTo('issues/create-comment').map((call) => call.status)).toEqual([201, 201]);
    expect(api.problems).toEqual([]);
  });
});
