import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, WF, WORKFLOW, edit, fundsRepo, hashOf, manifestFor, payNode, repo, send, workflowWith } from './fixtures.js';

const CURRENT = 'wallet-actions-bounded/evidence-current';
const AGE = 'wallet-actions-bounded/evidence-age';
const HASH = { file: MANIFEST, line: 18, column: 21 };
const DATE = { file: MANIFEST, line: 17, column: 11 };
const dated = (day: string) => repo({ [MANIFEST]: edit(manifestFor(), 'date: 2026-11-20', `date: ${day}`) });
const noEvidence = manifestFor().slice(0, manifestFor().indexOf('evidence:'));
/** The hint of evidence-current for a workflow whose current text is `workflow`. */
const hintFor = (workflow: string) =>
  new RegExp(`^run a simulation or dust test of the current definition and record it under \`evidence\` with definitionHash "${hashOf(workflow)}" \\(\`b3os-readiness hash workflows/payout/workflow\\.json\`\\)$`);
/** The manifest with these evidence entries, in this order. */
const runs = (...entries: Array<{ kind: string; runId?: string; date: string; of: string }>) =>
  `${noEvidence}evidence:\n${entries.map((e) => `  - kind: ${e.kind}\n${e.runId ? `    runId: ${e.runId}\n` : ''}    date: ${e.date}\n    definitionHash: "${hashOf(e.of)}"\n`).join('')}`;
const twoRuns = (older: string, newer: string) =>
  `${manifestFor(older).trimEnd()}\n  - kind: simulation\n    runId: run_01JSIM\n    date: 2026-11-22\n    definitionHash: "${hashOf(newer)}"\n`;

describe(CURRENT, () => {
  it('needs evidence whose hash is the current definition\'s', () =>
    checkRuleTable(CURRENT, [
      { name: 'evidence of the current definition', files: fundsRepo(), expected: [] },
      { name: 'no funds node, no evidence needed', files: repo({ [WF]: workflowWith(payNode('log', { message: 'pay day' }, null)), [MANIFEST]: noEvidence }), expected: [] },
      {
        name: 'no funds node, but fund auto-swap on',
        files: repo({ [WF]: workflowWith(payNode('log', { message: 'pay day' }, null)), [MANIFEST]: `${noEvidence}fundAutoSwap:\n  enabled: true\n  maxSwapAmountUsd: 3\n` }),
        expected: [{ file: MANIFEST, line: 2, column: 1, severity: 'error', message: /^workflow `payout` can move funds but its manifest records no/ }],
      },
      { name: 'no funds node, fund auto-swap off', files: repo({ [WF]: workflowWith(payNode('log', { message: 'pay day' }, null)), [MANIFEST]: `${noEvidence}fundAutoSwap:\n  enabled: false\n` }), expected: [] },
      { name: 'no evidence', files: repo({ [MANIFEST]: noEvidence }), expected: [{ file: MANIFEST, line: 2, column: 1, severity: 'error', message: /^workflow `payout` can move funds but its manifest records no simulation, dust-test or testnet evidence$/, hint: hintFor(WORKFLOW) }] },
      { name: 'an empty evidence list', files: repo({ [MANIFEST]: `${noEvidence}evidence: []\n` }), expected: [{ file: MANIFEST, line: 14, column: 11, severity: 'error', message: /records no simulation, dust-test or testnet evidence$/ }] },
      {
        name: 'only an entry dated on no day, for an older definition',
        files: repo({ [WF]: send({ amount: '1' }), [MANIFEST]: edit(manifestFor(), 'date: 2026-11-20', 'date: 2026-02-30') }),
        expected: [
          { file: MANIFEST, line: 15, column: 3, severity: 'error', message: /records no simulation, dust-test or testnet evidence$/, hint: hintFor(send({ amount: '1' })) },
          { ...DATE, severity: 'error', message: /^evidence 1 of workflow `payout` is dated 2026-02-30/ },
        ],
      },
      {
        name: 'the definition changed after the dust test',
        files: fundsRepo({ workflow: send({ amount: '200000000' }), evidenceFor: WORKFLOW }),
        expected: [{ ...HASH, severity: 'error', message: /^the definition of workflow `payout` changed since the evidence run on 2026-11-20 \(dust-test run_01JDUST\)$/, hint: hintFor(send({ amount: '200000000' })) }],
      },
      {
        name: 'the newest of two runs names the change',
        files: repo({ [WF]: send({ amount: '1' }), [MANIFEST]: twoRuns(WORKFLOW, send({ amount: '2' })) }),
        expected: [{ file: MANIFEST, line: 22, column: 21, severity: 'error', message: /changed since the evidence run on 2026-11-22 \(simulation run_01JSIM\)$/ }],
      },
      {
        name: 'the newest run listed first',
        files: repo({ [WF]: send({ amount: '1' }), [MANIFEST]: runs({ kind: 'testnet', runId: 'run_NEW', date: '2026-11-22', of: WORKFLOW }, { kind: 'dust-test', runId: 'run_OLD', date: '2026-11-20', of: WORKFLOW }) }),
        expected: [{ file: MANIFEST, line: 18, column: 21, severity: 'error', message: /changed since the evidence run on 2026-11-22 \(testnet run_NEW\)$/ }],
      },
      {
        name: 'two runs on one day: the one listed last, without a run id',
        files: repo({ [WF]: send({ amount: '1' }), [MANIFEST]: runs({ kind: 'testnet', runId: 'run_FIRST', date: '2026-11-22', of: WORKFLOW }, { kind: 'simulation', date: '2026-11-22', of: WORKFLOW }) }),
        expected: [{ file: MANIFEST, line: 21, column: 21, severity: 'error', message: /changed since the evidence run on 2026-11-22 \(simulation\)$/ }],
      },
      { name: 'an older run of the current definition is enough', files: repo({ [WF]: WORKFLOW, [MANIFEST]: twoRuns(WORKFLOW, send({ amount: '2' })) }), expected: [] },
      { name: 'dated on the 29th of February of a leap year', files: dated('2028-02-29'), expected: [] },
      { name: 'dated on the 30th of February', files: dated('2026-02-30'), expected: [{ ...DATE, severity: 'error', message: /^evidence 1 of workflow `payout` is dated 2026-02-30, a day that does not exist, so it is evidence of nothing$/, hint: /^write the day the run happened \(YYYY-MM-DD\)$/ }] },
      { name: 'dated on the 29th of February of a common year', files: dated('2026-02-29'), expected: [{ ...DATE, severity: 'error' }] },
      { name: 'dated on the 31st of April', files: dated('2026-04-31'), expected: [{ ...DATE, severity: 'error' }] },
    ]));

  it('a pull request that only edits the description keeps its evidence', () =>
    checkDiffTable(CURRENT, [
      { name: 'description edited', base: fundsRepo(), head: fundsRepo({ workflow: edit(WORKFLOW, 'every Monday.', 'each Monday at nine.'), evidenceFor: WORKFLOW }), expected: [] },
      { name: 'amount edited', base: fundsRepo(), head: fundsRepo({ workflow: send({ amount: '1' }), evidenceFor: WORKFLOW }), expected: [{ ...HASH, severity: 'error' }] },
    ]));
});

describe(AGE, () => {
  // The rule tables run on 2026-11-25; the policy allows 180 days by default.
  it('warns about evidence older than the policy, or dated after today', () =>
    checkRuleTable(AGE, [
      { name: 'five days old', files: dated('2026-11-20'), expected: [] },
      { name: 'exactly 180 days old', files: dated('2026-05-29'), expected: [] },
      { name: '181 days old', files: dated('2026-05-28'), expected: [{ ...DATE, severity: 'warning', message: /^the newest evidence of workflow `payout` is from 2026-05-28, 181 days ago \(the policy allows 180\)$/, hint: /^run a fresh simulation or dust test and record it under `evidence`$/ }] },
      { name: 'only evidence of an older definition, long ago: left to evidence-current', files: repo({ [WF]: send({ amount: '1' }), [MANIFEST]: edit(manifestFor(), 'date: 2026-11-20', 'date: 2025-01-01') }), expected: [] },
      { name: 'dated today', files: dated('2026-11-25'), expected: [] },
      { name: 'dated tomorrow', files: dated('2026-11-26'), expected: [{ ...DATE, severity: 'warning', message: /^the evidence of workflow `payout` is dated 2026-11-26, after today \(2026-11-25\)$/, hint: /^write the day the run happened$/ }] },
      {
        name: 'a shorter policy in the configuration',
        files: { ...dated('2026-11-01'), '.github/b3os-readiness.yml': 'policy:\n  evidenceMaxAgeDays: 7\n' },
        expected: [{ ...DATE, severity: 'warning', message: /24 days ago \(the policy allows 7\)/ }],
      },
    ]));
});
