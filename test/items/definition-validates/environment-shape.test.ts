import { describe, expect, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { environmentShape } from '../../../src/items/definition-validates/environment-shape.js';
import { ENV, ENVIRONMENT, MANIFEST, WF, WORKFLOW, edit, manifestFor, repo } from '../readiness/fixtures.js';

const ENV_RULE = 'definition-validates/environment-shape';
/** The inventory with an `orgId` its schema refuses: one finding, at line 1, column 8. */
const BAD_ORG = edit(ENVIRONMENT, 'orgId: org_acme', 'orgId: acme');
const EDITED = edit(WORKFLOW, 'every Monday.', 'each Monday.');
/** A workflow folder whose manifest names `environment`. */
const naming = (slug: string, environment: string) => ({ [`workflows/${slug}/workflow.json`]: WORKFLOW, [`workflows/${slug}/b3os.yaml`]: edit(manifestFor(), 'environment: prod', `environment: ${environment}`) });

/** Manifests whose `environment` is no environment name, the files such names would lead to (all invalid), and a manifest naming none. */
const UNNAMED = {
  ...naming('upper', 'Xprod'),
  ...naming('trail', 'prodX'),
  ...naming('number', '123'),
  [MANIFEST]: edit(manifestFor(), 'environment: prod\n', ''),
  'environments/Xprod.yaml': BAD_ORG,
  'environments/prodX.yaml': BAD_ORG,
  'environments/123.yaml': BAD_ORG,
  'environments/undefined.yaml': BAD_ORG,
};

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
        files: repo({ [ENV]: BAD_ORG, 'workflows/second/workflow.json': WORKFLOW, 'workflows/second/b3os.yaml': manifestFor() }),
        expected: [{ file: ENV, line: 1, column: 8, severity: 'error', message: /^`orgId` must match/ }],
      },
      {
        name: 'an environment no manifest names is checked too',
        files: repo({ 'environments/staging.yaml': BAD_ORG }),
        expected: [{ file: 'environments/staging.yaml', line: 1, column: 8, severity: 'error', message: /^`orgId` must match/ }],
      },
    ]));

  it('checks a changed environment, and the environments the manifests of changed workflows name', () =>
    checkDiffTable(ENV_RULE, [
      { name: 'environment edited validly', base: repo(), head: repo({ [ENV]: edit(ENVIRONMENT, 'maxRetries: 5', 'maxRetries: 6') }), expected: [] },
      {
        name: 'environment edited invalidly',
        base: repo(),
        head: repo({ [ENV]: edit(ENVIRONMENT, 'maxRetries: 5', 'maxRetries: many') }),
        expected: [{ file: ENV, line: 18, column: 17, severity: 'error', message: /`executionWebhooks\[0\]\.maxRetries` must be an integer/ }],
      },
      {
        name: 'workflow edited, the environment its manifest names already invalid',
        base: repo({ [ENV]: BAD_ORG }),
        head: repo({ [ENV]: BAD_ORG, [WF]: EDITED }),
        expected: [{ file: ENV, line: 1, column: 8, severity: 'error', message: /^`orgId` must match/ }],
      },
      {
        name: 'workflow edited, an invalid environment no manifest names is left alone',
        base: repo({ 'environments/staging.yaml': BAD_ORG }),
        head: repo({ 'environments/staging.yaml': BAD_ORG, [WF]: EDITED }),
        expected: [],
      },
      {
        // Only a name of the environment-name form leads to a file: not `Xprod`, `prodX`, `123`, nor no name at all.
        name: 'workflows edited whose manifests name no environment by its name rule',
        base: repo({ ...UNNAMED }),
        head: repo({ ...UNNAMED, 'workflows/upper/workflow.json': EDITED, 'workflows/trail/workflow.json': EDITED, 'workflows/number/workflow.json': EDITED, [WF]: EDITED }),
        expected: [],
      },
      {
        name: 'workflow edited whose manifest does not parse',
        base: repo({ [MANIFEST]: 'environment: [prod\n', [ENV]: BAD_ORG }),
        head: repo({ [MANIFEST]: 'environment: [prod\n', [ENV]: BAD_ORG, [WF]: EDITED }),
        expected: [],
      },
      {
        name: 'workflow edited whose manifest holds null',
        base: repo({ [MANIFEST]: '~\n', [ENV]: BAD_ORG }),
        head: repo({ [MANIFEST]: '~\n', [ENV]: BAD_ORG, [WF]: EDITED }),
        expected: [],
      },
    ]));
});

describe(`${ENV_RULE}: meta`, () => {
  it('says what it checks in its one-line description', () =>
    expect(environmentShape.meta).toEqual({ id: ENV_RULE, description: 'an environment inventory (environments/<env>.yaml) parses and matches schemas/environment.schema.json', severity: 'error' }));
});
