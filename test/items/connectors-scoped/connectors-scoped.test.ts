import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { ENV, MANIFEST, PROD, STAGING, TEMPLATE, WF, at, connector, edit, environment, repo, template, workflow } from './fixtures.js';

const SLACK = '{ "type": "slack", "id": "conn_ops_slack" }';
const uses = (id: string) => `{ "type": "slack", "id": "${id}" }`;

describe('connectors-scoped/connector-id', () => {
  const askInWorkflow = workflow(uses('{{ask.slack}}'));
  const computed = workflow(uses('{{$trigger.body.connector}}'));
  const bareTelegram = workflow(null, 'send-telegram-message');
  const typeOnly = workflow('{ "type": "slack" }');
  it('needs every connector named, with an `{{ask.…}}` placeholder in templates only', () =>
    checkRuleTable('connectors-scoped/connector-id', [
      { name: 'named connector', files: repo(), expected: [] },
      { name: 'template asking for its connector', files: repo({ [TEMPLATE]: template(uses('{{ask.slack}}')) }), expected: [] },
      { name: 'template naming only the connector type, for the user to pick', files: repo({ [TEMPLATE]: template('{ "type": "slack" }') }), expected: [] },
      { name: 'workflow with the template placeholder', files: repo({ [WF]: askInWorkflow }), expected: [{ ...at(WF, askInWorkflow, '"{{ask.slack}}"'), severity: 'error', message: /^node `post` \(`slack-send-message`\) uses the template placeholder `\{\{ask\.slack\}\}` as its connector id$/ }] },
      { name: 'connector without an id', files: repo({ [WF]: typeOnly }), expected: [{ ...at(WF, typeOnly, '"connector"'), severity: 'error', message: /names no `slack` connector id$/ }] },
      { name: 'node of a connector action without a connector', files: repo({ [WF]: bareTelegram }), expected: [{ ...at(WF, bareTelegram, '"post": {'), severity: 'error', message: /^node `post` \(`send-telegram-message`\) names no `telegram-bot` connector id$/ }] },
      { name: 'empty id', files: repo({ [WF]: workflow(uses('')) }), expected: [{ ...at(WF, workflow(uses('')), '""'), severity: 'error', message: /not a non-empty string$/ }] },
      { name: 'id computed by an expression', files: repo({ [WF]: computed }), expected: [{ ...at(WF, computed, '"{{$trigger'), severity: 'error', unverified: true }] },
    ]));
});

describe('connectors-scoped/connector-inventory', () => {
  const staging = environment(connector('conn_stage_slack'));
  const noOwner = environment(connector('conn_ops_slack', { owner: null }));
  const manifestQa = 'environment: qa\nowner: "@acme/ops"\n';
  it('finds the connector in the inventory of the workflow\'s own environment', () =>
    checkRuleTable('connectors-scoped/connector-inventory', [
      { name: 'inventoried connector', files: repo({ [STAGING]: staging }), expected: [] },
      { name: 'unlisted connector', files: repo({ [WF]: workflow(uses('conn_unknown')) }), expected: [{ ...at(WF, workflow(uses('conn_unknown')), '"conn_unknown"'), severity: 'error', message: /^node `post` \(`slack-send-message`\) uses connector `conn_unknown`, which is not in the inventory of environment `prod` \(environments\/prod\.yaml\)$/ }] },
      {
        name: 'connector of another environment',
        files: repo({ [STAGING]: staging, [WF]: workflow(uses('conn_stage_slack')) }),
        expected: [{ ...at(WF, workflow(uses('conn_stage_slack')), '"conn_stage_slack"'), severity: 'error', message: /; it belongs to environment `staging`$/ }],
      },
      { name: 'empty inventory', files: repo({ [ENV]: environment('') }), expected: [{ ...at(WF, workflow(), '"conn_ops_slack"'), severity: 'error' }] },
      { name: 'no manifest naming the environment', files: repo({ [MANIFEST]: null }), expected: [{ ...at(WF, workflow(), '"conn_ops_slack"'), severity: 'error', unverified: true, message: /has no readiness manifest/ }] },
      { name: 'environment without an inventory file', files: repo({ [MANIFEST]: manifestQa }), expected: [{ ...at(MANIFEST, manifestQa, 'qa'), severity: 'error', unverified: true }] },
      { name: 'inventory connector without an owner', files: repo({ [ENV]: noOwner }), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true }] },
    ]));
});

describe('connectors-scoped/connector-organization', () => {
  const other = environment(connector('conn_ops_slack', { organization: 'org_other' }));
  it('keeps connectors inside the environment\'s organization', () =>
    checkRuleTable('connectors-scoped/connector-organization', [
      { name: 'organization implied', files: repo(), expected: [] },
      { name: 'same organization stated', files: repo({ [ENV]: environment(connector('conn_ops_slack', { organization: 'org_acme' })) }), expected: [] },
      { name: 'connector of another organization', files: repo({ [ENV]: other }), expected: [{ ...at(WF, workflow(), '"conn_ops_slack"'), severity: 'error', message: /^node `post` \(`slack-send-message`\) uses connector `conn_ops_slack` of organization `org_other`, not `org_acme` of environment `prod`$/ }] },
    ]));
});

describe('connectors-scoped/connector-type', () => {
  const telegram = workflow(SLACK, 'send-telegram-message');
  it('matches the connector\'s type to what the action needs', () =>
    checkRuleTable('connectors-scoped/connector-type', [
      { name: 'slack connector for a slack node', files: repo(), expected: [] },
      { name: 'telegram connector for a telegram action', files: repo({ [WF]: workflow('{ "type": "telegram-bot", "id": "conn_tg" }', 'send-telegram-message'), [ENV]: environment(connector('conn_tg', { type: 'telegram-bot', scopes: '[]' })) }), expected: [] },
      { name: 'slack connector for a telegram action', files: repo({ [WF]: telegram }), expected: [{ ...at(WF, telegram, '"conn_ops_slack"'), severity: 'error', message: /^node `post` \(`send-telegram-message`\) needs a `telegram-bot` connector, but `conn_ops_slack` is a `slack` connector in environments\/prod\.yaml$/ }] },
    ]));
});

describe('connectors-scoped/connector-scopes', () => {
  const extra = environment(connector('conn_ops_slack', { scopes: '["chat:write", "channels:history"]' }));
  const unknownType = environment(connector('conn_ops_slack') + connector('conn_discord', { type: 'discord', scopes: '["bot"]' }));
  const telegramScoped = environment(connector('conn_ops_slack') + connector('conn_tg', { type: 'telegram-bot', scopes: '["admin"]' }));
  const many = (last: string) => environment(Array.from({ length: 300 }, (_, i) => connector(`conn_slack_${i}`, i === 299 ? { scopes: last } : {})).join(''));
  it('holds no scope beyond the minimal scopes of the connector type', () =>
    checkRuleTable('connectors-scoped/connector-scopes', [
      { name: 'exactly the minimal scopes', files: repo(), expected: [] },
      { name: 'fewer than the minimal scopes', files: repo({ [ENV]: environment(connector('conn_ops_slack', { scopes: '[]' })) }), expected: [] },
      { name: 'an extra scope the environment allows', files: repo({ [ENV]: `${extra}connectorScopes:\n  slack: ["chat:write", "channels:history"]\n` }), expected: [] },
      { name: '300 connectors, all minimal', files: repo({ [ENV]: many('["chat:write"]') }), expected: [] },
      { name: 'one scope beyond the minimum', files: repo({ [ENV]: extra }), expected: [{ ...at(ENV, extra, '"channels:history"'), severity: 'error', message: /^connector `conn_ops_slack` holds scope `channels:history`, beyond the minimal scopes of a `slack` connector \(`chat:write`\)$/ }] },
      { name: 'the environment narrows the default', files: repo({ [ENV]: `${PROD}connectorScopes:\n  slack: []\n` }), expected: [{ ...at(ENV, PROD, '"chat:write"'), severity: 'error', message: /\(none\)$/ }] },
      { name: 'any scope on a scopeless type', files: repo({ [ENV]: telegramScoped }), expected: [{ ...at(ENV, telegramScoped, '"admin"'), severity: 'error' }] },
      { name: 'the last of 300 connectors has one extra', files: repo({ [ENV]: many('["chat:write", "users:read"]') }), expected: [{ ...at(ENV, many('["chat:write", "users:read"]'), '"users:read"'), severity: 'error' }] },
      { name: 'a type with no known minimum', files: repo({ [ENV]: unknownType }), expected: [{ ...at(ENV, unknownType, '["bot"]'), severity: 'error', unverified: true }] },
    ]));
});

describe('connectors-scoped/unused-connector', () => {
  const spare = environment(connector('conn_ops_slack') + connector('conn_spare_slack'));
  const staging = environment(connector('conn_stage_slack'));
  const stagingFlow = 'workflows/stage-alerts/workflow.json';
  it('gives a notice for an inventoried connector no workflow uses', () =>
    checkRuleTable('connectors-scoped/unused-connector', [
      { name: 'every connector used', files: repo(), expected: [] },
      { name: 'a connector used by a workflow of its environment', files: repo({ [STAGING]: staging, [stagingFlow]: workflow(uses('conn_stage_slack')), 'workflows/stage-alerts/b3os.yaml': 'environment: staging\nowner: "@acme/ops"\n' }), expected: [] },
      { name: 'a spare connector', files: repo({ [ENV]: spare }), expected: [{ ...at(ENV, spare, 'conn_spare_slack'), severity: 'notice', message: /^connector `conn_spare_slack` is used by no workflow of environment `prod`$/ }] },
      {
        name: 'a connector used only by a workflow of another environment',
        files: repo({ [STAGING]: staging, [stagingFlow]: workflow(uses('conn_stage_slack')) }),
        expected: [{ ...at(STAGING, staging, 'conn_stage_slack'), severity: 'notice' }],
      },
      { name: 'an empty inventory', files: repo({ [ENV]: environment(''), [WF]: workflow(null) }), expected: [] },
    ]));
});

describe('what a change asks the connector rules to check', () => {
  const wide = '["chat:write", "channels:history"]';
  const spareWide = environment(connector('conn_ops_slack') + connector('conn_spare_slack', { scopes: wide }));
  const usedWide = environment(connector('conn_ops_slack', { scopes: wide }));
  const edited = workflow().replace('ETH moved', 'ETH moved a lot');
  it('checks the scopes of the connectors a changed workflow uses, and every connector of a changed inventory', () =>
    checkDiffTable('connectors-scoped/connector-scopes', [
      { name: 'a workflow edited, an unused wide connector left alone', base: repo({ [ENV]: spareWide }), head: repo({ [ENV]: spareWide, [WF]: edited }), expected: [] },
      { name: 'a workflow edited, the connector it uses is wide', base: repo({ [ENV]: usedWide }), head: repo({ [ENV]: usedWide, [WF]: edited }), expected: [{ ...at(ENV, usedWide, '"channels:history"'), severity: 'error' }] },
      { name: 'the inventory edited', base: repo(), head: repo({ [ENV]: spareWide }), expected: [{ ...at(ENV, spareWide, '"channels:history"'), severity: 'error' }] },
    ]));

  it('gives the unused-connector notice for a changed inventory only', () =>
    checkDiffTable('connectors-scoped/unused-connector', [
      { name: 'a workflow edited next to a spare connector', base: repo({ [ENV]: spareWide }), head: repo({ [ENV]: spareWide, [WF]: edited }), expected: [] },
      { name: 'a spare connector added', base: repo(), head: repo({ [ENV]: spareWide }), expected: [{ ...at(ENV, spareWide, 'conn_spare_slack'), severity: 'notice' }] },
    ]));
});
