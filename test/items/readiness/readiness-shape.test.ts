import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, WF, WORKFLOW, edit, manifestFor, repo } from './fixtures.js';

const MANIFEST_RULE = 'definition-validates/manifest-shape';
const ENV_RULE = 'definition-validates/environment-shape';

describe(MANIFEST_RULE, () => {
  it('reports every parse problem and schema violation of a manifest once, at its place', () =>
    checkRuleTable(MANIFEST_RULE, [
      { name: 'valid manifest', files: repo(), expected: [] },
      {
        name: 'misspelt bound',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'maxAmount:', 'maxAmmount:') }),
        expected: [{ file: MANIFEST, line: 12, column: 7, severity: 'error', message: /^unknown key `maxAmmount` in `nodes\.pay\.funds`; did you mean `maxAmount`\?$/ }],
      },
      {
        name: 'approvals outside the enum',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'approvals: none', 'approvals: sometimes') }),
        expected: [{ file: MANIFEST, line: 13, column: 18, severity: 'error', message: /^`nodes\.pay\.funds\.approvals` must be one of "none", "exact", "unlimited-acknowledged", got "sometimes"$/ }],
      },
      {
        name: 'unlimited approvals without a reason',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'approvals: none', 'approvals: unlimited-acknowledged') }),
        expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /is missing required key `approvalReason`$/ }],
      },
      {
        name: 'maxAmount of 79 digits (one past the limit)',
        files: repo({ [MANIFEST]: edit(manifestFor(), '"250000000"', `"${'9'.repeat(79)}"`) }),
        expected: [{ file: MANIFEST, line: 12, column: 18, severity: 'error', message: /`nodes\.pay\.funds\.maxAmount` must match/ }],
      },
      { name: 'maxAmount of 78 digits (at the limit)', files: repo({ [MANIFEST]: edit(manifestFor(), '"250000000"', `"${'9'.repeat(78)}"`) }), expected: [] },
      {
        name: 'duplicate key: one parse finding, no schema finding',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'owner: "@acme/treasury"\n', 'owner: "@acme/treasury"\nowner: "@acme/other"\n') }),
        expected: [{ file: MANIFEST, line: 4, column: 1, severity: 'error', message: /^duplicate key `owner`/ }],
      },
      {
        // 20 aliases are allowed (y0 to y9); the first of y10 is one too many.
        name: 'alias bomb: one finding at the 21st alias',
        files: repo({ [MANIFEST]: `${manifestFor()}x: &a [1, 1]\n${Array.from({ length: 25 }, (_, i) => `y${i}: [*a, *a]`).join('\n')}\n` }),
        expected: [{ file: MANIFEST, line: 30, column: 7, severity: 'error', unverified: true, message: /alias/ }],
      },
    ]));

  it('checks the manifest of a changed workflow, and a changed manifest, but not an untouched one', () =>
    checkDiffTable(MANIFEST_RULE, [
      { name: 'workflow description edited, manifest valid', base: repo(), head: repo({ [WF]: edit(WORKFLOW, 'every Monday.', 'each Monday.') }), expected: [] },
      {
        name: 'workflow description edited, manifest already invalid',
        base: repo({ [MANIFEST]: edit(manifestFor(), 'owner:', 'ownr:') }),
        head: repo({ [MANIFEST]: edit(manifestFor(), 'owner:', 'ownr:'), [WF]: edit(WORKFLOW, 'every Monday.', 'each Monday.') }),
        expected: [
          { file: MANIFEST, line: 2, column: 1, severity: 'error', message: /missing required key `owner`/ },
          { file: MANIFEST, line: 3, column: 1, severity: 'error', message: /unknown key `ownr`/ },
        ],
      },
      {
        name: 'unrelated file changed, manifest invalid',
        base: repo({ [MANIFEST]: edit(manifestFor(), 'owner:', 'ownr:') }),
        head: repo({ [MANIFEST]: edit(manifestFor(), 'owner:', 'ownr:'), 'README.md': '# Acme\n' }),
        expected: [],
      },
    ]));
});

describe(ENV_RULE, () => {
  it('reports every schema violation of an environment inventory once', () =>
    checkRuleTable(ENV_RULE, [
      { name: 'valid inventory', files: repo(), expected: [] },
      {
        name: 'wallet purpose misspelt',
        files: repo({ [ENV]: edit(ENVIRONMENT, 'purpose: operational', 'purpose: operatonal') }),
        expected: [{ file: ENV, line: 10, column: 14, severity: 'error', message: /^`wallets\[0\]\.purpose` must be one of "operational", "human", got "operatonal"$/ }],
      },
      {
        name: 'environment the manifest names does not match its schema, and is named by two workflows',
        files: repo({
          [ENV]: edit(ENVIRONMENT, 'orgId: org_acme', 'orgId: acme'),
          'workflows/second/workflow.json': WORKFLOW,
          'workflows/second/b3os.yaml': manifestFor(),
        }),
        expected: [{ file: ENV, line: 1, column: 8, severity: 'error', message: /^`orgId` must match/ }],
      },
    ]));

  it('checks a changed environment even when no workflow changed', () =>
    checkDiffTable(ENV_RULE, [
      { name: 'environment edited validly', base: repo(), head: repo({ [ENV]: edit(ENVIRONMENT, 'maxRetries: 5', 'maxRetries: 6') }), expected: [] },
      {
        name: 'environment edited invalidly',
        base: repo(),
        head: repo({ [ENV]: edit(ENVIRONMENT, 'maxRetries: 5', 'maxRetries: many') }),
        expected: [{ file: ENV, line: 18, column: 17, severity: 'error', message: /`executionWebhooks\[0\]\.maxRetries` must be an integer/ }],
      },
    ]));
});
