import { afterEach, describe, expect, it } from 'vitest';
import { envelope, startB3osApi, TEST_API_KEY, type B3osApi, type B3osApiOptions } from '../../support/b3os-api-server.js';
import { undoSwagQuirks } from '../../support/b3os-api/spec.js';

let api: B3osApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(options: B3osApiOptions = {}): Promise<B3osApi> {
  api = await startB3osApi(options);
  return api;
}

async function send(target: B3osApi, method: string, path: string, options: { body?: string; type?: string; key?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = options.type ?? 'application/json';
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  const response = await fetch(`${target.url}${path}`, { method, headers, body: options.body });
  const text = await response.text();
  return { status: response.status, data: text ? (JSON.parse(text) as { data?: unknown; message?: string }) : undefined };
}

const typesOf = (data: unknown) => (data as Array<{ type: string }>).map((d) => d.type);

describe('request validation', () => {
  it.each<{ name: string; method: string; path: string; body?: string; type?: string; problem: string }>([
    { name: 'an undocumented query parameter', method: 'GET', path: '/v1/actions?summary=true', problem: 'GET /v1/actions: query parameter summary is not documented' },
    { name: 'a body without definition', method: 'POST', path: '/v1/workflows/validate', body: '{"name":"x"}', problem: "POST /v1/workflows/validate: request body invalid: data must have required property 'definition'" },
    { name: 'a body that is not JSON', method: 'POST', path: '/v1/workflows/validate', body: '{name', problem: 'POST /v1/workflows/validate: request body is not valid JSON' },
    { name: 'a JSON body sent as text', method: 'POST', path: '/v1/workflows/validate', body: '{"definition":{"nodes":{}}}', type: 'text/plain', problem: 'POST /v1/workflows/validate: request body sent as text/plain, not application/json' },
    { name: 'a node without payload', method: 'POST', path: '/v1/workflows/validate', body: '{"definition":{"nodes":{"root":{"type":"manual"}}}}', problem: "POST /v1/workflows/validate: request body invalid: data/definition/nodes/root must have required property 'payload'" },
  ])('answers 400 and records a problem for $name', async ({ method, path, body, type, problem }) => {
    const server = await start();
    const response = await send(server, method, path, { body, type, key: TEST_API_KEY });
    expect(response.status).toBe(400);
    expect(server.problems).toEqual([problem]);
  });

  it('answers 404 and records a problem for a route the spec does not describe', async () => {
    const server = await start();
    expect((await send(server, 'GET', '/v1/catalog')).status).toBe(404);
    expect(server.problems).toEqual(['no operation in the spec for GET /v1/catalog']);
  });

  it('records a problem when anything that runs or tests is called', async () => {
    const server = await start();
    const response = await send(server, 'POST', '/v1/actions/send-erc20-token/test', { body: '{"inputs":{}}', key: TEST_API_KEY });
    expect(response.status).toBe(501);
    expect(server.problems).toEqual(['POST /v1/actions/{type}/test was called; the gate must never call it']);
  });
});

describe('responses', () => {
  it('records a problem when a handler answers off-schema', async () => {
    const server = await start({ handlers: { 'GET /v1/actions': () => envelope({ type: 'not-a-list' }) } });
    expect((await send(server, 'GET', '/v1/actions')).status).toBe(200);
    expect(server.problems).toEqual(['GET /v1/actions: response 200 does not match schema: data/data must be array']);
  });

  it('serves ActionDefinitions whose opaque fundsMovement is an object, and 401s held to ErrorResponse', async () => {
    const server = await start();
    expect((await send(server, 'GET', '/v1/actions/send-erc20-token')).data?.data).toMatchObject({ fundsMovement: { sent: [{ amountField: 'amount' }] } });
    expect(await send(server, 'POST', '/v1/workflows/validate', { body: '{"definition":{"nodes":{"root":{"type":"manual","payload":{}}}}}' })).toMatchObject({ status: 401, data: { message: 'missing API key' } });
    expect(server.problems).toEqual([]);
  });

  it.each([
    ['?tags=evm', ['send-erc20-token', 'get-balance']],
    ['?tags=evm&tags=read', ['get-balance']],
    ['?tags=evm,transfer', ['send-erc20-token']],
    ['?tags=none', []],
  ])('filters actions by tags %s (all must match)', async (query, types) => {
    const server = await start();
    expect(typesOf((await send(server, 'GET', `/v1/actions${query}`)).data?.data)).toEqual(types);
    expect(server.problems).toEqual([]);
  });
});

describe('undoSwagQuirks', () => {
  it('drops the bare object alternative of a oneOf and opens opaque integer arrays', () => {
    const params = { $ref: '#/components/schemas/P', summary: 'request' };
    expect(undoSwagQuirks({ oneOf: [{ type: 'object' }, params] })).toEqual({ allOf: [params] });
    expect(undoSwagQuirks({ type: 'array', items: { type: 'integer' }, description: 'Opaque pass-through from b3os-actions' })).toEqual({ description: 'Opaque pass-through from b3os-actions' });
    expect(undoSwagQuirks({ oneOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual({ oneOf: [{ type: 'string' }, { type: 'integer' }] });
  });
});
