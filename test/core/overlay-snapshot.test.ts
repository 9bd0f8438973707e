import { describe, expect, it } from 'vitest';
import { overlaySnapshot } from '../../src/core/overlay-snapshot.js';
import { memorySnapshot } from '../support/memory-snapshot.js';

describe('overlaySnapshot', () => {
  const merged = memorySnapshot({ 'a.json': 'merged a', 'b.json': 'merged b', 'gone.json': 'merged gone' }, 'tree');
  const worktree = memorySnapshot({ 'a.json': 'edited a', 'b.json': 'stale b', 'new.json': 'new' }, 'WORKTREE');
  const view = overlaySnapshot(merged, worktree, new Set(['a.json', 'gone.json', 'new.json']));

  it('shows the edits at their paths (deletions too) and the merge everywhere else, sorted', async () => {
    expect((await view.list()).map((e) => e.path)).toEqual(['a.json', 'b.json', 'new.json']);
    const text = async (path: string) => {
      const bytes = await view.read(path);
      return bytes && new TextDecoder().decode(bytes);
    };
    expect([await text('a.json'), await text('b.json'), await text('new.json'), await text('gone.json')]).toEqual(['edited a', 'merged b', 'new', undefined]);
    expect(view.ref).toBe('WORKTREE');
  });
});
