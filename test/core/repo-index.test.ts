import { describe, expect, it } from 'vitest';
import { createClassifier, indexRepository } from '../../src/core/repo-index.js';
import { DEFAULT_PATHS } from '../../src/core/settings.js';
import type { TreeEntry } from '../../src/core/types.js';

const classify = createClassifier({ ...DEFAULT_PATHS, exampleDocs: ['docs/examples/**', 'guides/**/index.md'], changelog: ['CHANGELOG.md', 'a+b/(x).md'] });

describe('createClassifier', () => {
  it.each([
    ['workflows/pay/workflow.json', 'workflow', 'pay'],
    ['workflows/pay/b3os.yaml', 'manifest', 'pay'],
    ['docs/runbooks/pay.md', 'runbook', 'pay'],
    ['packages/sdk/actions/send', 'action', 'send'],
    ['packages/sdk/actions/send/deep/schema.ts', 'action', 'send'],
    ['docs/api', 'docs', 'docs/api'],
    ['docs/api/pay.md', 'docs', 'docs/api/pay.md'],
    ['guides/index.md', 'docs', 'guides/index.md'],
    ['guides/a/b/index.md', 'docs', 'guides/a/b/index.md'],
    ['CHANGELOG.md', 'changelog', 'CHANGELOG.md'],
    ['a+b/(x).md', 'changelog', 'a+b/(x).md'],
  ])('classifies %s as %s %s', (path, kind, id) => {
    expect(classify(path)).toMatchObject({ kind, id });
  });

  it.each(['docs/apis', 'workflows/pay/other.json', 'CHANGELOG.mdx', 'aab/x.md', 'guide/index.md', 'xworkflows/pay/workflow.json'])('leaves %s out', (path) => {
    expect(classify(path)).toBeUndefined();
  });

  it('classifies where a pattern directory would be', () => {
    expect(classify.directory('workflows/pay')).toMatchObject({ kind: 'workflow', id: 'pay' });
    expect(classify.directory('docs')).toMatchObject({ kind: 'runbook' });
  });
});

describe('indexRepository', () => {
  it('groups thousands of objects by kind in listing order', () => {
    const entries: TreeEntry[] = Array.from({ length: 3000 }, (_, i) => [
      { path: `workflows/w${String(i).padStart(4, '0')}/b3os.yaml`, kind: 'file' as const, size: 1 },
      { path: `workflows/w${String(i).padStart(4, '0')}/workflow.json`, kind: 'file' as const, size: 1 },
    ]).flat();
    const index = indexRepository(entries, classify);
    expect(index.ofKind('workflow').map((o) => o.id)).toEqual(Array.from({ length: 3000 }, (_, i) => `w${String(i).padStart(4, '0')}`));
    expect(index.ofKind('manifest')).toHaveLength(3000);
    expect(index.ofKind('template')).toEqual([]);
    expect(index.objectOf('workflows/w0007/workflow.json')).toEqual({ kind: 'workflow', id: 'w0007', files: ['workflows/w0007/workflow.json'] });
  });
});

describe('createClassifier, setting by setting', () => {
  const defaults = createClassifier(DEFAULT_PATHS);
  it.each([
    ['workflows/pay/workflow.yaml', 'workflow', 'pay', 'workflows'],
    ['workflows/pay/b3os.yml', 'manifest', 'pay', 'manifests'],
    ['workflows/pay/RUNBOOK.md', 'runbook', 'pay', 'runbooks'],
    ['packages/sdk/actions/send/schema.ts', 'action', 'send', 'sdkActions'],
    ['actions/send/action.json', 'action', 'send', 'actions'],
    ['triggers/tick/trigger.json', 'trigger', 'tick', 'triggers'],
    ['templates/t/template.json', 'template', 't', 'templates'],
    ['environments/prod.yaml', 'environment', 'prod', 'environments'],
    ['openapi/api.yaml', 'openapi', 'openapi/api.yaml', 'openapi'],
    ['.b3os/catalog.json', 'catalog', '.b3os/catalog.json', 'catalog'],
    ['CHANGELOG.md', 'changelog', 'CHANGELOG.md', 'changelog'],
    ['docs/actions/reference/generated/send.md', 'docs', 'docs/actions/reference/generated/send.md', 'actionDocs'],
    ['docs/actions/reference/logic/if.md', 'docs', 'docs/actions/reference/logic/if.md', 'logicDocs'],
    ['docs/triggers/reference/tick.mdx', 'docs', 'docs/triggers/reference/tick.mdx', 'triggerDocs'],
    ['docs/api/pay.md', 'docs', 'docs/api/pay.md', 'apiDocs'],
    ['docs/examples/pay.md', 'docs', 'docs/examples/pay.md', 'exampleDocs'],
    ['docs/runbooks/pay/extra.md', 'docs', 'docs/runbooks/pay/extra.md', 'runbookDocs'],
  ])('classifies %s as %s %s (%s)', (path, kind, id, setting) => {
    expect(defaults(path)).toEqual({ kind, id, key: `${kind}:${id}`, setting });
    expect(defaults(path)).toEqual({ kind, id, key: `${kind}:${id}`, setting });
  });

  it('gives the first matching setting, answers the same again, and classifies a folder of a pattern only as a folder', () => {
    const overlapping = createClassifier({ ...DEFAULT_PATHS, runbooks: ['docs/runbooks/{slug}.md'], runbookDocs: ['docs/runbooks/**'] });
    expect(overlapping('docs/runbooks/pay.md')).toMatchObject({ kind: 'runbook', id: 'pay', setting: 'runbooks' });
    expect(overlapping('nowhere/x.md')).toBeUndefined();
    expect(overlapping('nowhere/x.md')).toBeUndefined();
    expect(overlapping('workflows/pay')).toBeUndefined();
    expect(overlapping.directory('workflows/pay')).toEqual({ kind: 'workflow', id: 'pay', key: 'workflow:pay', setting: 'workflows' });
    expect(overlapping.directory('workflows/pay/workflow.json')).toBeUndefined();
    expect(overlapping.directory('workflows')).toMatchObject({ kind: 'workflow', id: 'workflows' });
  });

  it('reads a pattern that starts with a wildcard', () => {
    const anywhere = createClassifier({ ...DEFAULT_PATHS, exampleDocs: ['**/EXAMPLE.md'], changelog: ['*.changes'] });
    expect(anywhere('EXAMPLE.md')).toMatchObject({ kind: 'docs', id: 'EXAMPLE.md' });
    expect(anywhere('a/b/EXAMPLE.md')).toMatchObject({ kind: 'docs', id: 'a/b/EXAMPLE.md' });
    expect(anywhere('x.changes')).toMatchObject({ kind: 'changelog', id: 'x.changes' });
  });
});

describe('indexRepository, entry kinds', () => {
  it('files a symlink or submodule where an object folder would be under that object, never a regular file there', () => {
    const entries: TreeEntry[] = [
      { path: 'workflows/a', kind: 'symlink', size: 0 },
      { path: 'workflows/b', kind: 'file', size: 1 },
      { path: 'workflows/c', kind: 'submodule', size: 0 },
      { path: 'workflows/c/workflow.json', kind: 'file', size: 1 },
      { path: 'README.md', kind: 'file', size: 1 },
    ] as TreeEntry[];
    const index = indexRepository(entries, classify);
    expect(index.ofKind('workflow')).toEqual([
      { kind: 'workflow', id: 'a', files: ['workflows/a'] },
      { kind: 'workflow', id: 'c', files: ['workflows/c', 'workflows/c/workflow.json'] },
    ]);
    expect([...index.objects.keys()]).toEqual(['workflow:a', 'workflow:c']);
    expect(index.objectOf('workflows/b')).toBeUndefined();
    expect(index.objectOf('workflows/c')).toBe(index.objects.get('workflow:c'));
    expect([...index.entries.keys()]).toEqual(entries.map((e) => e.path));
    expect(index.entries.get('README.md')).toBe(entries[4]);
  });
});
