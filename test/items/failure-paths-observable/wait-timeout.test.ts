import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { WF, edit, repo, waiting } from './fixtures.js';

const RULE = 'failure-paths-observable/wait-timeout';
// The value of `hold`'s `children`.
const CHILDREN = { file: WF, line: 10, column: 21 };

describe(RULE, () => {
  it('needs a timed_out child under every wait node', () =>
    checkRuleTable(RULE, [
      { name: 'timed_out child', files: repo({ [WF]: waiting() }), expected: [] },
      { name: 'timed_out and resumed children', files: repo({ [WF]: waiting(['booked', 'late']) }), expected: [] },
      { name: 'no wait node', files: repo(), expected: [] },
      {
        name: 'resumed child only',
        files: repo({ [WF]: waiting(['booked']) }),
        expected: [{ ...CHILDREN, severity: 'error', message: /^wait node `hold` has no `timed_out` branch, so a wait that times out ends the run without telling anyone$/, hint: /^add a child with `"branch": "timed_out"` that notifies the on-call or undoes what the run started$/ }],
      },
      { name: 'no children', files: repo({ [WF]: waiting([]) }), expected: [{ ...CHILDREN, severity: 'error', message: /^wait node `hold` has no `timed_out` branch/ }] },
      { name: 'timed_out node in a loop body, no child on it', files: repo({ [WF]: edit(waiting([]), '"children": []', '"children": [], "loopBody": ["late"]') }), expected: [{ ...CHILDREN, severity: 'error' }] },
      { name: 'child without a branch', files: repo({ [WF]: waiting(['late'], null) }), expected: [{ ...CHILDREN, severity: 'error' }] },
      {
        name: 'no children key',
        files: repo({ [WF]: edit(waiting(), '"timeoutMs": 86400000 },\n        "children": ["late"]', '"timeoutMs": 86400000 }') }),
        expected: [{ file: WF, line: 7, column: 7, severity: 'error', message: /^wait node `hold` has no `timed_out` branch/ }],
      },
      {
        name: 'workflow that cannot be read: unverified',
        files: repo({ [WF]: '{ "name": "Broken",\n  "definition": [\n' }),
        expected: [{ file: WF, line: 3, column: 1, severity: 'error', unverified: true, message: /cannot be read as a definition, so its wait nodes cannot be checked$/ }],
      },
    ]));
});
