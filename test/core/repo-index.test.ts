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
