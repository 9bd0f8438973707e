import { afterEach, describe, expect, it } from 'vitest';
import { makeFiles, passes, startGitHubApi, type GitHubApi, type GitHubApiOptions } from '../../support/github-api-server.js';

let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  api = await startGitHubApi(options);
  return api;
}

async function send(target: GitHubApi, method: string, path: string, body?: unknown, token = 'ghs_actions_token') {
  const response = await fetch(`${target.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, link: response.headers.get('link'), data: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('request validation', () => {
  it('answers 422 and records a problem for a create-comment without body', async () => {
    const server = await start();
    const response = await send(server, 'POST', '/repos/octo/hello/issues/7/comments', { text: 'hi' });
    expect(response.status).toBe(422);
    expect(server.problems).toEqual(["issues/create-comment: request body invalid: data must have required property 'body'"]);
    expect(server.calls).toEqual([
      { operationId: 'issues/create-comment', method: 'POST', path: '/repos/octo/hello/issues/7/comments', query: {}, body: { text: 'hi' }, status: 422 },
    ]);
    expect(server.state.commentsOf(7)).toEqual([]);
  });

  it.each([
    ['GET', '/repos/octo/hello/pulls/seven/files', 'pulls/list-files: path parameter pull_number=seven: data must be integer'],
    ['GET', '/repos/octo/hello/pulls/7/files?per_page=many', 'pulls/list-files: query parameter per_page=many: data must be integer'],
    ['GET', '/repos/octo/hello/issues/7/comments?since=yesterday', 'issues/list-comments: query parameter since=yesterday: data must match format "date-time"'],
  ])('answers 422 for %s %s', async (method, path, problem) => {
    const server = await start();
    expect((await send(server, method, path)).status).toBe(422);
    expect(server.problems).toEqual([problem]);
  });

  it('answers 500 and records a problem for a path it cannot decode', async () => {
    const server = await start();
    expect((await send(server, 'GET', '/repos/octo/hello/contents/%E0%A4%A')).status).toBe(500);
    expect(server.problems).toEqual(['server failed on GET /repos/octo/hello/contents/%E0%A4%A: URIError: URI malformed']);
  });

  it('answers 404 and records a problem for a route the spec does not describe', async () => {
    const server = await start();
    expect((await send(server, 'GET', '/repos/octo/hello/compare/a...b')).status).toBe(404);
    expect(server.problems).toEqual(['no operation in the spec for GET /repos/octo/hello/compare/a...b']);
  });
});

describe('response validation', () => {
  it('records a problem when a handler answers off-schema', async () => {
    const server = await start({ handlers: { 'issues/create-comment': () => ({ status: 201, body: { id: 'x', body: 'hi' } }) } });
    expect((await send(server, 'POST', '/repos/octo/hello/issues/7/comments', { body: 'hi' })).status).toBe(201);
    expect(server.problems).toHaveLength(1);
    expect(server.problems[0]).toMatch(/^issues\/create-comment: response 201 does not match schema: data must have required property 'node_id', /);
    expect(server.problems[0]).toContain('data/id must be integer');
  });

  it('records a problem for an undocumented success status', async () => {
    const server = await start({ handlers: { 'pulls/get': () => ({ status: 202, body: {} }) } });
    await send(server, 'GET', '/repos/octo/hello/pulls/1347');
    expect(server.problems).toEqual(['pulls/get: response 202 does not match schema: status 202 is not documented']);
  });

  it.each([
    ['GET', '/repos/octo/hello/pulls/1347', undefined, 200],
    ['GET', '/repos/octo/hello/pulls/1347/files', undefined, 200],
    ['POST', '/repos/octo/hello/check-runs', { name: 'b3os-readiness', head_sha: 'a'.repeat(40) }, 201],
    ['PATCH', '/repos/octo/hello/check-runs/4', { conclusion: 'failure' }, 404],
    ['GET', '/repos/octo/hello/contents/docs/readme.md?ref=main', undefined, 200],
    ['GET', '/user', undefined, 403],
    ['GET', '/app', undefined, 200],
  ])('serves %s %s within the documented schema', async (method, path, body, status) => {
    const server = await start({ files: makeFiles(2) });
    expect((await send(server, method, path, body)).status).toBe(status);
    expect(server.problems).toEqual([]);
  });
});

describe('stateful check runs', () => {
  it('creates a check run, appends annotations on PATCH, and answers 403 without checks: write', async () => {
    const server = await start();
    const annotation = { path: 'a.json', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'bad' };
    const created = await send(server, 'POST', '/repos/octo/hello/check-runs', { name: 'B3OS readiness', head_sha: 'a'.repeat(40), conclusion: 'failure', output: { title: 't', summary: 's', annotations: [annotation] } });
    expect(created).toMatchObject({ status: 201, data: { name: 'B3OS readiness', status: 'completed', conclusion: 'failure', output: { annotations_count: 1 } } });
    const id = (created.data as { id: number }).id;
    const updated = await send(server, 'PATCH', `/repos/octo/hello/check-runs/${id}`, { output: { title: 't', summary: 's', annotations: [annotation, annotation] } });
    expect(updated).toMatchObject({ status: 200, data: { id, conclusion: 'failure', output: { annotations_count: 3 } } });
    server.state.checksWritable = false;
    expect((await send(server, 'POST', '/repos/octo/hello/check-runs', { name: 'x', head_sha: 'a'.repeat(40) })).status).toBe(403);
    expect(server.problems).toEqual([]);
  });

  it('refuses 51 annotations in one request, as the documented maxItems says', async () => {
    const server = await start();
    const annotation = { path: 'a.json', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' };
    const response = await send(server, 'POST', '/repos/octo/hello/check-runs', { name: 'x', head_sha: 'a'.repeat(40), output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } });
    expect(response.status).toBe(422);
    expect(server.problems.join('\n')).toMatch(/annotations must NOT have more than 50 items/);
  });
});

describe('stateful comments', () => {
  it('creates, lists, updates and deletes comments as the token identity', async () => {
    const server = await start({ identities: { ghp_user: { login: 'octocat', id: 1, type: 'User', userEndpoint: 'ok' } } });
    const created = await send(server, 'POST', '/repos/octo/hello/issues/7/comments', { body: 'first' });
    expect(created.data).toMatchObject({ id: 1001, body: 'first', user: { login: 'github-actions[bot]', type: 'Bot' }, created_at: '2026-01-05T10:01:00Z' });
    await send(server, 'POST', '/repos/octo/hello/issues/7/comments', { body: 'second' }, 'ghp_user');
    await send(server, 'PATCH', '/repos/octo/hello/issues/comments/1001', { body: 'first, edited' });
    const listed = await send(server, 'GET', '/repos/octo/hello/issues/7/comments');
    expect(listed.data).toMatchObject([
      { id: 1001, body: 'first, edited', updated_at: '2026-01-05T10:03:00Z' },
      { id: 1002, body: 'second', user: { login: 'octocat', type: 'User' } },
    ]);
    expect((await send(server, 'DELETE', '/repos/octo/hello/issues/comments/1001')).status).toBe(204);
    expect((await send(server, 'PATCH', '/repos/octo/hello/issues/comments/1001', { body: 'gone' })).status).toBe(404);
    expect((await send(server, 'GET', '/user', undefined, 'ghp_user')).data).toMatchObject({ login: 'octocat' });
    expect(server.problems).toEqual([]);
  });
});

describe('pagination', () => {
  it('pages with per_page/page and a Link header', async () => {
    const server = await start({ files: makeFiles(250) });
    const base = `${server.url}/repos/octo/hello/pulls/1/files?per_page=100`;
    const middle = await send(server, 'GET', '/repos/octo/hello/pulls/1/files?per_page=100&page=2');
    expect(middle.data).toHaveLength(100);
    expect(middle.link).toBe(`<${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first", <${base}&page=1>; rel="prev"`);
    const last = await send(server, 'GET', '/repos/octo/hello/pulls/1/files?per_page=100&page=3');
    expect(last.data).toHaveLength(50);
    expect(last.link).toBe(`<${base}&page=1>; rel="first", <${base}&page=2>; rel="prev"`);
    expect((await send(server, 'GET', '/repos/octo/hello/pulls/1/files')).data).toHaveLength(30);
    expect((await send(server, 'GET', '/repos/octo/hello/pulls/1/files?per_page=500')).data).toHaveLength(100);
  });

  it('serves nothing past 3,000 files while Link still advertises more', async () => {
    const server = await start({ files: makeFiles(3050) });
    const page30 = await send(server, 'GET', '/repos/octo/hello/pulls/1/files?per_page=100&page=30');
    expect(page30.data).toHaveLength(100);
    expect(page30.link).toContain('page=31>; rel="next"');
    const page31 = await send(server, 'GET', '/repos/octo/hello/pulls/1/files?per_page=100&page=31');
    expect(page31.data).toEqual([]);
    expect(server.problems).toEqual([]);
  });
});

describe('faults', () => {
  it('consumes queued faults in order, then behaves normally', async () => {
    const server = await start({ faults: { 'pulls/get': [502, 'not-accessible'] } });
    server.inject('pulls/get', 'html-502');
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${server.url}/repos/octo/hello/pulls/1347`)).status);
    expect(statuses).toEqual([502, 403, 502, 200]);
    expect(server.callsTo('pulls/get').map((call) => call.status)).toEqual([502, 403, 502, 200]);
    expect(server.problems).toEqual([]);
  });

  it('hangs until the client gives up, recording status 0', async () => {
    const server = await start({ faults: { 'pulls/get': ['hang'] } });
    const error = await fetch(`${server.url}/repos/octo/hello/pulls/1347`, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(server.calls.map((call) => call.status)).toEqual([0]);
  });
});

describe('GraphQL viewer', () => {
  it('names the token\'s bot without the [bot] suffix, refuses it when told to, and records any other query as a problem', async () => {
    const target = await start({ identities: { ghs_nameless: { login: 'acme-ci[bot]', id: 9, type: 'Bot', userEndpoint: 'forbidden', viewer: 'forbidden' } } });
    expect((await send(target, 'POST', '/graphql', { query: 'query { viewer { login } }' })).data).toEqual({ data: { viewer: { login: 'github-actions' } } });
    const refused = await send(target, 'POST', '/graphql', { query: 'query { viewer { login } }' }, 'ghs_nameless');
    expect(refused).toMatchObject({ status: 200, data: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } });
    expect(target.problems).toEqual([]);
    expect((await send(target, 'POST', '/graphql', { query: 'query { repository { id } }' })).status).toBe(422);
    expect(target.problems).toEqual(['graphql: unsupported query: query { repository { id } }']);
  });
});

describe('state changes', () => {
  it('apply just before a call that is then answered normally', async () => {
    const target = await start({ pull: { number: 2 } });
    target.inject('pulls/get', ...passes(1), { before: (state) => Object.assign(state.pull, { headSha: 'b'.repeat(40) }) });
    const first = (await send(target, 'GET', '/repos/o/r/pulls/2')).data as { head: { sha: string } };
    const second = (await send(target, 'GET', '/repos/o/r/pulls/2')).data as { head: { sha: string } };
    expect([first.head.sha === 'b'.repeat(40), second.head.sha]).toEqual([false, 'b'.repeat(40)]);
    expect(target.problems).toEqual([]);
  });
});
