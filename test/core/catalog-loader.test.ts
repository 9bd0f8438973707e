import { describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/core/affected.js';
import { actionFolder, loadCatalog, pinnedFileEntries, readObjects, repositoryEntries } from '../../src/core/catalog-loader.js';
import type { PlatformPort } from '../../src/core/platform.js';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { allChanged, memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

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

  it('read anew when only execute.ts or a sibling module changed', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS };
    const folder = 'packages/sdk/actions/split';
    const files = {
      [`${folder}/schema.ts`]: 'import { shape } from "./shape";\nexport const payloadSchema = shape;\n',
      [`${folder}/shape.ts`]: 'export const shape = { type: "object", properties: { amount: { type: "string" } } };\n',
      [`${folder}/execute.ts`]: 'export const x = 1;\n',
    };
    const base = (await entriesAt(files, settings)).get('split');
    const sibling = (await entriesAt({ ...files, [`${folder}/shape.ts`]: files[`${folder}/shape.ts`].replace('"string"', '"integer"') }, settings)).get('split');
    expect(sibling).toMatchObject({ payloadSchema: { properties: { amount: { type: 'integer' } } } });
    const view = await createRepoView(memorySnapshot({ ...files, [`${folder}/execute.ts`]: 'export const = ;\n' }), createClassifier(settings.paths), settings.limits);
    const [read] = await readObjects(view, settings, view.index.ofKind('action'));
    expect(JSON.stringify(read.problems)).toMatch(/split\/execute\.ts/);
    expect(base).toMatchObject({ payloadSchema: { properties: { amount: { type: 'string' } } } });
  });

  it('read again for another run', async () => {
    const first = await entriesAt(FILES, { ...DEFAULT_SETTINGS });
    const second = await entriesAt(FILES, { ...DEFAULT_SETTINGS });
    expect(second.get('kept')).not.toBe(first.get('kept'));
    expect(second.get('kept')).toEqual(first.get('kept'));
  });
});

const ACTION = (type: string) => JSON.stringify({ type, name: type, payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } });
const TRIGGER = (type: string) => JSON.stringify({ type, name: type, payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } });
const PINNED = JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: [{ type: 'pinned-send', name: 'Send', payloadSchema: { type: 'object', properties: {} }, resultSchema: { type: 'object', properties: {} } }], logicActions: [], triggers: [] });
const uses = (...types: string[]) => JSON.stringify({ definition: { nodes: Object.fromEntries(types.map((type, i) => [`n${i}`, { type }])) } });

async function viewOf(files: MemoryFiles, settings: Settings = DEFAULT_SETTINGS) {
  return createRepoView(memorySnapshot(files), createClassifier(settings.paths), settings.limits);
}

describe('the definitions of a repository', () => {
  it('reads action.json, trigger.json and SDK folders as entries, and a file that does not parse as a name only', async () => {
    const view = await viewOf({
      'actions/ping/action.json': ACTION('ping'),
      'actions/broken/action.json': '{',
      'triggers/tick/trigger.json': TRIGGER('tick'),
      'triggers/bad/trigger.json': '{',
      'triggers/docs-only/README.md': '# no definition\n',
      ...FILES,
    });
    const entries = await repositoryEntries(view, DEFAULT_SETTINGS);
    expect(entries.map((e) => [e.type, e.kind, e.source, e.origin])).toEqual([
      ['broken', 'action', 'repository', 'actions/broken/action.json'],
      ['ping', 'action', 'repository', 'actions/ping/action.json'],
      ['edited', 'action', 'repository', 'packages/sdk/actions/edited'],
      ['kept', 'action', 'repository', 'packages/sdk/actions/kept'],
      ['bad', 'trigger', 'repository', 'triggers/bad/trigger.json'],
      ['tick', 'trigger', 'repository', 'triggers/tick/trigger.json'],
    ]);
    expect(entries.find((e) => e.type === 'broken')).toMatchObject({ schemaCompleteness: 'name-only', notes: ['actions/broken/action.json does not parse'] });
    expect(entries.filter((e) => e.schemaCompleteness !== 'name-only').map((e) => e.type)).toEqual(['ping', 'edited', 'kept', 'tick']);
    const reads = await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('action'));
    expect(reads.find((r) => r.object.id === 'broken')?.problems).toEqual([]);
    expect(entries.find((e) => e.type === 'bad')).toMatchObject({ kind: 'trigger', schemaCompleteness: 'name-only', notes: ['triggers/bad/trigger.json does not parse'] });
  });

  it('reads the pinned catalog without settings, and nothing else without them', async () => {
    const view = await viewOf({ '.b3os/catalog.json': PINNED, 'actions/ping/action.json': ACTION('ping') });
    expect((await pinnedFileEntries(view)).map((e) => [e.type, e.source])).toEqual([['pinned-send', 'pinned']]);
    expect(await readObjects(view, undefined, view.index.ofKind('action'))).toEqual([]);
    expect(await readObjects(view, undefined, view.index.ofKind('trigger'))).toEqual([]);
    const unreadable = await viewOf({ '.b3os/catalog.json': { symlink: 'x' }, 'triggers/tick/trigger.json': TRIGGER('tick') });
    expect(await pinnedFileEntries(unreadable)).toEqual([]);
    expect(await readObjects(unreadable, undefined, unreadable.index.ofKind('catalog'))).toEqual([]);
    expect(await readObjects(unreadable, undefined, unreadable.index.ofKind('trigger'))).toEqual([]);
  });

  it('reads no definition where an action or trigger folder is a symlink, and a symlinked definition as a name only', async () => {
    const view = await viewOf({ 'triggers/ln': { symlink: 'x' }, 'triggers/tick/trigger.json': { symlink: 'x' }, 'actions/ping/action.json': { symlink: 'x' } });
    expect(await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('trigger'))).toEqual([
      { object: { kind: 'trigger', id: 'tick', files: ['triggers/tick/trigger.json'] }, file: 'triggers/tick/trigger.json', entries: [expect.objectContaining({ type: 'tick', kind: 'trigger', schemaCompleteness: 'name-only' })], problems: [] },
    ]);
    expect((await repositoryEntries(view, DEFAULT_SETTINGS)).map((e) => [e.type, e.kind, e.schemaCompleteness])).toEqual([['ping', 'action', 'name-only'], ['tick', 'trigger', 'name-only']]);
  });

  it('reads no entry from an action.json that holds no object, and finds execute.ts behind other modules', async () => {
    const view = await viewOf({ 'actions/list/action.json': '[]', 'packages/sdk/actions/b/a-helper.ts': 'export const y = 2;\n', 'packages/sdk/actions/b/schema.ts': SCHEMA, 'packages/sdk/actions/b/execute.ts': 'export const = ;\n' });
    const [list, folder] = await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('action'));
    expect(list).toMatchObject({ file: 'actions/list/action.json', entries: [] });
    expect(list.problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(folder.problems)).toMatch(/packages\/sdk\/actions\/b\/execute\.ts/);
  });

  it('finds a definition by any of its patterns', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, paths: { ...DEFAULT_SETTINGS.paths, actions: ['actions/{id}/action.json', 'defs/{id}/action.json'], triggers: ['triggers/{type}/trigger.json', 'events/{type}/trigger.json'] } };
    const view = await viewOf({ 'defs/ping/action.json': ACTION('ping'), 'events/tick/trigger.json': TRIGGER('tick') }, settings);
    expect((await repositoryEntries(view, settings)).map((e) => [e.type, e.origin, e.schemaCompleteness])).toEqual([['ping', 'defs/ping/action.json', 'complete'], ['tick', 'events/tick/trigger.json', 'complete']]);
  });

  it('reads each object once per view', async () => {
    const view = await viewOf({ 'actions/ping/action.json': ACTION('ping') });
    const [first] = await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('action'));
    const [again] = await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('action'));
    expect(again).toBe(first);
    const [other] = await readObjects(await viewOf({ 'actions/ping/action.json': ACTION('ping') }), DEFAULT_SETTINGS, view.index.ofKind('action'));
    expect(other).not.toBe(first);
  });

  it('reads the schema, execute and sibling modules of the action folder only, never a nested or test one', async () => {
    const folder = 'packages/sdk/actions/multi';
    const view = await viewOf({
      [`${folder}/legacy/schema.ts`]: 'export const payloadSchema = { type: "object", properties: { old: { type: "string" } } };\n',
      [`${folder}/schema.ts`]: 'import { shape } from "./shape";\nexport const payloadSchema = shape;\n',
      [`${folder}/shape.ts`]: 'export const shape = { type: "object", properties: { amount: { type: "string" } } };\n',
      [`${folder}/shape.test.ts`]: 'export const shape = { type: "object", properties: { test: { type: "string" } } };\n',
      [`${folder}/execute.ts`]: 'export const name = "Multi";\n',
    });
    const [read] = await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('action'));
    expect(read.file).toBe(folder);
    expect(read.entries[0]).toMatchObject({ type: 'multi', origin: folder });
    expect(JSON.stringify(read.entries[0].payloadSchema)).not.toMatch(/old|test/);
    expect(JSON.stringify(read.entries[0].payloadSchema)).toMatch(/amount/);
    const broken = await viewOf({ 'packages/sdk/actions/b/schema.ts': SCHEMA, 'packages/sdk/actions/b/execute.ts': 'export const = ;\n' });
    const [brokenRead] = await readObjects(broken, DEFAULT_SETTINGS, broken.index.ofKind('action'));
    expect(JSON.stringify(brokenRead.problems)).toMatch(/packages\/sdk\/actions\/b\/execute\.ts/);
  });

  it('never reads a test module of the folder as a sibling', async () => {
    const folder = 'packages/sdk/actions/tested';
    const view = await viewOf({
      [`${folder}/schema.ts`]: 'import { shape } from "./shape.test";\nexport const payloadSchema = shape;\n',
      [`${folder}/shape.test.ts`]: 'export const shape = { type: "object", properties: { test: { type: "string" } } };\n',
    });
    const [read] = await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('action'));
    expect(read.entries[0].payloadSchema).toBeUndefined();
  });
});

describe('sibling modules', () => {
  const folder = 'packages/sdk/actions/named';
  const read = async (files: MemoryFiles) => {
    const view = await viewOf(files);
    return (await readObjects(view, DEFAULT_SETTINGS, view.index.ofKind('action')))[0];
  };

  it('reads a module whose name holds .test. before its own extension: it is no test', async () => {
    const found = await read({
      [`${folder}/schema.ts`]: 'import { shape } from "./shape.test.js.js";\nexport const payloadSchema = shape;\n',
      [`${folder}/shape.test.js.ts`]: 'export const shape = { type: "object", properties: { kept: { type: "string" } } };\n',
    });
    expect(found.entries[0].payloadSchema).toEqual({ type: 'object', properties: { kept: { type: 'string' } } });
  });

  it('leaves out a module that is not UTF-8 text, as if it were not there', async () => {
    const missing = await read({ [`${folder}/schema.ts`]: 'import { shape } from "./shape";\nexport const payloadSchema = shape;\n' });
    const undecodable = await read({
      [`${folder}/schema.ts`]: 'import { shape } from "./shape";\nexport const payloadSchema = shape;\n',
      [`${folder}/shape.ts`]: new Uint8Array([0x65, 0x78, 0xff, 0xfe, 0x0a]),
    });
    expect(undecodable.entries).toEqual(missing.entries);
    expect(undecodable.entries[0].payloadSchema).toBeUndefined();
  });
});

describe('actionFolder', () => {
  it('is the folder named after the action, or the first file\'s folder', () => {
    expect(actionFolder({ kind: 'action', id: 'send', files: ['packages/sdk/actions/send/deep/schema.ts'] })).toBe('packages/sdk/actions/send');
    expect(actionFolder({ kind: 'action', id: 'send', files: ['sdk/other/schema.ts'] })).toBe('sdk/other');
    expect(actionFolder({ kind: 'action', id: 'send', files: ['schema.ts'] })).toBe('');
    expect(actionFolder({ kind: 'action', id: 'send', files: ['send/deep/schema.ts'] })).toBe('send');
  });
});

describe('loadCatalog', () => {
  const FILES_USED = { 'workflows/z/workflow.json': { symlink: 'x' }, 'workflows/a/workflow.json': uses('ping', 'pinned-send', 'zeta-live', 'alpha-live'), 'templates/t/template.json': uses('templ-live'), 'actions/ping/action.json': ACTION('ping'), '.b3os/catalog.json': PINNED };

  async function load(files: MemoryFiles, platform?: PlatformPort) {
    const view = await viewOf(files);
    const classify = createClassifier(DEFAULT_SETTINGS.paths);
    const affected = await computeAffected(allChanged(files), view, classify);
    return loadCatalog(view, DEFAULT_SETTINGS, affected, platform);
  }

  it('looks up live only the types the affected definitions use that neither the repository nor the pinned catalog knows, sorted, with a notice per failure', async () => {
    const asked: string[][] = [];
    const platform: PlatformPort = {
      baseUrl: 'https://api.b3os.org',
      lookupTypes: async (types) => {
        asked.push([...types]);
        return { entries: [{ type: 'alpha-live', kind: 'action', source: 'live', schemaCompleteness: 'full' } as never], failures: [{ type: 'zeta-live', reason: 'HTTP 503' }] };
      },
    };
    const { catalog, notices } = await load(FILES_USED, platform);
    expect(asked).toEqual([['alpha-live', 'templ-live', 'zeta-live']]);
    expect(notices).toEqual(['live catalog lookup of `zeta-live` failed: HTTP 503']);
    expect(catalog.lookup('alpha-live')?.source).toBe('live');
    expect(catalog.lookup('ping')?.source).toBe('repository');
    expect(catalog.lookup('pinned-send')?.source).toBe('pinned');
  });

  it('asks nothing when every type is known, and knows the catalog is complete', async () => {
    let asked = false;
    const platform: PlatformPort = { baseUrl: 'x', lookupTypes: async () => ((asked = true), { entries: [], failures: [] }) };
    const { catalog, notices } = await load({ 'workflows/a/workflow.json': uses('ping'), 'actions/ping/action.json': ACTION('ping') }, platform);
    expect(asked).toBe(false);
    expect(notices).toEqual([]);
    expect(catalog.complete).toBe(true);
    const offline = await load({ 'workflows/a/workflow.json': uses('ping'), 'actions/ping/action.json': ACTION('ping') });
    expect(offline.notices).toEqual([]);
    expect(offline.catalog.complete).toBe(false);
    expect(offline.catalog.lookup('ping')?.source).toBe('repository');
  });
});
