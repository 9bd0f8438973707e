import { describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/core/affected.js';
import { readAhead } from '../../src/core/read-ahead.js';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { memorySnapshot } from '../support/memory-snapshot.js';

const FILES = {
  'workflows/a/workflow.json': '{}',
  'workflows/a/b3os.yaml': 'owner: "@x"\n',
  'workflows/a/RUNBOOK.md': '# A\n',
  'workflows/b/workflow.json': '{}',
  'workflows/b/b3os.yaml': 'owner: "@x"\n',
  'docs/runbooks/b.md': '# B\n',
  'workflows/c/workflow.json': '{}',
  'workflows/c/b3os.yaml': 'owner: "@x"\n',
  'docs/runbooks/c.md': '# C\n',
  'workflows/d/workflow.json': '{}',
};

describe('the read-ahead of a change', () => {
  it('holds the changed files, and the manifest and runbook of every changed workflow, wherever the runbook is', async () => {
    const classify = createClassifier(DEFAULT_SETTINGS.paths);
    const head = await createRepoView(memorySnapshot(FILES), classify, DEFAULT_SETTINGS.limits);
    const changes = {
      base: 'BASE',
      head: 'HEAD',
      mode: 'diff' as const,
      files: [
        { path: 'workflows/a/workflow.json', status: 'modified' as const },
        { path: 'workflows/b/workflow.json', status: 'modified' as const },
        // Neither manifest nor runbook; and a workflow the change removes, gone from head.
        { path: 'workflows/d/workflow.json', status: 'modified' as const },
        { path: 'workflows/gone/workflow.json', status: 'removed' as const },
      ],
    };
    const affected = await computeAffected(changes, head, classify, head);
    expect(affected.keys.has('workflow:gone')).toBe(true);
    expect([...new Set(readAhead(affected, head))].sort()).toEqual(['docs/runbooks/b.md', 'workflows/a/RUNBOOK.md', 'workflows/a/b3os.yaml', 'workflows/a/workflow.json', 'workflows/b/b3os.yaml', 'workflows/b/workflow.json', 'workflows/d/workflow.json']);
  });
});
