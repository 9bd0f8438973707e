import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, ownsFile, ownsObject, parseShard, shardOfKey } from '../../src/core/shard.js';
import { UserError } from '../../src/core/errors.js';

describe('shards', () => {
  it('reads i/n and refuses anything else as a usage error', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard(`${MAX_SHARDS}/${MAX_SHARDS}`)).toEqual({ index: MAX_SHARDS, count: MAX_SHARDS });
    for (const bad of ['0/4', '5/4', '1/0', `1/${MAX_SHARDS + 1}`, '1/4 ', '-1/4', '1.5/4', 'a/b', '1/', '/4', '']) {
      expect(() => parseShard(bad), bad).toThrow(UserError);
    }
    expect(() => parseShard('5/4')).toThrow('--shard 5/4: the shard number must be from 1 to 4');
  });

  it('places a key by its name alone: the same shard on every run, spread evenly', () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `workflow:payout-${i}`);
    const first = keys.map((k) => shardOfKey(k, 4));
    expect([...keys].reverse().map((k) => shardOfKey(k, 4)).reverse()).toEqual(first);
    // sha256 of the key: fixed across machines and releases.
    expect([shardOfKey('workflow:vendor-payout', 4), shardOfKey('workflow:vendor-payout', 7), shardOfKey('file:.env', 4), shardOfKey('file:.env', 7)]).toEqual([3, 5, 2, 1]);
    for (let shard = 1; shard <= 4; shard += 1) {
      const share = first.filter((s) => s === shard).length;
      expect(share).toBeGreaterThan(900);
      expect(share).toBeLessThan(1100);
    }
  });

  it('keeps a workflow with its manifest and runbook, and lets every shard check the few kinds', () => {
    for (let i = 0; i < 50; i += 1) {
      const slug = `wf-${i}`;
      const owners = [1, 2, 3].filter((index) => ownsObject({ index, count: 3 }, 'workflow', slug));
      expect(owners).toHaveLength(1);
      for (const kind of ['manifest', 'runbook'] as const) expect([1, 2, 3].filter((index) => ownsObject({ index, count: 3 }, kind, slug))).toEqual(owners);
      expect([1, 2, 3].filter((index) => ownsObject({ index, count: 3 }, 'template', slug))).toHaveLength(1);
      expect([1, 2, 3].filter((index) => ownsFile({ index, count: 3 }, `scripts/${slug}.sh`))).toHaveLength(1);
      for (const kind of ['action', 'trigger', 'environment', 'catalog'] as const) expect([1, 2, 3].every((index) => ownsObject({ index, count: 3 }, kind, slug))).toBe(true);
    }
  });
});
