import { describe, expect, it } from 'vitest';
import { createRepoView } from '../../src/core/repo-view.js';
import { createClassifier } from '../../src/core/repo-index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { Snapshot } from '../../src/core/types.js';
import { scanAsRead, scanFile } from '../../src/secrets/files.js';
import { memorySnapshot } from '../support/memory-snapshot.js';

const KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const MAX = DEFAULT_SETTINGS.limits.maxFileBytes;

/** A view of the files, counting the reads of each path. */
async function countedView(files: Record<string, string>) {
  const inner = memorySnapshot(files);
  const reads = new Map<string, number>();
  const snapshot: Snapshot = { ...inner, read: (path) => (reads.set(path, (reads.get(path) ?? 0) + 1), inner.read(path)) };
  return { view: await createRepoView(snapshot, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits), reads };
}

describe('scanFile', () => {
  it('scans a file once, and answers again for a clean file and for one with a secret', async () => {
    const { view, reads } = await countedView({ 'notes.md': 'nothing here\n', 'deploy.sh': `STRIPE_KEY=${KEY}\n` });
    const clean = { state: 'scanned', path: 'notes.md', hits: [], pathHits: [] };
    expect(await scanFile(view, 'notes.md', MAX)).toMatchObject(clean);
    expect(await scanFile(view, 'notes.md', MAX)).toMatchObject(clean);
    const first = await scanFile(view, 'deploy.sh', MAX);
    const again = await scanFile(view, 'deploy.sh', MAX);
    expect(again).toBe(first);
    expect(first.state === 'scanned' && first.hits.map((h) => h.value)).toEqual([KEY]);
    expect([...reads]).toEqual([['notes.md', 1], ['deploy.sh', 1]]);
  });

  it('keeps the secret found in the path of a file whose content is clean', async () => {
    const { view, reads } = await countedView({ [`keys/${KEY}.txt`]: 'nothing here\n' });
    const first = await scanFile(view, `keys/${KEY}.txt`, MAX);
    expect(await scanFile(view, `keys/${KEY}.txt`, MAX)).toBe(first);
    expect(first).toMatchObject({ state: 'scanned', hits: [], pathHits: [expect.objectContaining({ value: KEY })] });
    expect(reads.get(`keys/${KEY}.txt`)).toBe(1);
  });

  it('answers again for a skipped binary file, with no error left unhandled', async () => {
    const { view } = await countedView({ 'logo.png': 'PNG\u0000\u0001' });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (let round = 0; round < 2; round++) expect(await scanFile(view, 'logo.png', MAX)).toMatchObject({ state: 'skipped', path: 'logo.png' });
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('scans what the view reads, and does not read it again', async () => {
    const { view, reads } = await countedView({ 'notes.md': 'nothing here\n', 'deploy.sh': `STRIPE_KEY=${KEY}\n` });
    scanAsRead([view, undefined], MAX);
    await view.text('deploy.sh');
    await view.text('notes.md');
    const found = await scanFile(view, 'deploy.sh', MAX);
    expect(found.state === 'scanned' && found.hits.map((h) => h.value)).toEqual([KEY]);
    expect(await scanFile(view, 'notes.md', MAX)).toMatchObject({ state: 'scanned', path: 'notes.md', hits: [] });
    expect([...reads]).toEqual([['deploy.sh', 1], ['notes.md', 1]]);
  });
});
