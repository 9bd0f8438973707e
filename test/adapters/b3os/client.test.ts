import { afterEach, describe, expect, it } from 'vitest';
import { B3osApiError, createB3osClient, type B3osClient, type B3osClientOptions } from '../../../src/adapters/b3os/client.js';
import { UserError } from '../../../src/core/errors.js';
import { errorResponse, startB3osApi, TEST_API_KEY, type B3osApi, type B3osApiOptions, type Fault } from '../../support/b3os-api-server.js';

let api: B3osApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function setup(options: B3osApiOptions = {}, client: Partial<B3osClientOptions> = {}): Promise<{ api: B3osApi; client: B3osClient }> {
  api = await startB3osApi(options);
  return { api, client: createB3osClient({ baseUrl: api.url, apiKey: TEST_API_KEY, retryBaseMs: 5, timeoutMs: 1000, ...client }) };
}

const WORKFLOW = {
  name: 'Notify',
  definition: {
    triggerNodeIds: ['root'],
    nodes: {
      root: { type: 'manual', payload: {}, children: ['notify'] },
      notify: { type: 'slack-send-message', payload: { conversation: 'C01' } },
    },
  },
};

async function outcome<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then((value) => ({ value }), (error: unknown) => ({ error }));
}

describe('catalog endpoints', () => {
  it('lists actions, logic actions and triggers, unwrapping the envelope, without sending the key', async () => {
    const { api, client } = await setup();
    expect((await client.listActions()).map((d) => d.type)).toEqual(['slack-send-message', 'send-erc20-token', 'get-balance']);
    expect((await client.listLogicActions()).map((d) => d.type)).toEqual(['if', 'delay']);
    expect((await client.listTriggers()).map((d) => d.type)).toEqual(['manual', 'cronjob', 'polymarket-new-market']);
    expect(api.calls.map((c) => [c.operation, c.status, c.authorization])).toEqual([
      ['GET /v1/actions', 200, false],
      ['GET /v1/logic-actions', 200, false],
      ['GET /v1/triggers', 200, false],
    ]);
    expect(api.problems).toEqual([]);
  });

  it('gets one definition by type, as the API sent it, and undefined on 404', async () => {
    const { api, client } = await setup();
    const action = await client.getAction('send-erc20-token');
    expect(action).toEqual(api.catalog.actions.find((d) => d.type === 'send-erc20-token'));
    expect(Object.keys(action ?? {}).slice(0, 3)).toEqual(['type', 'name', 'description']);
    expect((await client.getTrigger('cronjob'))?.payloadSchema).toMatchObject({ required: ['rrule'] });
    expect(await client.getAction('no-such-action')).toBeUndefined();
    expect(await client.getTrigger('send-erc20-token')).toBeUndefined();
    expect(api.calls.map((c) => [c.path, c.status])).toEqual([
      ['/v1/actions/send-erc20-token', 200],
      ['/v1/triggers/cronjob', 200],
      ['/v1/actions/no-such-action', 404],
      ['/v1/triggers/send-erc20-token', 404],
    ]);
    expect(api.problems).toEqual([]);
  });

  it('escapes a type that is not a plain path segment', async () => {
    const { api, client } = await setup();
    expect(await client.getAction('a/b c')).toBeUndefined();
    expect(api.calls.map((c) => c.path)).toEqual(['/v1/actions/a%2Fb%20c']);
    expect(api.problems).toEqual([]);
  });
});

describe('validation', () => {
  it('posts { name, definition } with the key and returns the ValidationResult', async () => {
    const { api, client } = await setup();
    expect(await client.validateWorkflow(WORKFLOW)).toEqual({
      valid: false,
      errors: [{ type: 'nodes', nodeId: 'notify', field: 'text', message: 'Missing required field "text"', code: 'missing_required_field' }],
    });
    const [call] = api.calls;
    expect(call).toMatchObject({ operation: 'POST /v1/workflows/validate', status: 200, authorization: true, body: WORKFLOW });
    expect(api.problems).toEqual([]);
  });

  it('returns valid with no errors for a workflow the platform accepts', async () => {
    const { api, client } = await setup();
    const ok = structuredClone(WORKFLOW);
    Object.assign(ok.definition.nodes.notify.payload, { text: 'hi' });
    expect(await client.validateWorkflow(ok)).toEqual({ valid: true, errors: [] });
    expect(api.problems).toEqual([]);
  });

  it.each([
    ['no key', undefined, 'missing API key'],
    ['a wrong key', 'b3sk_wrong_key_000000000000', 'invalid API key'],
  ])('fails with 401 and no retry with %s', async (_name, apiKey, detail) => {
    const { api, client } = await setup({}, { apiKey });
    const { error } = await outcome(client.validateWorkflow(WORKFLOW));
    expect(error).toBeInstanceOf(B3osApiError);
    expect((error as Error).message).toBe(`B3OS API POST /v1/workflows/validate failed with 401: ${detail}`);
    expect(api.calls.map((c) => [c.status, c.authorization])).toEqual([[401, apiKey !== undefined]]);
    expect(api.problems).toEqual([]);
  });

  it('names the application code of a 400', async () => {
    const { client } = await setup();
    const { error } = await outcome(client.validateWorkflow({ name: 'x', definition: { nodes: {} } }));
    expect((error as Error).message).toBe('B3OS API POST /v1/workflows/validate failed with 400: invalid workflow definition: no nodes (code 400228)');
    expect(error).toMatchObject({ status: 400, attempts: 1 });
  });
});

describe('retries and timeouts', () => {
  it.each<{ name: string; faults: Fault[]; statuses: number[] }>([
    { name: '502 then 200', faults: [502], statuses: [502, 200] },
    { name: '502, 503, 500 then 200', faults: [502, 503, 500], statuses: [502, 503, 500, 200] },
    { name: '429 then 200', faults: [429], statuses: [429, 200] },
    { name: 'an HTML 502 then 200', faults: ['html-502'], statuses: [502, 200] },
    { name: 'a hang then 200', faults: ['hang'], statuses: [0, 200] },
  ])('recovers from $name', async ({ faults, statuses }) => {
    const { api, client } = await setup({ faults: { 'GET /v1/triggers': faults } }, { timeoutMs: 300 });
    expect(await client.listTriggers()).toHaveLength(3);
    expect(api.callsTo('GET /v1/triggers').map((c) => c.status)).toEqual(statuses);
    expect(api.problems).toEqual([]);
  });

  it.each<{ name: string; faults: Fault[]; status: number; detail: string }>([
    { name: 'four 502s', faults: [502, 502, 502, 502], status: 502, detail: 'Bad Gateway' },
    { name: 'four 503s', faults: [503, 503, 503, 503], status: 503, detail: 'Service Unavailable' },
    { name: 'four HTML 502s', faults: ['html-502', 'html-502', 'html-502', 'html-502'], status: 502, detail: 'non-JSON (HTML) response "502 Bad Gateway"' },
    { name: 'four hangs', faults: ['hang', 'hang', 'hang', 'hang'], status: 0, detail: 'no response within 200 ms' },
  ])('gives up after 4 attempts on $name with an error naming the endpoint', async ({ faults, status, detail }) => {
    const { api, client } = await setup({ faults: { 'GET /v1/actions/{type}': faults } }, { timeoutMs: 200 });
    const { error } = await outcome(client.getAction('get-balance'));
    const outcomeText = status > 0 ? ` with ${status}` : '';
    expect((error as Error).message).toBe(`B3OS API GET /v1/actions/get-balance failed${outcomeText} after 4 attempts: ${detail}`);
    expect(error).toMatchObject({ endpoint: 'GET /v1/actions/get-balance', status, attempts: 4 });
    expect(api.callsTo('GET /v1/actions/{type}')).toHaveLength(4);
  });

  it('honours retries: 0', async () => {
    const { api, client } = await setup({ faults: { 'GET /v1/actions': [503] } }, { retries: 0 });
    expect(await outcome(client.listActions())).toMatchObject({ error: { status: 503, attempts: 1 } });
    expect(api.calls).toHaveLength(1);
  });

  it('reports a connection refused as a network failure after the retries', async () => {
    const { api } = await setup();
    await api.close();
    const client = createB3osClient({ baseUrl: api.url, retryBaseMs: 1 });
    const { error } = await outcome(client.listActions());
    expect((error as Error).message).toBe('B3OS API GET /v1/actions failed after 4 attempts: fetch failed (ECONNREFUSED)');
  });
});

describe('response shapes', () => {
  it.each<{ name: string; response: { status: number; body?: unknown; raw?: string }; detail: string }>([
    { name: 'no envelope', response: { status: 200, body: [{ type: 'x' }] }, detail: 'the response is not the API envelope {code, message, data, requestId}' },
    { name: 'data not a list', response: { status: 200, body: { code: 0, data: { type: 'x' } } }, detail: 'the response `data` is not a list of definitions' },
    { name: 'a definition without type', response: { status: 200, body: { code: 0, data: [{ name: 'x' }] } }, detail: 'the response holds a definition without a string `type`' },
    { name: 'plain text', response: { status: 200, raw: 'maintenance' }, detail: 'unexpected response body: maintenance' },
  ])('rejects $name', async ({ response, detail }) => {
    const { client } = await setup({ faults: { 'GET /v1/actions': [response] } });
    const { error } = await outcome(client.listActions());
    expect((error as Error).message).toBe(`B3OS API GET /v1/actions failed with 200: ${detail}`);
  });
});

describe('the API key', () => {
  it('never appears in an error message, even when the API echoes it', async () => {
    const echo = errorResponse(403, `key ${TEST_API_KEY} lacks read-write scope`);
    const plain = { status: 502, raw: `upstream rejected ${TEST_API_KEY}`, contentType: 'text/plain' };
    const { client } = await setup({ faults: { 'POST /v1/workflows/validate': [echo, 503, 503, 503, 503, plain, plain, plain, plain] } });
    const first = await outcome(client.validateWorkflow(WORKFLOW));
    const second = await outcome(client.validateWorkflow(WORKFLOW));
    const third = await outcome(client.validateWorkflow(WORKFLOW));
    const messages = [first, second, third].map((o) => String((o.error as Error).message));
    expect(messages[0]).toBe('B3OS API POST /v1/workflows/validate failed with 403: key *** lacks read-write scope');
    expect(messages[1]).toBe('B3OS API POST /v1/workflows/validate failed with 503 after 4 attempts: Service Unavailable');
    expect(messages[2]).toBe('B3OS API POST /v1/workflows/validate failed with 502 after 4 attempts: unexpected response body: upstream rejected ***');
    for (const [i, o] of [first, second, third].entries()) {
      expect(messages[i]).not.toContain(TEST_API_KEY);
      expect(JSON.stringify(o.error)).not.toContain(TEST_API_KEY);
    }
  });

  it.each([
    ['http://api.b3os.org', 'b3sk_x', 'the B3OS API URL must use https when an API key is set, got http://api.b3os.org'],
    ['ftp://api.b3os.org', undefined, 'the B3OS API URL must be http(s), got "ftp:"'],
    ['not a url', undefined, 'the B3OS API URL "not a url" is not a URL'],
    ['https://user:pw@api.b3os.org', undefined, 'the B3OS API URL must not contain credentials'],
  ])('refuses the base URL %s', (baseUrl, apiKey, message) => {
    expect(() => createB3osClient({ baseUrl, apiKey })).toThrow(new UserError(message));
  });

  it('accepts https, and plain http to this machine, dropping a trailing slash', () => {
    expect(createB3osClient({ baseUrl: 'https://api.b3os.org/', apiKey: 'b3sk_x' }).baseUrl).toBe('https://api.b3os.org');
    expect(createB3osClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'b3sk_x' }).hasKey).toBe(true);
  });
});
