import { describe, expect, it } from 'vitest';
import type { Affected } from '../../src/core/affected.js';
import type { RepoObject } from '../../src/core/repo-index.js';
import { MAX_SHARDS, ownsFile, ownsObject, parseShard, shardAffected, shardOfKey } from '../../src/core/shard.js';
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
    expect(() => parseShard('1/0', 'shard')).toThrow(`shard must be i/n with n from 1 to ${MAX_SHARDS} (e.g. 2/4), got "1/0"`);
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
      // A workflow's files go with it, whatever their own path's share; an action's by their path.
      for (const kind of ['workflow', 'manifest', 'runbook'] as const) {
        expect([1, 2, 3].filter((index) => ownsFile({ index, count: 3 }, `workflows/${slug}/x`, { kind, id: slug }))).toEqual(owners);
      }
      const actionFile = `actions/${slug}/action.json`;
      expect([1, 2, 3].filter((index) => ownsFile({ index, count: 3 }, actionFile, { kind: 'action', id: slug }))).toEqual([1, 2, 3].filter((index) => ownsFile({ index, count: 3 }, actionFile)));
      for (const kind of ['action', 'trigger', 'environment', 'catalog'] as const) expect([1, 2, 3].every((index) => ownsObject({ index, count: 3 }, kind, slug))).toBe(true);
    }
  });

  it('gives one shard of several the split objects it owns and every other object, and a whole check all of them', () => {
    const workflows: RepoObject[] = Array.from({ length: 40 }, (_, i) => ({ kind: 'workflow', id: `w${i}`, files: [`workflows/w${i}/workflow.json`] }));
    const actions: RepoObject[] = [{ kind: 'action', id: 'acme-send', files: ['actions/acme-send/action.json'] }];
    const byKind: Partial<Record<string, RepoObject[]>> = { workflow: workflows, action: actions };
    const keys = new Set([...workflows, ...actions].map((o) => `${o.kind}:${o.id}`));
    const affected = { keys, objects: (kind: string) => byKind[kind] ?? [], owns: () => true, ownsFile: () => true, touches: () => true } as unknown as Affected;
    expect(shardAffected(affected, { index: 1, count: 1 })).toBe(affected);
    const shares = [1, 2, 3].map((index) => shardAffected(affected, { index, count: 3 }));
    const owned = shares.map((share) => share.objects('workflow').map((o) => o.id));
    // Every workflow in exactly one shard, as ownsObject places it, and each shard owning some.
    expect(owned.flat().sort()).toEqual(workflows.map((w) => w.id).sort());
    owned.forEach((ids, i) => {
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(ownsObject({ index: i + 1, count: 3 }, 'workflow', id)).toBe(true);
    });
    for (const share of shares) {
      expect(share.objects('action')).toEqual(actions);
      expect(share.keys).toBe(keys);
      expect(share.owns('action', 'acme-send')).toBe(true);
    }
    const paths = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md'];
    expect(new Set(paths.map((path) => shares.findIndex((share) => share.ownsFile(path)))).size).toBeGreaterThan(1);
    // Given where each file belongs, a workflow's file goes with its workflow.
    const objectOf = (path: string) => workflows.find((w) => w.files.includes(path));
    const placed = [1, 2, 3].map((index) => shardAffected(affected, { index, count: 3 }, objectOf));
    for (const w of workflows) expect(placed.map((share) => share.ownsFile(w.files[0]))).toEqual(placed.map((share) => share.owns('workflow', w.id)));
    for (const [i, share] of shares.entries()) {
      for (const w of workflows) expect(share.owns('workflow', w.id), w.id).toBe(ownsObject({ index: i + 1, count: 3 }, 'workflow', w.id));
      for (const path of paths) {
        // Asked twice: the second answer is the remembered one, the same.
        expect(share.ownsFile(path), path).toBe(ownsFile({ index: i + 1, count: 3 }, path));
        expect(share.ownsFile(path), path).toBe(ownsFile({ index: i + 1, count: 3 }, path));
      }
    }
  });
});

