import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { CONFIG, ENV, ENVIRONMENT, MANIFEST, WORKFLOW, edit, environmentWith, hook, manifestFor, repo } from './fixtures.js';

const RULE = 'failure-paths-observable/execution-webhook';
const withHooks = (...hooks: string[]) => repo({ [ENV]: environmentWith(hooks.join('')) });
// The one webhook starts on line 15; its fields follow in the order of `hook`.
const HOOK = { file: ENV, line: 15, column: 5 };
const ADD_HOOK = /^add an execution webhook on https with `events: \[run\.failed, node\.failed\]`, `maxRetries: 5` and `status: active` to `executionWebhooks`$/;
const WEBHOOKS_OFF = 'items:\n  webhooks-verified: off\n';

describe(RULE, () => {
  it('needs an active execution webhook with retries subscribed to the failure events', () =>
    checkRuleTable(RULE, [
      { name: 'active, retried, subscribed to both events', files: repo(), expected: [] },
      { name: 'maxRetries: 1', files: withHooks(hook({ maxRetries: 1 })), expected: [] },
      {
        name: 'maxRetries: 0',
        files: withHooks(hook({ maxRetries: 0 })),
        expected: [{ file: ENV, line: 18, column: 17, severity: 'error', message: /^execution webhook `ewh_failures` has `maxRetries: 0`, so one failed delivery loses the failure$/, hint: /^set `maxRetries` to at least 1 \(5 is common\)$/ }],
      },
      { name: 'no maxRetries', files: withHooks(hook({ maxRetries: null })), expected: [{ ...HOOK, severity: 'error', message: /^execution webhook `ewh_failures` sets no `maxRetries`$/, hint: /^set `maxRetries` to at least 1 \(5 is common\) so a failed delivery is retried$/ }] },
      { name: 'disabled', files: withHooks(hook({ status: 'disabled' })), expected: [{ file: ENV, line: 19, column: 13, severity: 'error', message: /^execution webhook `ewh_failures` is disabled$/, hint: /^enable it in B3OS \(`POST \/v1\/execution-webhooks\/\{id\}\/enable`\) and set `status: active`$/ }] },
      { name: 'no status: active by default', files: withHooks(hook({ status: null })), expected: [] },
      {
        name: 'subscribed to run.failed only',
        files: withHooks(hook({ events: '[run.failed, run.completed]' })),
        expected: [{ file: ENV, line: 17, column: 13, severity: 'error', message: /^execution webhook `ewh_failures` is not subscribed to `node\.failed`$/, hint: /^add `node\.failed` to its `events`$/ }],
      },
      // The environment schema requires at least one event, so an empty list leaves the inventory unreadable.
      {
        name: 'empty events list: unverified',
        files: withHooks(hook({ events: '[]' })),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^environment `environments\/prod\.yaml` does not match its schema/ }],
      },
      {
        name: 'subscribed to neither failure event',
        files: withHooks(hook({ events: '[run.completed]' })),
        expected: [{ file: ENV, line: 17, column: 13, severity: 'error', message: /^execution webhook `ewh_failures` is not subscribed to `run\.failed`, `node\.failed`$/, hint: /^add `run\.failed`, `node\.failed` to its `events`$/ }],
      },
      {
        name: 'the only webhook is disabled and subscribed to other events',
        files: withHooks(hook({ events: '[run.completed]', status: 'disabled' })),
        expected: [{ file: ENV, line: 14, column: 1, severity: 'error', message: /^environment `prod` has no execution webhook subscribed to `run\.failed`, `node\.failed`$/, hint: ADD_HOOK }],
      },
      {
        name: 'no execution webhooks at all',
        files: repo({ [ENV]: ENVIRONMENT.slice(0, ENVIRONMENT.indexOf('executionWebhooks:')) }),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', message: /^environment `prod` has no execution webhook subscribed to `run\.failed`, `node\.failed`$/, hint: ADD_HOOK }],
      },
      {
        name: 'an empty list of execution webhooks: the start of the inventory',
        files: repo({ [ENV]: `${ENVIRONMENT.slice(0, ENVIRONMENT.indexOf('executionWebhooks:'))}executionWebhooks: []\n` }),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', message: /^environment `prod` has no execution webhook subscribed to/ }],
      },
      {
        name: 'many webhooks sharing the events between them',
        files: withHooks(hook({ id: 'ewh_runs', events: '[run.failed]' }), hook({ id: 'ewh_audit', events: '[run.completed]', maxRetries: 0 }), hook({ id: 'ewh_nodes', events: '[node.failed]' })),
        expected: [],
      },
      {
        name: 'many webhooks: the one that covers most is judged',
        files: withHooks(hook({ id: 'ewh_runs', events: '[run.failed]' }), hook({ id: 'ewh_both', maxRetries: 0 })),
        expected: [{ file: ENV, line: 23, column: 17, severity: 'error', message: /^execution webhook `ewh_both` has `maxRetries: 0`/ }],
      },
      { name: 'configured events, subscribed', files: { ...withHooks(hook({ events: '[run.failed]' })), [CONFIG]: 'policy:\n  failureEvents: [run.failed]\n' }, expected: [] },
      {
        name: 'configured events, one missing',
        files: { ...repo(), [CONFIG]: 'policy:\n  failureEvents: [run.failed, node.failed, run.cancelled]\n' },
        expected: [{ file: ENV, line: 17, column: 13, severity: 'error', message: /^execution webhook `ewh_failures` is not subscribed to `run\.cancelled`$/ }],
      },
      // Plain http is webhooks-verified/webhook-url's while that item is on (src/readiness/shared-requirements.ts).
      { name: 'http, webhooks-verified on', files: withHooks(hook({ url: 'http://ops.acme.example/b3os/hooks' })), expected: [] },
      {
        name: 'http, webhooks-verified off',
        files: { ...withHooks(hook({ url: 'http://ops.acme.example/b3os/hooks' })), [CONFIG]: WEBHOOKS_OFF },
        expected: [{ file: ENV, line: 16, column: 10, severity: 'error', message: /^execution webhook `ewh_failures` is not on https$/, hint: /^point it at an https receiver$/ }],
      },
      {
        name: 'http with https further in the URL, webhooks-verified off',
        files: { ...withHooks(hook({ url: 'http://ops.acme.example/relay/https://hooks.acme.example' })), [CONFIG]: WEBHOOKS_OFF },
        expected: [{ file: ENV, line: 16, column: 10, severity: 'error', message: /^execution webhook `ewh_failures` is not on https$/ }],
      },
      { name: 'HTTPS in capitals, webhooks-verified off', files: { ...withHooks(hook({ url: 'HTTPS://ops.acme.example/b3os/hooks' })), [CONFIG]: WEBHOOKS_OFF }, expected: [] },
      { name: 'https, webhooks-verified off', files: { ...repo(), [CONFIG]: WEBHOOKS_OFF }, expected: [] },
      {
        name: 'environment without an inventory file',
        files: repo({ [ENV]: null }),
        expected: [{ file: MANIFEST, line: 2, column: 14, severity: 'error', message: /^environment `prod` of workflow `payout` has no inventory at `environments\/prod\.yaml`$/, hint: /^add the inventory with its execution webhooks, or fix `environment`$/ }],
      },
      {
        name: 'inventory that does not match its schema: unverified',
        files: repo({ [ENV]: edit(ENVIRONMENT, 'orgId: org_acme', 'orgId: acme') }),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^environment `environments\/prod\.yaml` does not match its schema/ }],
      },
      {
        name: 'two workflows sharing the environment: one finding',
        files: { ...withHooks(hook({ maxRetries: 0 })), 'workflows/refund/workflow.json': WORKFLOW, 'workflows/refund/b3os.yaml': manifestFor(), 'workflows/refund/RUNBOOK.md': '# Refund runbook\n\nWhen a run fails, pause it and page @acme/treasury-oncall.\n' },
        expected: [{ file: ENV, line: 18, column: 17, severity: 'error', message: /^execution webhook `ewh_failures` has `maxRetries: 0`/ }],
      },
      { name: 'no manifest: left to the manifest rule', files: repo({ [MANIFEST]: null, [ENV]: null }), expected: [] },
      { name: 'another environment named', files: repo({ [MANIFEST]: edit(manifestFor(), 'environment: prod', 'environment: staging'), 'environments/staging.yaml': 'orgId: org_acme\n' }), expected: [{ file: 'environments/staging.yaml', line: 1, column: 1, severity: 'error', message: /^environment `staging` has no execution webhook/ }] },
    ]));
});
