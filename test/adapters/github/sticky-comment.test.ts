import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../../src/adapters/github/errors.js';
import { TOO_LONG_NOTE, upsertStickyComment, type StickyCommentRequest } from '../../../src/adapters/github/sticky-comment.js';
import { ACTIONS_BOT, startGitHubApi, type GitHubApi, type GitHubApiOptions, type Identity } from '../../support/github-api-server.js';
import { clientFor, recordingLog, type LogEntry } from './setup.js';

const ISSUE = 1347;
const MARKER = '<!-- b3os-readiness:v1';
const OCTOCAT: Identity = { login: 'octocat', id: 583231, type: 'User', userEndpoint: 'ok' };
let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

function report(text: string): string {
  return `${MARKER} pr=${ISSUE} -->\n## Readiness\n${text}`;
}

async function setUp(options: GitHubApiOptions = {}) {
  api = await startGitHubApi(options);
  const { log, entries } = recordingLog();
  const octokit = clientFor(api, log);
  const upsert = (body: string, extra: Partial<StickyCommentRequest> = {}) =>
    upsertStickyComment(octokit, { owner: 'octo', repo: 'hello', issueNumber: ISSUE, marker: MARKER, body, log, ...extra });
  return { api, upsert, entries: entries as LogEntry[] };
}

function bodies(api: GitHubApi): string[] {
  return api.state.commentsOf(ISSUE).map((comment) => comment.body);
}

function writes(api: GitHubApi): string[] {
  return api.calls.filter((call) => call.method !== 'GET' && call.operationId !== 'graphql').map((call) => `${call.operationId} ${call.path} ${call.status}`);
}

describe('upsertStickyComment', () => {
  it('creates, then leaves an identical body alone, then updates in place', async () => {
    const { api, upsert } = await setUp();
    const created = await upsert(report('one'));
    expect(created).toEqual({ action: 'created', id: 1001 });
    expect(await upsert(report('one'))).toEqual({ action: 'unchanged', id: 1001 });
    expect(api.callsTo('issues/update-comment')).toEqual([]);
    const linked = (run: number) => report(`one [full report](https://github.com/octo/hello/actions/runs/${run})`);
    await upsert(linked(100));
    expect(await upsert(linked(101))).toEqual({ action: 'unchanged', id: 1001 });
    expect(await upsert(report('two'))).toEqual({ action: 'updated', id: 1001 });
    expect(bodies(api)).toEqual([report('two')]);
    expect(writes(api)).toEqual([
      `issues/create-comment /repos/octo/hello/issues/${ISSUE}/comments 201`,
      'issues/update-comment /repos/octo/hello/issues/comments/1001 200',
      'issues/update-comment /repos/octo/hello/issues/comments/1001 200',
    ]);
    expect(api.problems).toEqual([]);
  });

  it('puts the marker on the first line when the body lacks it', async () => {
    const { api, upsert } = await setUp();
    await upsert('## Readiness\nall good');
    expect(bodies(api)).toEqual([`${MARKER}\n## Readiness\nall good`]);
  });

  it('leaves another user\'s comment with the marker on its first line untouched', async () => {
    const { api, upsert } = await setUp();
    const theirs = api.state.addComment(ISSUE, report('pasted by a human'), OCTOCAT);
    const result = await upsert(report('ours'));
    expect(result).toEqual({ action: 'created', id: theirs.id + 1 });
    expect(bodies(api)).toEqual([report('pasted by a human'), report('ours')]);
    expect(writes(api)).toEqual([`issues/create-comment /repos/octo/hello/issues/${ISSUE}/comments 201`]);
    expect(api.problems).toEqual([]);
  });

  it('ignores our own comment when the marker is not on its first line', async () => {
    const { api, upsert } = await setUp();
    api.state.addComment(ISSUE, `quoting:\n${report('old')}`, ACTIONS_BOT);
    expect(await upsert(report('new'))).toMatchObject({ action: 'created' });
    expect(bodies(api)).toEqual([`quoting:\n${report('old')}`, report('new')]);
  });

  it('updates the oldest of several marker comments and deletes the others', async () => {
    const { api, upsert } = await setUp();
    const oldest = api.state.addComment(ISSUE, report('first run'));
    api.state.addComment(ISSUE, 'an unrelated bot comment');
    const newer = api.state.addComment(ISSUE, report('second run'));
    expect(await upsert(report('third run'))).toEqual({ action: 'updated', id: oldest.id });
    expect(bodies(api)).toEqual([report('third run'), 'an unrelated bot comment']);
    expect(writes(api)).toEqual([
      `issues/update-comment /repos/octo/hello/issues/comments/${oldest.id} 200`,
      `issues/delete-comment /repos/octo/hello/issues/comments/${newer.id} 204`,
    ]);
    expect(api.problems).toEqual([]);
  });

  it('finds its comment past the first page of a busy pull request (no duplicate)', async () => {
    const { api, upsert } = await setUp();
    for (let i = 0; i < 250; i++) api.state.addComment(ISSUE, `review note ${i}`, OCTOCAT);
    const ours = api.state.addComment(ISSUE, report('first run'));
    for (let i = 0; i < 30; i++) api.state.addComment(ISSUE, `later note ${i}`, OCTOCAT);
    expect(await upsert(report('second run'))).toEqual({ action: 'updated', id: ours.id });
    expect(api.callsTo('issues/create-comment')).toEqual([]);
    expect(api.callsTo('issues/list-comments').length).toBeGreaterThanOrEqual(3);
    expect(bodies(api).filter((body) => body.startsWith(MARKER))).toEqual([report('second run')]);
    expect(api.problems).toEqual([]);
  });

  it('converges when another run created its comment at the same time', async () => {
    const { api, upsert } = await setUp({
      handlers: {
        'issues/create-comment': (_request, { state, fallback }) => {
          state.addComment(ISSUE, report('concurrent run'));
          return fallback();
        },
      },
    });
    const result = await upsert(report('this run'));
    const [survivor] = api.state.commentsOf(ISSUE);
    expect(result).toEqual({ action: 'updated', id: survivor.id });
    expect(bodies(api)).toEqual([report('this run')]);
    expect(api.problems).toEqual([]);
  });

  it('ends with exactly one comment when two runs race', async () => {
    const { api, upsert } = await setUp();
    await Promise.all([upsert(report('run A')), upsert(report('run B'))]);
    expect(api.state.commentsOf(ISSUE)).toHaveLength(1);
    expect(api.problems).toEqual([]);
  });

  it.each<{ name: string; options: GitHubApiOptions; seed: boolean; reason: string }>([
    {
      name: 'a read-only token on create (fork pull request)',
      options: { faults: { 'issues/create-comment': ['not-accessible'] } },
      seed: false,
      reason:
        'cannot write the pull request comment (Resource not accessible by integration); the token is read-only here, as on pull requests from forks, so the report is only in the job summary',
    },
    {
      name: 'any other 403 on update',
      options: { faults: { 'issues/update-comment': [{ status: 403, body: { message: 'Must have admin rights to Repository.' } }] } },
      seed: true,
      reason: 'cannot write the pull request comment (Must have admin rights to Repository.), so the report is only in the job summary',
    },
  ])('skips with a notice, never throwing, on $name', async ({ options, seed, reason }) => {
    const { api, upsert, entries } = await setUp(options);
    const old = seed ? api.state.addComment(ISSUE, report('old')) : undefined;
    // A comment of ours that the refused write leaves showing the earlier result is named.
    expect(await upsert(report('new'))).toEqual({ action: 'skipped', reason, ...(old ? { staleId: old.id } : {}) });
    expect(entries).toEqual([{ level: 'notice', message: reason }]);
    expect(bodies(api)).toEqual(seed ? [report('old')] : []);
  });

  it('creates a new comment when ours was deleted between reading and updating', async () => {
    const { api, upsert } = await setUp({
      handlers: {
        'issues/update-comment': (request, { state, fallback }) => {
          state.deleteComment(Number(request.params.comment_id));
          return fallback();
        },
      },
    });
    const old = api.state.addComment(ISSUE, report('old'));
    expect(await upsert(report('new'))).toEqual({ action: 'created', id: old.id + 1 });
    expect(writes(api)).toEqual([
      `issues/update-comment /repos/octo/hello/issues/comments/${old.id} 404`,
      `issues/create-comment /repos/octo/hello/issues/${ISSUE}/comments 201`,
    ]);
    expect(bodies(api)).toEqual([report('new')]);
    expect(api.problems).toEqual([]);
  });

  it('posts a short note when GitHub rejects the body as too long', async () => {
    const { api, upsert, entries } = await setUp();
    const result = await upsert(report('x'.repeat(70_000)));
    expect(result).toEqual({ action: 'created', id: 1001 });
    expect(bodies(api)).toEqual([`${MARKER} pr=${ISSUE} -->\n${TOO_LONG_NOTE}`]);
    expect(api.callsTo('issues/create-comment').map((call) => call.status)).toEqual([422, 201]);
    expect(entries.map((entry) => entry.message)).toEqual([
      'the report comment was rejected as too long (Validation Failed: Body is too long (maximum is 65536 characters)); posting a short note instead',
    ]);
    expect(api.problems).toEqual([]);
  });

  it('propagates other failures as a GitHubApiError', async () => {
    const { upsert } = await setUp({ faults: { 'issues/list-comments': [500, 500, 500, 500] } });
    const error = await upsert(report('one')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 500, attempts: 4, endpoint: `GET /repos/octo/hello/issues/${ISSUE}/comments?per_page=100` });
  });
});

describe('comment identity', () => {
  it('uses the login GET /user returns for a user token', async () => {
    const { api, upsert } = await setUp({ identities: { ghs_actions_token: OCTOCAT } });
    const mine = api.state.addComment(ISSUE, report('old'), OCTOCAT);
    api.state.addComment(ISSUE, report('the bot, not us'), ACTIONS_BOT);
    expect(await upsert(report('new'))).toEqual({ action: 'updated', id: mine.id });
    expect(api.callsTo('users/get-authenticated').map((call) => call.status)).toEqual([200]);
    expect(api.problems).toEqual([]);
  });

  it('keeps one comment for a GitHub App installation token, which cannot read GET /user', async () => {
    const APP: Identity = { login: 'acme-ci[bot]', id: 90001, type: 'Bot', userEndpoint: 'forbidden' };
    const { api, upsert } = await setUp({ identities: { ghs_actions_token: APP } });
    api.state.addComment(ISSUE, report('a person pasted the marker'), OCTOCAT);
    const first = await upsert(report('one'));
    expect(first.action).toBe('created');
    expect(await upsert(report('two'))).toEqual({ action: 'updated', id: first.id });
    expect(await upsert(report('three'))).toEqual({ action: 'updated', id: first.id });
    expect(api.state.commentsOf(ISSUE).filter((c) => c.author.login === APP.login)).toHaveLength(1);
    expect(api.problems).toEqual([]);
  });

  it('names the Actions token through GraphQL viewer and leaves another bot\'s marker comment alone', async () => {
    const OTHER: Identity = { login: 'other-ci[bot]', id: 90002, type: 'Bot', userEndpoint: 'forbidden' };
    const { api, upsert } = await setUp();
    const theirs = api.state.addComment(ISSUE, report('another bot pasted our marker'), OTHER);
    const mine = api.state.addComment(ISSUE, report('old'));
    expect(await upsert(report('new'))).toEqual({ action: 'updated', id: mine.id });
    expect(api.state.comment(theirs.id)?.body).toBe(report('another bot pasted our marker'));
    expect(api.callsTo('graphql').map((call) => call.status)).toEqual([200]);
    expect(api.problems).toEqual([]);
  });

  it('when no lookup names the token, edits and deletes no existing comment: it creates its own, then keeps to its login', async () => {
    const NAMELESS: Identity = { ...ACTIONS_BOT, viewer: 'forbidden' };
    const OTHER: Identity = { login: 'other-ci[bot]', id: 90002, type: 'Bot', userEndpoint: 'forbidden' };
    const { api, upsert } = await setUp({ identities: { ghs_actions_token: NAMELESS } });
    const theirs = api.state.addComment(ISSUE, report('another bot pasted our marker'), OTHER);
    const first = await upsert(report('one'));
    expect(first.action).toBe('created');
    expect(api.state.comment(theirs.id)?.body).toBe(report('another bot pasted our marker'));
    // The next run creates again, learns its login from GitHub's answer, and converges on its oldest comment.
    expect(await upsert(report('two'))).toEqual({ action: 'updated', id: first.id });
    expect(bodies(api)).toEqual([report('another bot pasted our marker'), report('two')]);
    expect(api.problems).toEqual([]);
  });

  it('takes bot comments as ours when GET /user is forbidden, and skips the lookup given a login', async () => {
    const { api, upsert } = await setUp();
    const mine = api.state.addComment(ISSUE, report('old'));
    expect(await upsert(report('new'))).toEqual({ action: 'updated', id: mine.id });
    expect(api.callsTo('users/get-authenticated').map((call) => call.status)).toEqual([403]);
    expect(await upsert(report('newer'), { login: 'GitHub-Actions' })).toEqual({ action: 'updated', id: mine.id });
    expect(api.callsTo('users/get-authenticated')).toHaveLength(1);
  });
});
