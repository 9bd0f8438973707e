import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, ENVIRONMENT, MANIFEST, WF, WORKFLOW, edit, environmentWith, hook, repo, waiting } from './fixtures.js';

const RULE = 'failure-paths-observable/funds-notification';
// The `pay` key (send-erc20-token) of the payout.
const PAY = { file: WF, line: 22, column: 7 };
const LOST = withEnv(hook({ maxRetries: 0 }));

function withEnv(hooks: string): Record<string, string | null> {
  return { [ENV]: environmentWith(hooks) };
}

/**
 * The payout with a chain of nodes after `pay`, one per type (`null`: a node with no type): `n0` on
 * `enough`'s `branch` (else by default), each next one a child of the one before; with `loop`, the
 * last leads back to `n0`.
 */
function withChain(types: ReadonlyArray<string | null>, o: { branch?: string; loop?: boolean } = {}): string {
  const added = types.map((type, i) => {
    const branch = i === 0 ? ` "branch": "${o.branch ?? 'else'}",` : '';
    const next = i + 1 < types.length ? `n${i + 1}` : o.loop ? 'n0' : undefined;
    const typed = type === null ? '' : ` "type": "${type}",`;
    return `,\n      "n${i}": {${branch}${typed} "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0OPS", "text": "short" }${next ? `, "children": ["${next}"]` : ''} }`;
  });
  const linked = edit(WORKFLOW, '"children": ["pay"]', '"children": ["pay", "n0"]');
  return edit(linked, '\n      }\n    }\n  }\n}', `\n      }${added.join('')}\n    }\n  }\n}`);
}
const withElse = (...types: Array<string | null>) => repo({ ...LOST, [WF]: withChain(types) });
/** The payout with `slack-send-message` as a child of `pay`, on the branch where the funds move. */
const NOTIFIES_AFTER_PAYING = edit(WORKFLOW, '"chainId": 8453\n        }\n      }', '"chainId": 8453\n        },\n        "children": ["told"]\n      },\n      "told": { "type": "slack-send-message", "connector": { "type": "slack", "id": "conn_ops_slack" }, "payload": { "conversation": "C0OPS", "text": "paid" } }');

describe(RULE, () => {
  it('needs a failure notification path in a workflow that can move funds', () =>
    checkRuleTable(RULE, [
      { name: 'failure webhook in the environment', files: repo(), expected: [] },
      {
        name: 'failure webhook loses deliveries, no notifying node',
        files: repo(LOST),
        expected: [{ ...PAY, severity: 'error', message: /^workflow `payout` can move funds \(node `pay`\) but its failures reach no one/, hint: /^subscribe an active execution webhook with retries to the failure events in environment `prod`, or add a notifying node \(e\.g\. slack-send-message\) on an `else` or `timed_out` branch$/ }],
      },
      { name: 'failure webhook loses deliveries, slack message on the else branch', files: withElse('slack-send-message'), expected: [] },
      { name: 'failure webhook loses deliveries, slack message below a log on the else branch', files: withElse('log', 'slack-send-message'), expected: [] },
      { name: 'failure webhook loses deliveries, slack message two nodes below the else branch', files: withElse('log', 'log', 'slack-send-message'), expected: [] },
      { name: 'failure webhook loses deliveries, slack message on a timed_out branch', files: repo({ ...LOST, [WF]: withChain(['slack-send-message'], { branch: 'timed_out' }) }), expected: [] },
      { name: 'failure webhook loses deliveries, two logs in a loop on the else branch', files: repo({ ...LOST, [WF]: withChain(['log', 'log'], { loop: true }) }), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'failure webhook loses deliveries, slack message only where the funds move', files: repo({ ...LOST, [WF]: NOTIFIES_AFTER_PAYING }), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'failure webhook loses deliveries, only a log on the else branch', files: withElse('log'), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'else branch: a node with no type', files: withElse(null), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'else branch: a trigger whose type names a message', files: withElse('slack-new-direct-message'), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'else branch: send-webhook', files: withElse('send-webhook'), expected: [] },
      { name: 'else branch: a type ending in send-webhook', files: withElse('acme-send-webhook'), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'else branch: a type starting with send-webhook', files: withElse('send-webhook-batch'), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'else branch: a type starting with a notifying word', files: withElse('pagerduty-create-incident'), expected: [] },
      { name: 'else branch: a type starting with a reading word', files: withElse('get-slack-message'), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'else branch: a type ending in a reading word', files: withElse('slack-message-read'), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'no inventory, no notifying node', files: repo({ [ENV]: null }), expected: [{ ...PAY, severity: 'error' }] },
      { name: 'no inventory, slack message on the else branch', files: repo({ [ENV]: null, [WF]: withChain(['slack-send-message']) }), expected: [] },
      { name: 'inventory that does not match its schema: left to execution-webhook', files: repo({ [ENV]: edit(ENVIRONMENT, 'orgId: org_acme', 'orgId: acme') }), expected: [] },
      { name: 'moves no funds', files: repo({ ...LOST, [WF]: waiting() }), expected: [] },
      { name: 'moves no funds, notifies no one', files: repo({ ...LOST, [WF]: waiting(['booked'], null) }), expected: [] },
      { name: 'no manifest: left to the manifest rule', files: repo({ ...LOST, [MANIFEST]: null }), expected: [] },
    ]));
});
