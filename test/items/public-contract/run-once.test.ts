import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../../src/core/rule.js';
import { contractReviews } from '../../../src/items/public-contract/contract-review.js';
import { usingDefinitions } from '../../../src/items/public-contract/definitions.js';
import { changedTypeVersions } from '../../../src/items/public-contract/type-versions.js';

/** A run without a base that affects nothing: enough for each loader to answer. */
const run = () => ({ affected: { keys: new Set(), changedTypes: new Set() }, head: { index: { ofKind: () => [] } } }) as unknown as RuleContext;

describe('public-contract: what its rules share is computed once per run', () => {
  it.each<[string, (ctx: RuleContext) => Promise<unknown[]>]>([
    ['usingDefinitions', usingDefinitions],
    ['changedTypeVersions', changedTypeVersions],
    ['contractReviews', contractReviews],
  ])('%s answers a second asker of the same run with the same promise, another run anew', async (_name, load) => {
    const ctx = run();
    const first = load(ctx);
    expect(load(ctx)).toBe(first);
    const other = load(run());
    expect(other).not.toBe(first);
    expect(await first).toEqual([]);
    expect(await other).toEqual([]);
  });
});
