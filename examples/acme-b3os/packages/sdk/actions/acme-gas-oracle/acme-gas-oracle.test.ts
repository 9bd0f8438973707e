import { afterEach, describe, expect, it, vi } from 'vitest';
import { AcmeGasOracleAction } from './execute';

const makeParams = (inputs: Record<string, unknown>) => ({
  context: { userId: 'test-user', executionId: 'test-exec-1', timestamp: new Date() },
  inputs,
  actionContext: { userId: 'test-user' },
});

function mockRpc(baseFeePerGas: string, tip: string): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const { method } = JSON.parse(init.body) as { method: string };
      const result = method === 'eth_getBlockByNumber' ? { baseFeePerGas, number: '0x165ec15' } : tip;
      return new Response(JSON.stringify({ jsonrpc: '2.0', id: 1, result }));
    }),
  );
}

describe('AcmeGasOracleAction', () => {
  const action = new AcmeGasOracleAction();
  afterEach(() => vi.unstubAllGlobals());

  it('has correct metadata', () => {
    expect(action.actionId).toBe('acme-gas-oracle');
    expect(action.metadata.category).toBe('blockchain-data');
  });

  it('suggests fees for the standard speed', async () => {
    mockRpc('0x4c4b40', '0xf4240'); // 5,000,000 wei base fee, 1,000,000 wei tip
    const result = await action.execute(makeParams({ chainId: 8453 }));
    expect(result).toMatchObject({
      success: true,
      data: { chainId: 8453, baseFeeWei: '5000000', maxPriorityFeeWei: '2000000', maxFeeWei: '12000000', blockNumber: 23456789 },
    });
  });

  it('rejects an unsupported chain without calling an RPC', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const result = await action.execute(makeParams({ chainId: 56 }));
    expect(result).toMatchObject({ success: false, error: { code: 'UNSUPPORTED_CHAIN', retryable: false } });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('requires chainId', () => {
    expect(action.validateInputs({})).toBe(false);
    expect(action.validateInputs({ chainId: 1 })).toBe(true);
  });
});
