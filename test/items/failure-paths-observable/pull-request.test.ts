import { describe, expect, it } from 'vitest';
import { auditChange, checkDiffTable } from '../../support/diff-harness.js';
import { ENV, RUNBOOK, WF, WORKFLOW, edit, environmentWith, hook, repo, waiting } from './fixtures.js';

const BASE = repo();

describe('failure-paths-observable on a pull request', () => {
  it('checks the workflows whose files, manifest, runbook or environment the change touches', () =>
    checkDiffTable('failure-paths-observable/execution-webhook', [
      { name: 'environment loses retries', base: BASE, head: { ...BASE, [ENV]: environmentWith(hook({ maxRetries: 0 })) }, expected: [{ file: ENV, line: 18, column: 17, severity: 'error' }] },
      { name: 'runbook edited, environment fine', base: BASE, head: { ...BASE, [RUNBOOK]: `${BASE[RUNBOOK]}\nEscalate to @acme/ops.\n` }, expected: [] },
      {
        name: 'workflow edited, environment already without retries',
        base: { ...BASE, [ENV]: environmentWith(hook({ maxRetries: 0 })) },
        head: { ...BASE, [ENV]: environmentWith(hook({ maxRetries: 0 })), [WF]: edit(WORKFLOW, 'every Monday', 'each Monday') },
        expected: [{ file: ENV, line: 18, column: 17, severity: 'error' }],
      },
    ]));

  it('is not affected by a change that touches none of them', async () => {
    const report = await auditChange({ base: BASE, head: { ...BASE, 'README.md': '# Acme\n' } });
    expect(report.items.find((i) => i.id === 'failure-paths-observable')!.status).toBe('not-affected');
  });

  it('checks a wait node added by the change', () =>
    checkDiffTable('failure-paths-observable/wait-timeout', [
      { name: 'wait with its timed_out branch', base: BASE, head: { ...BASE, [WF]: waiting() }, expected: [] },
      { name: 'wait without it', base: BASE, head: { ...BASE, [WF]: waiting(['booked']) }, expected: [{ file: WF, line: 10, column: 21, severity: 'error' }] },
    ]));
});
