import { describe, expect, it } from 'vitest';
import { githubWaits, RATE_LIMIT_WAIT_BUDGET_S, waitScale } from '../../src/run/github-waits.js';

describe('the Action\'s waits for GitHub', () => {
  it('are real in a real run: 1 s retry base, 1 s per rate-limit second, writes paced by whole seconds, a ten-minute budget', () => {
    expect(RATE_LIMIT_WAIT_BUDGET_S).toBe(600);
    expect(githubWaits({})).toEqual({ retryBaseMs: 1000, rateLimitSecondMs: 1000, rateLimitWaitS: 600, writeSecondMs: 1000 });
  });

  it.each(['', '0', '-0.5', '2', '1.5', 'fast', 'Infinity', 'NaN'])('ignore a wait scale of "%s": every wait stays whole', (value) => {
    expect(waitScale({ B3OS_READINESS_WAIT_SCALE: value })).toBe(1);
    expect(githubWaits({ B3OS_READINESS_WAIT_SCALE: value })).toEqual(githubWaits({}));
  });

  it('shorten every wait by the scale, and never the budget the decisions count in full seconds', () => {
    expect(githubWaits({ B3OS_READINESS_WAIT_SCALE: '0.001' })).toEqual({ retryBaseMs: 1, rateLimitSecondMs: 1, rateLimitWaitS: 600, writeSecondMs: 1 });
    expect(githubWaits({ B3OS_READINESS_WAIT_SCALE: '1' })).toEqual(githubWaits({}));
  });
});
