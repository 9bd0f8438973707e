import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { BROKEN, TEMPLATE, TPL, at, edit, repo, withoutNodes } from './fixtures.js';

const RULE = 'templates-portable/organization-id';
const withText = (text: string) => edit(TEMPLATE, '"text": "Balance low"', `"text": ${JSON.stringify(text)}`);

describe(RULE, () => {
  it('finds ids of the organization the template was made in', () => {
    const inText = withText('Balance low, see org_01JACME in the console');
    const twoIds = withText('Paid from wal_ops_payouts by wf_01JPAYOUT');
    const wallet = edit(TEMPLATE, '"chainId": 8453 }', '"chainId": 8453, "walletId": "wal_ops_payouts" }');
    const runNode = edit(edit(TEMPLATE, '"children": ["alert"]', '"children": ["run_report"]'), '"alert": {', '"run_report": {');
    const propKey = edit(edit(TEMPLATE, '"key": "threshold"', '"key": "run_threshold"'), '$props.threshold', '$props.run_threshold');
    const runEvent = edit(TEMPLATE, '"description": "Alerts a Slack channel', '"description": "Subscribes ewh_prod_failures and alerts a Slack channel');
    const inFallback = withText("Balance {{$nodes.read.result.balance || 'see wal_acme_treasury'}} left");
    const asOperand = edit(TEMPLATE, '{ "$lt": "{{$props.threshold}}" }', `{ "$lt": "{{$props.threshold}}", "$ne": "{{ 'org_acme' }}" }`);
    const asName = edit(TEMPLATE, '"$and": [', '"$and": [{ "conn_acme_ops_slack": { "$exists": true } }, ');
    const escaped = withText('Say "hi" to org_01JACME');
    const escapedAfter = withText('See org_01JACME, then say "hi"');
    const twice = withText('org_01JACME, again org_01JACME');
    const connIdle = edit(TEMPLATE, '"connector": { "type": "slack" }', '"connector": { "type": "slack", "idle": "conn_ops_slack" }');
    const deepConn = withText('Balance low').replace('"text": "Balance low"', '"text": "Balance low", "definition": { "nodes": { "x": { "connector": { "id": "conn_ops_deep" } } } }');
    return checkRuleTable(RULE, [
      { name: 'no ids', files: repo(), expected: [] },
      { name: 'id in a quoted fallback of an expression', files: repo(inFallback), expected: [{ ...at(inFallback, 'wal_acme_treasury'), severity: 'error', message: /`wal_acme_treasury`$/ }] },
      { name: 'id as a quoted literal operand', files: repo(asOperand), expected: [{ ...at(asOperand, 'org_acme'), severity: 'error', message: /`org_acme`$/ }] },
      { name: 'id as a member name of a condition', files: repo(asName), expected: [{ ...at(asName, 'conn_acme_ops_slack'), severity: 'error', message: /`conn_acme_ops_slack`$/ }] },
      {
        name: 'an escape before the id: the start of the string',
        files: repo(escaped),
        expected: [{ ...at(escaped, '"Say \\"hi\\"'), severity: 'error', message: /`org_01JACME`$/ }],
      },
      {
        name: 'an escape after the id: the id itself',
        files: repo(escapedAfter),
        expected: [{ ...at(escapedAfter, 'org_01JACME'), severity: 'error', message: /`org_01JACME`$/ }],
      },
      { name: 'id-like quoted path segment of an expression', files: repo(withText("Balance {{$nodes.read.result['run_id']}}")), expected: [] },
      { name: 'organization id in a message', files: repo(inText), expected: [{ ...at(inText, 'org_01JACME'), severity: 'error', message: /^template `low-balance-alert` holds the organization id `org_01JACME`$/, hint: /^replace it with a prop \(`\{\{\$props\.…\}\}`\), an `\{\{ask\.…\}\}` placeholder or, for a connector, its type alone$/ }] },
      {
        name: 'two ids in one string',
        files: repo(twoIds),
        expected: [
          { ...at(twoIds, 'wal_ops_payouts'), severity: 'error', message: /`wal_ops_payouts`$/ },
          { ...at(twoIds, 'wf_01JPAYOUT'), severity: 'error', message: /`wf_01JPAYOUT`$/ },
        ],
      },
      { name: 'the same id twice in one string: once, at its first place', files: repo(twice), expected: [{ ...at(twice, 'org_01JACME'), severity: 'error', message: /`org_01JACME`$/ }] },
      {
        name: 'template whose definition has no nodes: unverified',
        files: repo(withoutNodes()),
        expected: [{ file: TPL, line: 1, column: 1, severity: 'error', unverified: true, message: /^template `low-balance-alert` cannot be read as a template with nodes/ }],
      },
      { name: 'wallet id in a payload', files: repo(wallet), expected: [{ ...at(wallet, 'wal_ops_payouts'), severity: 'error', message: /`wal_ops_payouts`$/ }] },
      { name: 'execution webhook id in the description', files: repo(runEvent), expected: [{ ...at(runEvent, 'ewh_prod_failures'), severity: 'error', message: /`ewh_prod_failures`$/ }] },
      { name: 'node id that looks like a run id', files: repo(runNode), expected: [] },
      { name: 'prop key that looks like a run id', files: repo(propKey), expected: [] },
      { name: 'id-like text inside a word', files: repo(withText('dry_run_mode is off; see the flow_wf_notes page')), expected: [] },
      { name: 'id-like text inside an expression', files: repo(withText('Run {{$workflow.id}} of {{ask.org_name}}')), expected: [] },
      // connector.id is templates-portable/connector-reference's.
      { name: 'connector id', files: repo(edit(TEMPLATE, '"connector": { "type": "slack" }', '"connector": { "type": "slack", "id": "conn_ops_slack" }')), expected: [] },
      {
        name: 'id under a connector member other than id',
        files: repo(connIdle),
        expected: [{ ...at(connIdle, 'conn_ops_slack'), severity: 'error', message: /`conn_ops_slack`$/ }],
      },
      {
        name: 'id under a payload member shaped like a connector id',
        files: repo(deepConn),
        expected: [{ ...at(deepConn, 'conn_ops_deep'), severity: 'error', message: /`conn_ops_deep`$/ }],
      },
      {
        name: 'template that cannot be read: unverified',
        files: repo(BROKEN),
        expected: [{ file: TPL, line: 3, column: 1, severity: 'error', unverified: true, message: /cannot be read as a template with nodes, so its portability cannot be checked$/, hint: /^fix the definition-validates findings of this file$/ }],
      },
    ]);
  });
});
