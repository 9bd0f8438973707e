import { locationIn } from '../../core/locate.js';
import { evidenceOf } from './evidence.js';
import { fundsRule } from './funds-workflows.js';

/**
 * A workflow that can move funds has simulation, dust-test or testnet evidence whose
 * `definitionHash` is the hash of its current definition: evidence for an older definition says
 * nothing about the one being merged. Evidence dated on a day that does not exist (2026-02-30) is
 * evidence of nothing: each such entry is reported at its date.
 */
export const evidenceCurrent = fundsRule(
  {
    id: 'wallet-actions-bounded/evidence-current',
    description: 'a workflow that moves funds has simulation, dust-test or testnet evidence of its current definition',
    severity: 'error',
  },
  (_ctx, { report }, wf) => {
    const state = evidenceOf(wf);
    if (!state) return;
    for (const { entry, index } of state.undated) {
      report({
        message: `evidence ${index + 1} of workflow \`${wf.slug}\` is dated ${entry.date}, a day that does not exist, so it is evidence of nothing`,
        hint: 'write the day the run happened (YYYY-MM-DD)',
        location: locationIn(state.manifest.doc, `/evidence/${index}/date`),
      });
    }
    if (state.current.length > 0 || state.undated.some(({ entry }) => entry.definitionHash === state.hash)) return;
    const file = wf.file;
    const hint = `run a simulation or dust test of the current definition and record it under \`evidence\` with definitionHash "${state.hash}" (\`b3os-readiness hash ${file}\`)`;
    if (!state.newest) {
      report({
        message: `workflow \`${wf.slug}\` can move funds but its manifest records no simulation, dust-test or testnet evidence`,
        hint,
        location: locationIn(state.manifest.doc, state.manifest.value.evidence ? '/evidence' : ''),
      });
      return;
    }
    const { entry, index } = state.newest;
    report({
      message: `the definition of workflow \`${wf.slug}\` changed since the evidence run on ${entry.date} (${entry.kind}${entry.runId ? ` ${entry.runId}` : ''})`,
      hint,
      location: locationIn(state.manifest.doc, `/evidence/${index}/definitionHash`),
    });
  },
);
