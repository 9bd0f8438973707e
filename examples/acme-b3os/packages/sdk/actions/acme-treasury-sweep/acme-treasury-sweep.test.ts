import { describe, expect, it, vi } from 'vitest';
import { AcmeTreasurySweepAction, sweepAmount } from './execute';

const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const TREASURY = '0x4444444444444444444444444444444444444444';

function makeParams(balance: bigint) {
  const wallet = {
    erc20Balance: vi.fn(async () => balance),
    erc20Transfer: vi.fn(async () => ({ transactionHash: '0xfeed' })),
  };
  const inputs = { chainId: 8453, tokenAddress: USDC, treasuryAddress: TREASURY, keepAmount: '1000', maxSweepAmount: '5000', wallet };
  return { wallet, params: { context: { userId: 'u', executionId: 'e', timestamp: new Date() }, inputs, actionContext: { userId: 'u' } } };
}

describe('sweepAmount', () => {
  it.each([
    [500n, 0n],
    [1000n, 0n],
    [3000n, 2000n],
    [9000n, 5000n],
  ])('balance %s sweeps %s', (balance, expected) => {
    expect(sweepAmount(balance, 1000n, 5000n)).toBe(expected);
  });
});

describe('AcmeTreasurySweepAction', () => {
  const action = new AcmeTreasurySweepAction();

  it('sends the capped excess to the treasury', async () => {
    const { wallet, params } = makeParams(9000n);
    const result = await action.execute(params);
    expect(wallet.erc20Transfer).toHaveBeenCalledWith(8453, USDC, TREASURY, 5000n);
    expect(result).toMatchObject({ success: true, data: { swept: true, sweptAmount: '5000', remainingBalance: '4000' } });
  });

  it('sends nothing at or below the floor', async () => {
    const { wallet, params } = makeParams(1000n);
    const result = await action.execute(params);
    expect(wallet.erc20Transfer).not.toHaveBeenCalled();
    expect(result).toMatchObject({ success: true, data: { swept: false, sweptAmount: '0' } });
  });
});
