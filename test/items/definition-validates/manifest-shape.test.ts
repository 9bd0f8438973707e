import { describe, expect, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { manifestShape } from '../../../src/items/definition-validates/manifest-shape.js';
import { ENV, ENVIRONMENT, MANIFEST, RUNBOOK, WF, WORKFLOW, edit, manifestFor, repo } from '../readiness/fixtures.js';

const MANIFEST_RULE = 'definition-validates/manifest-shape';
const ORPHAN = 'workflows/orphan/b3os.yaml';
/** The manifest with `owner` misspelt: two findings, at lines 2 and 3. */
const MISSPELT = edit(manifestFor(), 'owner:', 'ownr:');

describe(MANIFEST_RULE, () => {
  it('reports every parse problem and schema violation of a manifest once, at its place', () =>
    checkRuleTable(MANIFEST_RULE, [
      { name: 'valid manifest', files: repo(), expected: [] },
      {
        name: 'misspelt bound',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'maxAmount:', 'maxAmmount:') }),
        expected: [{ file: MANIFEST, line: 12, column: 7, severity: 'error', message: /^unknown key `maxAmmount` in `nodes\.pay\.funds`; did you mean `maxAmount`\?$/, hint: /^remove it or use one of: chains, tokens, recipients, maxAmount, approvals, / }],
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
      {
        name: 'a manifest no workflow has is checked too',
        files: repo({ [ORPHAN]: MISSPELT }),
        expected: [
          { file: ORPHAN, line: 2, column: 1, severity: 'error', message: /missing required key `owner`/ },
          { file: ORPHAN, line: 3, column: 1, severity: 'error', message: /unknown key `ownr`/ },
        ],
      },
      { name: 'a workflow without a manifest has nothing to report here', files: repo({ 'workflows/second/workflow.json': WORKFLOW }), expected: [] },
      { name: 'a manifest that does not parse: its parse problem only', files: repo({ [MANIFEST]: 'environment: [prod\n' }), expected: [{ file: MANIFEST, line: 2, column: 1, severity: 'error', message: /^flow sequence in block collection must be sufficiently indented/ }] },
      { name: 'a manifest that holds null', files: repo({ [MANIFEST]: '~\n' }), expected: [{ file: MANIFEST, line: 1, column: 1, severity: 'error', message: /^the document must be an object, got null$/, hint: /^write an object here$/ }] },
    ]));

  it('checks the manifest of a changed workflow, runbook or environment, and a changed manifest, but not an untouched one', () =>
    checkDiffTable(MANIFEST_RULE, [
      { name: 'workflow description edited, manifest valid', base: repo(), head: repo({ [WF]: edit(WORKFLOW, 'every Monday.', 'each Monday.') }), expected: [] },
      {
        name: 'workflow description edited, manifest already invalid',
        base: repo({ [MANIFEST]: MISSPELT }),
        head: repo({ [MANIFEST]: MISSPELT, [WF]: edit(WORKFLOW, 'every Monday.', 'each Monday.') }),
        expected: [
          { file: MANIFEST, line: 2, column: 1, severity: 'error', message: /missing required key `owner`/ },
          { file: MANIFEST, line: 3, column: 1, severity: 'error', message: /unknown key `ownr`/ },
        ],
      },
      {
        // The runbook alone does not concern the item: a new environment no manifest names brings it in.
        name: 'runbook the manifest does not name edited, manifest already invalid',
        base: repo({ [MANIFEST]: edit(MISSPELT, 'runbook: RUNBOOK.md', 'runbook: ../../docs/payout.md') }),
        head: repo({
          [MANIFEST]: edit(MISSPELT, 'runbook: RUNBOOK.md', 'runbook: ../../docs/payout.md'),
          [RUNBOOK]: '# Payout runbook\n\nPage the on-call.\n',
          'environments/staging.yaml': ENVIRONMENT,
        }),
        expected: [
          { file: MANIFEST, line: 2, column: 1, severity: 'error', message: /missing required key `owner`/ },
          { file: MANIFEST, line: 3, column: 1, severity: 'error', message: /unknown key `ownr`/ },
        ],
      },
      {
        name: 'environment the manifest names edited, manifest already invalid',
        base: repo({ [MANIFEST]: MISSPELT }),
        head: repo({ [MANIFEST]: MISSPELT, [ENV]: edit(ENVIRONMENT, 'maxRetries: 5', 'maxRetries: 6') }),
        expected: [
          { file: MANIFEST, line: 2, column: 1, severity: 'error', message: /missing required key `owner`/ },
          { file: MANIFEST, line: 3, column: 1, severity: 'error', message: /unknown key `ownr`/ },
        ],
      },
      {
        name: 'only the manifest edited, invalidly',
        base: repo(),
        head: repo({ [MANIFEST]: MISSPELT }),
        expected: [
          { file: MANIFEST, line: 2, column: 1, severity: 'error', message: /missing required key `owner`/ },
          { file: MANIFEST, line: 3, column: 1, severity: 'error', message: /unknown key `ownr`/ },
        ],
      },
      {
        name: 'unrelated file changed, manifest invalid',
        base: repo({ [MANIFEST]: MISSPELT }),
        head: repo({ [MANIFEST]: MISSPELT, 'README.md': '# Acme\n' }),
        expected: [],
      },
    ]));
});

describe(`${MANIFEST_RULE}: meta`, () => {
  it('says what it checks in its one-line description', () =>
    expect(manifestShape.meta).toEqual({ id: MANIFEST_RULE, description: 'a readiness manifest (b3os.yaml) parses and matches schemas/workflow-manifest.schema.json', severity: 'error' }));
});
