import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable } from '../../support/rule-harness.js';
import { CONFIG, MANIFEST, RUNBOOK, WF, edit, manifestFor, repo } from './fixtures.js';

const RULE = 'failure-paths-observable/manifest';
const PUBLIC_CONTRACT_OFF = 'items:\n  public-contract: off\n';

describe(RULE, () => {
  it('needs a manifest naming the on-call, and its owner and runbook when public-contract is off', () =>
    checkRuleTable(RULE, [
      { name: 'manifest with owner, on-call and runbook', files: repo(), expected: [] },
      {
        name: 'no manifest',
        files: repo({ [MANIFEST]: null }),
        expected: [{ file: WF, line: 1, column: 1, severity: 'error', unverified: false, message: /^workflow `payout` has no readiness manifest at `workflows\/payout\/b3os\.yaml`$/ }],
      },
      {
        name: 'no onCall',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'onCall: "@acme/treasury-oncall"\n', '') }),
        expected: [{ file: MANIFEST, line: 2, column: 1, severity: 'error', message: /^manifest of workflow `payout` names no on-call$/, hint: /^set `onCall` to the GitHub team or user paged when the workflow fails, e\.g\. "@acme\/treasury-oncall"$/ }],
      },
      {
        name: 'manifest that does not match its schema: unverified',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'owner: "@acme/treasury"\n', '') }),
        expected: [{ file: MANIFEST, line: 1, column: 1, severity: 'error', unverified: true, message: /does not match its schema, so the failure paths of workflow `payout` cannot be checked$/ }],
      },
      // Owner and runbook are public-contract/runbook's while that item is on (src/readiness/shared-requirements.ts).
      { name: 'runbook missing, public-contract on', files: repo({ [RUNBOOK]: null }), expected: [] },
      {
        name: 'runbook missing, public-contract off',
        files: repo({ [RUNBOOK]: null, [CONFIG]: PUBLIC_CONTRACT_OFF }),
        expected: [{ file: MANIFEST, line: 5, column: 10, severity: 'error', message: /^runbook `RUNBOOK\.md` of workflow `payout` does not exist$/ }],
      },
      {
        name: 'runbook empty, public-contract off',
        files: repo({ [RUNBOOK]: '# Runbook\n', [CONFIG]: PUBLIC_CONTRACT_OFF }),
        expected: [{ file: RUNBOOK, line: 1, column: 1, severity: 'warning', message: /^runbook `workflows\/payout\/RUNBOOK\.md` is empty$/ }],
      },
      {
        name: 'runbook with content, public-contract off',
        files: repo({ [CONFIG]: PUBLIC_CONTRACT_OFF }),
        expected: [],
      },
    ]));

  it('gives a workflow without a manifest one finding for the item, whose hint is a skeleton manifest', async () => {
    const report = await auditFiles(repo({ [MANIFEST]: null }));
    const item = report.items.find((i) => i.id === 'failure-paths-observable')!;
    expect(item.status).toBe('fail');
    expect(item.findings).toHaveLength(1);
    expect(item.findings[0].hint).toBe(
      'add `workflows/payout/b3os.yaml`, e.g. `{environment: prod, owner: "@<org>/<team>", onCall: "@<org>/<on-call team>", runbook: RUNBOOK.md}`, then write the runbook',
    );
  });

  it('leaves the environment a placeholder in the skeleton when the repository has several', async () => {
    const report = await auditFiles(repo({ [MANIFEST]: null, 'environments/staging.yaml': 'orgId: org_acme_staging\n' }));
    const [finding] = report.items.find((i) => i.id === 'failure-paths-observable')!.findings;
    expect(finding.hint).toContain('{environment: <env>, owner:');
  });
});
