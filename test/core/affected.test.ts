import { describe, expect, it } from 'vitest';
import { computeAffected, entriesByType, runbookCandidates, splitKey } from '../../src/core/affected.js';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { ChangeSet, FileChange } from '../../src/core/types.js';
import { allChanged, memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

const classify = createClassifier(DEFAULT_SETTINGS.paths);
const usesType = (type: string) => JSON.stringify({ definition: { nodes: { n1: { type } } } });
const waitsFor = (type: string) => JSON.stringify({ definition: { nodes: { w: { type: 'wait', payload: { triggerType: type } } } } });

const BASE: MemoryFiles = {
  'workflows/a/workflow.json': usesType('send'),
  'workflows/a/b3os.yaml': 'runbook: ../../docs/ops/a.md\n',
  // Names `send` in a field, though it does not use it.
  'workflows/b/workflow.json': JSON.stringify({ definition: { nodes: { n1: { type: 'swap', name: 'send' } } } }),
  'workflows/c/workflow.json': waitsFor('on-block'),
  'templates/t/template.json': usesType('send'),
  'actions/send/action.json': '{"type":"send"}',
  'triggers/on-block/trigger.json': '{"type":"on-block"}',
  'docs/ops/a.md': '# A\n',
};

async function affectedBy(files: FileChange[], head: MemoryFiles = BASE, base: MemoryFiles | null = BASE) {
  const changes: ChangeSet = { base: 'BASE', head: 'HEAD', mode: 'diff', files };
  const headView = await createRepoView(memorySnapshot(head), classify, DEFAULT_SETTINGS.limits);
  const baseView = base === null ? undefined : await createRepoView(memorySnapshot(base, 'BASE'), classify, DEFAULT_SETTINGS.limits);
  return computeAffected(changes, headView, classify, baseView);
}

describe('computeAffected', () => {
  it('holds the objects whose files changed, and answers for them', async () => {
    const change: FileChange = { path: 'workflows/b/workflow.json', status: 'modified' };
    const affected = await affectedBy([change]);
    expect([...affected.keys]).toEqual(['workflow:b']);
    expect(affected.has('workflow', 'b')).toBe(true);
    expect(affected.has('workflow', 'a')).toBe(false);
    expect(affected.objects('workflow')).toEqual([{ kind: 'workflow', id: 'b', files: ['workflows/b/workflow.json'] }]);
    expect(affected.objects('workflow')).toBe(affected.objects('workflow'));
    expect(affected.objects('template')).toEqual([]);
    expect(affected.touches('workflow')).toBe(true);
    expect(affected.touches('template')).toBe(false);
    expect(affected.changeOf('workflows/b/workflow.json')).toBe(change);
    expect(affected.changeOf('workflows/a/workflow.json')).toBeUndefined();
    expect([affected.owns('workflow', 'a'), affected.ownsFile('docs/x.md')]).toEqual([true, true]);
    expect([...affected.removed, ...affected.changedTypes, ...affected.blastRadius]).toEqual([]);
  });

  it('holds both objects of a file renamed between them, and a symlink where an object folder would be', async () => {
    const head = { ...BASE, 'workflows/z': { symlink: '../elsewhere' } };
    const affected = await affectedBy([{ path: 'workflows/y/workflow.json', previousPath: 'workflows/b/workflow.json', status: 'renamed' }, { path: 'workflows/z', status: 'added' }], head);
    expect([...affected.keys].sort()).toEqual(['workflow:b', 'workflow:y', 'workflow:z']);
  });

  it('holds nothing for a change of no file', async () => {
    expect([...(await affectedBy([])).keys]).toEqual([]);
  });

  it('holds the manifest whose runbook changed, relative to its folder or to the root, and no other', async () => {
    const head = { ...BASE, 'workflows/b/b3os.yaml': 'runbook: docs/ops/b.md\n', 'workflows/c/b3os.yaml': '- runbook: docs/ops/a.md\n', 'workflows/d/b3os.yaml': '# runbook: docs/ops/a.md\n~\n', 'docs/ops/b.md': '# B\n' };
    expect([...(await affectedBy([{ path: 'docs/ops/a.md', status: 'modified' }], head)).keys]).toEqual(['manifest:a']);
    expect([...(await affectedBy([{ path: 'docs/ops/b.md', status: 'modified' }], head)).keys]).toEqual(['manifest:b']);
    expect([...(await affectedBy([{ path: 'docs/ops/new.md', previousPath: 'docs/ops/b.md', status: 'renamed' }], head)).keys]).toEqual(['manifest:b']);
    expect([...(await affectedBy([{ path: 'docs/ops/c.md', status: 'added' }], head)).keys]).toEqual([]);
  });

  it('holds the manifest whose runbook changed when the runbook\'s name could be spelled another way (every manifest is parsed)', async () => {
    const head = { ...BASE, 'workflows/b/b3os.yaml': 'runbook: "docs/ops/on call.md"\n', 'docs/ops/on call.md': '# On call\n' };
    expect([...(await affectedBy([{ path: 'docs/ops/on call.md', status: 'modified' }], head)).keys]).toEqual(['manifest:b']);
  });

  it('lists the objects removed at head that were at base, or whenever there is no base', async () => {
    const head = { ...BASE };
    delete head['workflows/b/workflow.json'];
    const gone = [{ path: 'workflows/b/workflow.json', status: 'removed' as const }, { path: 'workflows/never/workflow.json', status: 'removed' as const }];
    expect([...(await affectedBy(gone, head)).removed]).toEqual(['workflow:b']);
    expect([...(await affectedBy(gone, head, null)).removed]).toEqual(['workflow:b', 'workflow:never']);
    const affected = await affectedBy(gone, head);
    expect(affected.touches('workflow')).toBe(false);
    expect(affected.has('workflow', 'b')).toBe(true);
  });

  it('adds the workflows and templates using a changed action or trigger to the blast radius, sorted, each once', async () => {
    const affected = await affectedBy([{ path: 'actions/send/action.json', status: 'modified' }, { path: 'triggers/on-block/trigger.json', status: 'modified' }]);
    expect([...affected.changedTypes].sort()).toEqual(['on-block', 'send']);
    expect(affected.blastRadius).toEqual(['template:t', 'workflow:a', 'workflow:c']);
    expect([...affected.keys].sort()).toEqual(['action:send', 'template:t', 'trigger:on-block', 'workflow:a', 'workflow:c']);
    expect(affected.objects('workflow').map((o) => o.id)).toEqual(['a', 'c']);
  });

  it('leaves a user that changed itself out of the blast radius', async () => {
    const affected = await affectedBy([{ path: 'actions/send/action.json', status: 'modified' }, { path: 'workflows/a/workflow.json', status: 'modified' }]);
    expect(affected.blastRadius).toEqual(['template:t']);
  });

  it('reads the types whose pinned catalog entry changed, was added or removed, through renames onto and away from the catalog', async () => {
    const catalog = (entries: object) => JSON.stringify(entries);
    const before = { ...BASE, '.b3os/catalog.json': catalog({ actions: [{ type: 'send', v: 1 }, { type: 'keep' }], triggers: [{ type: 'gone' }] }) };
    const after = { ...BASE, '.b3os/catalog.json': catalog({ actions: [{ type: 'send', v: 2 }, { type: 'keep' }], logicActions: [{ type: 'swap' }] }) };
    const edited = await affectedBy([{ path: '.b3os/catalog.json', status: 'modified' }], after, before);
    expect([...edited.changedTypes].sort()).toEqual(['gone', 'send', 'swap']);
    expect(edited.blastRadius).toEqual(['template:t', 'workflow:a', 'workflow:b']);
    const away = { ...BASE, 'old/catalog.json': before['.b3os/catalog.json'] };
    expect([...(await affectedBy([{ path: 'old/catalog.json', previousPath: '.b3os/catalog.json', status: 'renamed' }], away, before)).changedTypes].sort()).toEqual(['gone', 'keep', 'send']);
    const onto = { ...BASE, 'old/catalog.json': after['.b3os/catalog.json'] };
    expect([...(await affectedBy([{ path: '.b3os/catalog.json', previousPath: 'old/catalog.json', status: 'renamed' }], after, onto)).changedTypes].sort()).toEqual(['keep', 'send', 'swap']);
    expect([...(await affectedBy([{ path: 'docs/ops/a.md', status: 'modified' }], after, before)).changedTypes]).toEqual([]);
  });

  it('reads a catalog that is no regular file, or has no base, as one without entries', async () => {
    const catalog = '{"actions":[{"type":"send"}]}';
    const linked = { ...BASE, '.b3os/catalog.json': { symlink: 'x.json' } };
    expect([...(await affectedBy([{ path: '.b3os/catalog.json', status: 'modified' }], linked, { ...BASE, '.b3os/catalog.json': catalog })).changedTypes]).toEqual(['send']);
    expect([...(await affectedBy([{ path: '.b3os/catalog.json', status: 'modified' }], { ...BASE, '.b3os/catalog.json': catalog }, linked)).changedTypes]).toEqual(['send']);
    expect([...(await affectedBy([{ path: '.b3os/catalog.json', status: 'added' }], { ...BASE, '.b3os/catalog.json': catalog }, null)).changedTypes]).toEqual(['send']);
  });

  it('holds every object in a whole-repository check, comparing no catalog', async () => {
    const files = { ...BASE, '.b3os/catalog.json': '{"actions":[{"type":"send"},{"type":"pinned-only"}]}' };
    const head = await createRepoView(memorySnapshot(files), classify, DEFAULT_SETTINGS.limits);
    const affected = await computeAffected(allChanged(files), head, classify);
    expect(affected.keys.size).toBe(head.index.objects.size);
    expect([...affected.changedTypes].sort()).toEqual(['on-block', 'send']);
    expect(affected.blastRadius).toEqual([]);
  });
});

describe('runbookCandidates', () => {
  it.each([
    ['workflows/a/b3os.yaml', '../../docs/ops/a.md', ['docs/ops/a.md']],
    ['workflows/a/b3os.yaml', './RUNBOOK.md', ['workflows/a/RUNBOOK.md', 'RUNBOOK.md']],
    ['workflows/a/b3os.yaml', 'docs//x.md', ['workflows/a/docs/x.md', 'docs/x.md']],
    ['workflows/a/b3os.yaml', '../../../x.md', []],
    ['b3os.yaml', 'x.md', ['x.md', 'x.md']],
    ['workflows/a/b3os.yaml', '..', ['workflows']],
  ])('reads %s naming %s as %j', (manifest, named, expected) => {
    expect(runbookCandidates(manifest, named)).toEqual(expected);
  });
});

describe('entriesByType', () => {
  it('keys each entry with a type of every group by its type, as JSON', () => {
    const value = { actions: [{ type: 'a', x: 1 }, null, { name: 'no type' }, { type: 3 }], logicActions: 'not a list', triggers: [{ type: 't' }], other: [{ type: 'o' }] };
    expect([...entriesByType(value)]).toEqual([['a', '{"type":"a","x":1}'], ['t', '{"type":"t"}']]);
  });

  it.each([undefined, null, 'text', 7])('is empty for %j', (value) => {
    expect(entriesByType(value).size).toBe(0);
  });
});

describe('splitKey', () => {
  it('splits at the first colon only', () => {
    expect(splitKey('docs:docs/a:b.md')).toEqual(['docs', 'docs/a:b.md']);
    expect(splitKey('workflow:a')).toEqual(['workflow', 'a']);
  });
});
