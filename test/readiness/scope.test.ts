import { describe, expect, it } from 'vitest';
import { computeAffected } from '../../src/core/affected.js';
import { createClassifier } from '../../src/core/repo-index.js';
import { createRepoView } from '../../src/core/repo-view.js';
import type { RuleContext } from '../../src/core/rule.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { ChangeSet } from '../../src/core/types.js';
import { workflowsConcerned, type Concern } from '../../src/readiness/scope.js';
import { memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

const WORKFLOW = '{"definition":{"nodes":{}}}';
const FILES: MemoryFiles = {
  'workflows/edited/workflow.json': WORKFLOW,
  'workflows/owned/workflow.json': WORKFLOW,
  'workflows/owned/b3os.yaml': 'owner: "@acme/ops"\n',
  'workflows/documented/workflow.json': WORKFLOW,
  'workflows/documented/RUNBOOK.md': '# Runbook\n',
  'workflows/listed/workflow.json': WORKFLOW,
  'docs/runbooks/listed.md': '# Runbook\n',
  'workflows/staged/workflow.json': WORKFLOW,
  'workflows/staged/b3os.yaml': 'environment: staging\n',
  'workflows/quiet/workflow.json': WORKFLOW,
  'workflows/quiet/b3os.yaml': 'environment: prod\n',
  'environments/staging.yaml': 'name: staging\n',
  'workflows/zz-manifest-only/b3os.yaml': 'owner: "@acme/ops"\n',
};
const classify = createClassifier(DEFAULT_SETTINGS.paths);

async function concerned(paths: readonly string[], via: readonly Concern[]): Promise<string[]> {
  const changes: ChangeSet = { base: 'b', head: 'h', mode: 'diff', files: paths.map((path) => ({ path, status: 'modified' })) };
  const head = await createRepoView(memorySnapshot(FILES), classify, DEFAULT_SETTINGS.limits);
  const base = await createRepoView(memorySnapshot(FILES), classify, DEFAULT_SETTINGS.limits);
  const affected = await computeAffected(changes, head, classify, base);
  const ctx = { settings: DEFAULT_SETTINGS, changes, head, base, affected } as unknown as RuleContext;
  return (await workflowsConcerned(ctx, via)).map((w) => w.id);
}

const EVERY_CHANGE = ['workflows/edited/workflow.json', 'workflows/owned/b3os.yaml', 'workflows/documented/RUNBOOK.md', 'docs/runbooks/listed.md', 'workflows/zz-manifest-only/b3os.yaml'];

describe('workflowsConcerned, for a change', () => {
  it('names the workflows whose file, manifest or runbook changed, sorted by slug', async () => {
    expect(await concerned(EVERY_CHANGE, ['workflow', 'manifest', 'runbook'])).toEqual(['documented', 'edited', 'listed', 'owned']);
  });

  it('looks only through the concerns it is given', async () => {
    expect(await concerned(EVERY_CHANGE, ['workflow'])).toEqual(['edited']);
    expect(await concerned(EVERY_CHANGE, ['manifest'])).toEqual(['owned']);
    expect(await concerned(EVERY_CHANGE, ['runbook'])).toEqual(['documented', 'listed']);
  });

  it('adds the workflows whose manifest names a changed environment, and only through that concern', async () => {
    expect(await concerned(['environments/staging.yaml', 'workflows/edited/workflow.json'], ['workflow', 'environment'])).toEqual(['edited', 'staged']);
    expect(await concerned(['environments/staging.yaml'], ['workflow', 'manifest'])).toEqual([]);
  });
});
