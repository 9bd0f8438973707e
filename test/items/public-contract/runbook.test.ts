import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/core/gate.js';
import { ownsObject } from '../../../src/core/shard.js';
import { checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { checkDiffTable } from '../../support/diff-harness.js';
import { allChanged, memorySnapshot } from '../../support/memory-snapshot.js';

const WORKFLOW = JSON.stringify({ name: 'Payout', description: 'Pays a vendor.', definition: { nodes: { root: { type: 'manual', payload: {} } } } }, null, 2);
const RUNBOOK = '# Payout runbook\n\nWhen a run fails, pause the workflow and page @acme/treasury-oncall.\n';
const WF = 'workflows/payout/workflow.json';
const MANIFEST = 'workflows/payout/b3os.yaml';

const manifest = (lines: string) => `# yaml-language-server: $schema=../../schemas/workflow-manifest.schema.json\nenvironment: prod\n${lines}`;
const repo = (files: Record<string, string>) => ({ [WF]: WORKFLOW, ...files });
/** The workflow `slug` with a manifest that names a runbook it does not have. */
const missingRunbook = (slug: string) => ({ [`workflows/${slug}/workflow.json`]: WORKFLOW, [`workflows/${slug}/b3os.yaml`]: manifest('owner: "@acme/treasury"\nrunbook: RUNBOOK.md\n') });

describe('public-contract/runbook', () => {
  it('checks manifests and runbooks of every workflow in --all mode', () =>
    checkRuleTable('public-contract/runbook', [
      { name: 'runbook next to the manifest', files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: RUNBOOK.md\n'), 'workflows/payout/RUNBOOK.md': RUNBOOK }), expected: [] },
      { name: 'runbook at a repository path', files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: docs/runbooks/payout.md\n'), 'docs/runbooks/payout.md': RUNBOOK }), expected: [] },
      { name: 'runbook relative with ..', files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: ../../docs/ops/payout.md\n'), 'docs/ops/payout.md': RUNBOOK }), expected: [] },
      { name: 'no runbook key, conventional runbook', files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\n'), 'workflows/payout/RUNBOOK.md': RUNBOOK }), expected: [] },
      // A missing manifest is failure-paths-observable/manifest's finding (src/readiness/shared-requirements.ts).
      { name: 'no manifest', files: repo({ 'workflows/payout/RUNBOOK.md': RUNBOOK }), expected: [] },
      {
        name: 'no manifest, failure-paths-observable turned off',
        files: repo({ 'workflows/payout/RUNBOOK.md': RUNBOOK, '.github/b3os-readiness.yml': 'items:\n  failure-paths-observable: off\n' }),
        expected: [{ severity: 'error', file: WF, line: 1, column: 1, message: /^workflow `payout` has no readiness manifest; expected `workflows\/payout\/b3os\.yaml`$/, hint: /^add `workflows\/payout\/b3os\.yaml` with `owner` and `runbook`$/ }],
      },
      {
        name: 'runbook that does not exist',
        files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: RUNBOK.md\n') }),
        expected: [{ severity: 'error', file: MANIFEST, line: 4, column: 10, message: /^runbook `RUNBOK\.md` of workflow `payout` does not exist$/ }],
      },
      {
        name: 'runbook path leaving the repository',
        files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: ../../../RUNBOOK.md\n'), 'RUNBOOK.md': RUNBOOK }),
        expected: [{ severity: 'error', file: MANIFEST, line: 4, column: 10, message: /does not exist/ }],
      },
      {
        name: 'runbook that is not a string',
        files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: [RUNBOOK.md]\n'), 'workflows/payout/RUNBOOK.md': RUNBOOK }),
        expected: [{ severity: 'error', file: MANIFEST, line: 4, column: 10, message: /^`runbook` of workflow `payout` is not a path$/ }],
      },
      {
        name: 'no runbook key and none at the conventional paths',
        files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\n') }),
        expected: [{ severity: 'error', file: MANIFEST, line: 2, column: 1, message: /names no runbook and there is none at `workflows\/payout\/RUNBOOK\.md`/ }],
      },
      {
        name: 'no owner',
        files: repo({ [MANIFEST]: manifest('runbook: RUNBOOK.md\n'), 'workflows/payout/RUNBOOK.md': RUNBOOK }),
        expected: [{ severity: 'error', file: MANIFEST, line: 2, column: 1, message: /^manifest of workflow `payout` names no owner$/ }],
      },
      {
        name: 'blank owner',
        files: repo({ [MANIFEST]: manifest('owner: ""\nrunbook: RUNBOOK.md\n'), 'workflows/payout/RUNBOOK.md': RUNBOOK }),
        expected: [{ severity: 'error', file: MANIFEST, line: 3, column: 8, message: /names no owner/ }],
      },
      {
        name: 'empty runbook',
        files: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: RUNBOOK.md\n'), 'workflows/payout/RUNBOOK.md': '# TODO\n' }),
        expected: [{ severity: 'warning', file: 'workflows/payout/RUNBOOK.md', line: 1, column: 1, message: /^runbook `workflows\/payout\/RUNBOOK\.md` is empty$/ }],
      },
      {
        name: 'manifest in a file that is neither YAML nor JSON',
        files: repo({ 'workflows/payout/b3os.toml': 'owner = "@acme/treasury"\n', '.github/b3os-readiness.yml': 'paths:\n  manifests:\n    - "workflows/{slug}/b3os.toml"\n' }),
        expected: [],
      },
      {
        name: 'manifest that is not a mapping',
        files: repo({ [MANIFEST]: '- owner\n- runbook\n', 'workflows/payout/RUNBOOK.md': RUNBOOK }),
        expected: [{ severity: 'error', file: MANIFEST, line: 1, column: 1, message: /is not a YAML mapping/ }],
      },
    ]));

  it('checks, in one shard of several, only the workflows that shard owns', async () => {
    const files = { ...missingRunbook('payout'), ...missingRunbook('vendor') };
    // The two workflows fall into different shards of two.
    expect([ownsObject({ index: 1, count: 2 }, 'workflow', 'vendor'), ownsObject({ index: 2, count: 2 }, 'workflow', 'payout')]).toEqual([true, true]);
    const checkedIn = async (index: number) => {
      const report = await runGate({ head: memorySnapshot(files), changes: allChanged(files), today: '2026-11-25', shard: { index, count: 2 } });
      return findingsOf(report, 'public-contract/runbook').map((f) => f.location?.file);
    };
    expect(await checkedIn(1)).toEqual(['workflows/vendor/b3os.yaml']);
    expect(await checkedIn(2)).toEqual(['workflows/payout/b3os.yaml']);
  });

  it('checks every workflow of a change without a base', async () => {
    const files = { ...missingRunbook('payout'), ...missingRunbook('vendor') };
    const changes = { base: 'BASE', head: 'HEAD', mode: 'diff' as const, files: [{ path: 'workflows/payout/workflow.json', status: 'modified' as const }] };
    const report = await runGate({ head: memorySnapshot(files), changes, today: '2026-11-25' });
    expect(findingsOf(report, 'public-contract/runbook').map((f) => f.location?.file)).toEqual(['workflows/payout/b3os.yaml', 'workflows/vendor/b3os.yaml']);
  });

  it('checks on a pull request the workflows whose workflow file, manifest or runbook it touches, wherever the runbook is', () => {
    const ops = repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: docs/ops/gas.md\n'), 'docs/ops/gas.md': RUNBOOK });
    const relative = repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\nrunbook: ../../docs/ops/gas.md\n'), 'docs/ops/gas.md': RUNBOOK });
    const without = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => path !== 'docs/ops/gas.md'));
    return checkDiffTable('public-contract/runbook', [
      { name: 'runbook at its own path edited', base: ops, head: { ...ops, 'docs/ops/gas.md': `${RUNBOOK}\nEscalate after an hour.\n` }, expected: [] },
      { name: 'runbook at its own path deleted', base: ops, head: without(ops), expected: [{ severity: 'error', file: MANIFEST, line: 4, column: 10, message: /^runbook `docs\/ops\/gas\.md` of workflow `payout` does not exist$/ }] },
      { name: 'runbook named relative to the manifest deleted', base: relative, head: without(relative), expected: [{ severity: 'error', file: MANIFEST, line: 4, column: 10, message: /^runbook `\.\.\/\.\.\/docs\/ops\/gas\.md` of workflow `payout` does not exist$/ }] },
      { name: 'runbook emptied', base: ops, head: { ...ops, 'docs/ops/gas.md': '# Gas\n' }, expected: [{ severity: 'warning', file: 'docs/ops/gas.md', line: 1, column: 1, message: /is empty$/ }] },
      { name: 'an unrelated file under docs/ops deleted', base: { ...ops, 'docs/ops/other.md': RUNBOOK }, head: ops, expected: [] },
      {
        name: 'a workflow without its runbook, another workflow added',
        base: without(ops),
        head: { ...without(ops), 'workflows/refund/workflow.json': WORKFLOW, 'workflows/refund/b3os.yaml': manifest('owner: "@acme/treasury"\nrunbook: RUNBOOK.md\n'), 'workflows/refund/RUNBOOK.md': RUNBOOK },
        expected: [],
      },
      {
        name: 'the conventional runbook emptied',
        base: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\n'), 'workflows/payout/RUNBOOK.md': RUNBOOK }),
        head: repo({ [MANIFEST]: manifest('owner: "@acme/treasury"\n'), 'workflows/payout/RUNBOOK.md': '# Payout\n' }),
        expected: [{ severity: 'warning', file: 'workflows/payout/RUNBOOK.md', line: 1, column: 1, message: /is empty$/ }],
      },
      { name: 'a workflow without its runbook, its workflow file edited', base: without(ops), head: { ...without(ops), [WF]: WORKFLOW.replace('Pays a vendor.', 'Pays the vendor.') }, expected: [{ severity: 'error', file: MANIFEST, line: 4, column: 10, message: /^runbook `docs\/ops\/gas\.md` of workflow `payout` does not exist$/ }] },
    ]);
  });
});
