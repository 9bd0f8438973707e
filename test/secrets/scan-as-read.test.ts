import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { everyFileChangeSet, workspaceSnapshot } from '../../src/adapters/fs/workspace-snapshot.js';
import { runGate } from '../../src/core/gate.js';
import type { Snapshot } from '../../src/core/types.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/acme-b3os', import.meta.url));

/** The example repository, counting the reads of each path. */
function countedExample(): { snapshot: Snapshot; reads: Map<string, number> } {
  const inner = workspaceSnapshot(EXAMPLE);
  const reads = new Map<string, number>();
  return { reads, snapshot: { ...inner, read: (path) => (reads.set(path, (reads.get(path) ?? 0) + 1), inner.read(path)) } };
}

describe('the secret scan reads what the rules read', () => {
  it('reads each file of an audit once, but what is read before the rules and what the report draws', async () => {
    const { snapshot, reads } = countedExample();
    const report = await runGate({ head: snapshot, changes: await everyFileChangeSet(snapshot, 'WORKTREE'), today: '2026-11-25' });
    const failing = report.items.find((i) => i.id === 'definition-validates')!.findings.map((f) => f.location?.file);
    expect(reads.size).toBeGreaterThanOrEqual(30);
    expect([...reads].filter(([, n]) => n > 1).map(([path, n]) => `${path} ×${n}`)).toEqual([
      // Read by the configuration loader, before the repository is.
      '.github/b3os-readiness.yml ×2',
      // Dropped after its object's checks in the pass, read again by definition-validates/type-definition.
      '.b3os/catalog.json ×2',
      // The failing workflows, read again to draw their diagrams.
      ...failing.map((file) => `${file} ×2`),
    ]);
  });
});
