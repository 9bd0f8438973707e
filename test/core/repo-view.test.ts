import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { Snapshot } from '../../src/core/types.js';

/** A snapshot that lists a 2 GB file and fails the test if anyone reads it. */
const huge: Snapshot = {
  ref: 'HEAD',
  list: async () => [
    { path: 'workflows/huge/workflow.json', kind: 'file', size: 2 * 1024 ** 3 },
    { path: 'workflows/big/workflow.yaml', kind: 'file', size: 300 * 1024 },
    { path: 'workflows/link/workflow.json', kind: 'symlink', size: 0 },
  ],
  read: async (path) => {
    throw new Error(`read ${path}`);
  },
};

describe('RepoView', () => {
  it('reports a file over the cap from its listed size, without reading it', async () => {
    const view = await createRepoView(huge, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    const doc = await view.document('workflows/huge/workflow.json');
    expect(doc?.problems).toEqual([expect.objectContaining({ code: 'too-large', fatal: true, message: expect.stringMatching(/2,147,483,648 bytes, over the 1 MiB limit/) })]);
    expect(await view.text('workflows/huge/workflow.json')).toBeUndefined();
  });

  it('caps YAML files lower than JSON files', async () => {
    const view = await createRepoView(huge, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    expect((await view.document('workflows/big/workflow.yaml'))?.problems[0]).toMatchObject({ code: 'too-large', message: expect.stringMatching(/256 KiB/) });
  });

  it('never reads a symlink', async () => {
    const view = await createRepoView(huge, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    expect(await view.document('workflows/link/workflow.json')).toBeUndefined();
    expect(view.has('workflows/link/workflow.json')).toBe(false);
  });

  it('parses a file once until it is released, and again after', async () => {
    const reads: string[] = [];
    const snapshot: Snapshot = {
      ref: 'HEAD',
      list: async () => [{ path: 'workflows/a/workflow.json', kind: 'file', size: 2 }],
      read: async (path) => (reads.push(path), new TextEncoder().encode('{}')),
    };
    const view = await createRepoView(snapshot, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    const first = await view.document('workflows/a/workflow.json');
    expect(await view.document('workflows/a/workflow.json')).toBe(first);
    view.release('workflows/a/workflow.json');
    const again = await view.document('workflows/a/workflow.json');
    expect(again).not.toBe(first);
    expect(again?.value).toEqual({});
    expect(reads).toEqual(['workflows/a/workflow.json', 'workflows/a/workflow.json']);
  });

  it('hands the watcher each read from the snapshot once, as it is read, prefetched files included', async () => {
    const files: Record<string, string> = { 'workflows/a/workflow.json': '{}', 'workflows/a/b3os.yaml': 'owner: x\n', 'docs/a.md': '# A\n' };
    const snapshot: Snapshot = {
      ref: 'HEAD',
      list: async () => Object.entries(files).map(([path, text]) => ({ path, kind: 'file' as const, size: text.length })),
      read: async (path) => new TextEncoder().encode(files[path]),
    };
    const view = await createRepoView(snapshot, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    const seen: string[] = [];
    view.watchReads((path, bytes) => seen.push(`${path}=${new TextDecoder().decode(bytes)}`));
    await view.prefetch(['docs/a.md']);
    expect(seen).toEqual(['docs/a.md=# A\n']);
    await view.text('docs/a.md');
    await view.document('workflows/a/workflow.json');
    await view.document('workflows/a/workflow.json');
    await view.textOnce('workflows/a/b3os.yaml');
    expect(seen).toEqual(['docs/a.md=# A\n', 'workflows/a/workflow.json={}', 'workflows/a/b3os.yaml=owner: x\n']);
  });

  it('prefetches no file over the cap nor any symlink', async () => {
    const view = await createRepoView(huge, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    await view.prefetch(['workflows/huge/workflow.json', 'workflows/link/workflow.json', 'workflows/absent/workflow.json']);
    expect(await view.documentTexts(['workflows/huge/workflow.json', 'workflows/big/workflow.yaml'])).toEqual([undefined, undefined]);
  });

  it('reads a prefetched file once, for its parse and its text alike', async () => {
    const reads: string[] = [];
    const snapshot: Snapshot = {
      ref: 'HEAD',
      list: async () => [{ path: 'workflows/a/workflow.json', kind: 'file', size: 8 }],
      read: async (path) => (reads.push(path), new TextEncoder().encode('{"a": 1}')),
    };
    const view = await createRepoView(snapshot, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    await view.prefetch(['workflows/a/workflow.json', 'workflows/a/workflow.json']);
    expect((await view.document('workflows/a/workflow.json'))?.value).toEqual({ a: 1 });
    expect(await view.text('workflows/a/workflow.json')).toBe('{"a": 1}');
    expect(reads).toEqual(['workflows/a/workflow.json']);
  });

  it('reads a text once without keeping it, and gives a kept text without reading again', async () => {
    const reads: string[] = [];
    const snapshot: Snapshot = {
      ref: 'HEAD',
      list: async () => [{ path: 'docs/a.md', kind: 'file', size: 2 }],
      read: async (path) => (reads.push(path), new TextEncoder().encode('hi')),
    };
    const view = await createRepoView(snapshot, createClassifier(DEFAULT_SETTINGS.paths), DEFAULT_SETTINGS.limits);
    expect(await view.textOnce('docs/a.md')).toBe('hi');
    expect(await view.text('docs/a.md')).toBe('hi');
    expect(await view.textOnce('docs/a.md')).toBe('hi');
    expect(reads).toEqual(['docs/a.md', 'docs/a.md']);
  });
});
