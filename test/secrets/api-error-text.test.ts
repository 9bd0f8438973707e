import { afterAll, beforeAll, expect, it } from 'vitest';
import { createB3osClient } from '../../src/adapters/b3os/client.js';
import { createPlatform } from '../../src/adapters/b3os/platform.js';
import { runGate } from '../../src/core/gate.js';
import { startB3osApi, TEST_API_KEY, type B3osApi } from '../support/b3os-api-server.js';
import { allChanged, memorySnapshot } from '../support/memory-snapshot.js';
import { leakWindows, leaksIn } from '../support/secrets/corpus.js';
import { secretOf } from '../support/secrets/values.js';
import { MANIFEST, MANIFEST_TEXT, WF, workflow } from '../items/connectors-scoped/fixtures.js';

const inRepo = secretOf('evm-0x');
const fresh = secretOf('b3os');
let api: B3osApi;

beforeAll(async () => {
  // The platform's validation quotes the payload back, and a key of its own, in its error text.
  api = await startB3osApi({
    validate: () => ({ valid: false, errors: [{ type: 'nodes', nodeId: 'post', field: 'privateKey', message: `Unknown field privateKey (${inRepo.literal}); caller ${fresh.literal} lacks write access`, code: 'unknown_field' }] }),
  });
});
afterAll(() => api.close());

it('masks the secrets the B3OS API quotes in its error text, found in the repository or not', async () => {
  const files = { [WF]: workflow().replace('"channel": "#ops"', `"channel": "#ops", "privateKey": "${inRepo.literal}"`), [MANIFEST]: MANIFEST_TEXT };
  const platform = createPlatform(createB3osClient({ baseUrl: api.url, apiKey: TEST_API_KEY, retryBaseMs: 1, timeoutMs: 1000 }), { hasKey: true });
  const report = await runGate({ head: memorySnapshot(files), changes: allChanged(files), platform, today: '2026-11-25' });
  const quoted = report.items.flatMap((i) => i.findings).find((f) => f.ruleId === 'definition-validates/platform-validation');
  expect(quoted?.message).toMatch(/^node `post`: unknown field privateKey \(\[redacted\]\); caller \[redacted\] lacks write access/);
  const plants = [inRepo, fresh].map((value) => ({ value, kind: 'api', path: WF, line: 1 }));
  expect(leaksIn(JSON.stringify(report), leakWindows(plants))).toEqual([]);
});
