import { describe, expect, it } from 'vitest';
import { readObjects } from '../../src/core/catalog-loader.js';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

const SCHEMA = 'export const payloadSchema = { type: "object", properties: { to: { type: "string" } } };\n';
const FILES: MemoryFiles = {
  'packages/sdk/actions/kept/schema.ts': SCHEMA,
  'packages/sdk/actions/kept/execute.ts': 'export const name = "Kept";\n',
  'packages/sdk/actions/edited/schema.ts': SCHEMA,
};

async function entriesAt(files: MemoryFiles, settings: Settings) {
  const classify = createClassifier(settings.paths);
  const view = await createRepoView(memorySnapshot(files), classify, settings.limits);
  const reads = await readObjects(view, settings, view.index.ofKind('action'));
  return new Map(reads.map((read) => [read.object.id, read.entries[0]]));
}

describe('SDK action folders read for base and head', () => {
  it('share the read of a folder whose files are the same, and read a changed folder anew', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const base = await entriesAt(FILES, settings);
    const head = await entriesAt({ ...FILES, 'packages/sdk/actions/edited/schema.ts': SCHEMA.replace('"string"', '"integer"') }, settings);
    expect(head.get('kept')).toBe(base.get('kept'));
    expect(head.get('edited')).not.toBe(base.get('edited'));
    expect(head.get('edited')).toMatchObject({ type: 'edited', payloadSchema: { properties: { to: { type: 'integer' } } } });
    expect(base.get('edited')).toMatchObject({ type: 'edited', payloadSchema: { properties: { to: { type: 'string' } } } });
  });

  it('read again for another run', async () => {
    const first = await entriesAt(FILES, { ...DEFAULT_SETTINGS });
    const second = await entriesAt(FILES, { ...DEFAULT_SETTINGS });
    expect(second.get('kept')).not.toBe(first.get('kept'));
    expect(second.get('kept')).toEqual(first.get('kept'));
  });
});
