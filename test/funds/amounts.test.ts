import { describe, expect, it } from 'vitest';
import { chainIn, formatUnits, MAX_UINT256, rawAmount, sameAddress, tokenUnitsToRaw } from '../../src/funds/amounts.js';

describe('amounts', () => {
  it('reads raw amounts as big integers, up to 78 digits', () => {
    expect(rawAmount('250000000')).toBe(250000000n);
    expect(rawAmount(MAX_UINT256.toString())).toBe(MAX_UINT256);
    expect(rawAmount('9'.repeat(78))).toBe(10n ** 78n - 1n);
    expect(rawAmount('9'.repeat(79))).toBeUndefined();
    expect(rawAmount('')).toBeUndefined();
    expect(rawAmount('1.5')).toBeUndefined();
    expect(rawAmount(5000000000)).toBe(5000000000n);
    expect(rawAmount(2 ** 53)).toBeUndefined();
    expect(rawAmount(-1)).toBeUndefined();
  });

  it('converts token units with decimals, refusing more fraction digits than the token has', () => {
    expect(tokenUnitsToRaw('1.5', 9)).toBe(1500000000n);
    expect(tokenUnitsToRaw('0.000000001', 9)).toBe(1n);
    expect(tokenUnitsToRaw('0.0000000001', 9)).toBeUndefined();
    expect(tokenUnitsToRaw('2', 0)).toBe(2n);
    expect(tokenUnitsToRaw('1.50', 1)).toBe(15n);
    expect(tokenUnitsToRaw('-1', 6)).toBeUndefined();
    expect(tokenUnitsToRaw('1e3', 6)).toBeUndefined();
  });

  it('formats raw units in token units with grouping', () => {
    expect(formatUnits(1500000000n, 6)).toBe('1,500');
    expect(formatUnits(1500000n, 6)).toBe('1.5');
    expect(formatUnits(1n, 18)).toBe('0.000000000000000001');
    expect(formatUnits(123n, 0)).toBe('123');
  });

  it('compares EVM addresses without regard to case, other ids exactly', () => {
    expect(sameAddress('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913')).toBe(true);
    expect(sameAddress('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA0291', '0x833589fcd6edb6e08f4c7c32d4f71b54bda0291')).toBe(false);
    expect(sameAddress('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', 'epjfwdd5aufqssqem2qn1xzybapc8g4weggkzwytdt1v')).toBe(false);
  });

  it('finds chain ids written as numbers or digit strings', () => {
    expect(chainIn(8453, [8453])).toBe(true);
    expect(chainIn('8453', [8453])).toBe(true);
    expect(chainIn('base', [8453])).toBe(false);
    expect(chainIn(1, [8453])).toBe(false);
  });
});
