import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, MANIFEST, WF, WORKFLOW, edit, environmentWith, hook, repo, waiting } from './fixtures.js';

const RULE = 'failure-paths-observable/funds-notification';
// The `pay` key (send-erc20-token) of the payout.
const PAY = { file: WF, line: 22, column: 7 };
const LOST = withEnv(hook({ maxRetries: 0 }));

function withEnv(hooks: string): Record<string, string | null> {
  return { [ENV]: environmentWith(hooks) };
}

/** The payout with more nodes after `pay`: `short` on `enough`'s else branch, then `next` under it when given. */
function withElse(shortType: string, nextType?: string): string {
  const node = (id: string, type: string, extra: string) =>
    `,\n      "${id}": {${extra} "type": "${type}", "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0OPS", "text": "short" }${id === 'short' && nextType ? ', "children": ["next"]' : ''} }`;
  const added = node('short', shortType, ' "branch": "else",') + (nextType ? node('next', nextType, '') : '');
  const linked = edit(WORKFLOW, '"children": ["pay"]', '"children": ["pay", "short"]');
  return edit(linked, '\n      }\n    }\n  }\n}', `\n      }${added}\n    }\n  }\n}`);
}

describe(RULE, () => {
  it('needs a failure notification path in a workflow that can move funds', () =>
    checkRuleTable(RULE, [
      { name: 'failure webhook in the environment', files: repo(), expected: [] },
      {
        name: 'failure webhook loses deliveries, no notifying node',
        files: repo(LOST),
        expected: [{ ...PAY, severity: 'error', message: /^workflow `payout` can move funds \(node `pay`\) but its failures reach no one/ }],
      },
      { name: 'failure webhook loses deliveries, slack message on the else branch', files: repo({ ...LOST, [WF]: withElse('slack-send-message') }), expected: [] },
      { name: 'failure webhook loses deliveries, slack message below a log on the else branch', files: repo({ ...LOST, [WF]: withElse('log', 'slack-send-message') }), expected: [] },
      { name: 'failure webhook loses deliveries, only a log on the else branch', files: repo({ ...LOST, [WF]: withElse('log') }), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'no inventory, no notifying node', files: repo({ [ENV]: null }), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'no inventory, slack message on the else branch', files: repo({ [ENV]: null, [WF]: withElse('slack-send-message') }), expected: [] },
      { name: 'moves no funds', files: repo({ ...LOST, [WF]: waiting() }), expected: [] },
      { name: 'no manifest: left to the manifest rule', files: repo({ ...LOST, [MANIFEST]: null }), expected: [] },
    ]));
});
