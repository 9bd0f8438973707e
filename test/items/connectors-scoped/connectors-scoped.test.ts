import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/core/gate.js';
import { ownsFile } from '../../../src/core/shard.js';
import { allChanged, memorySnapshot } from '../../support/memory-snapshot.js';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { ENV, MANIFEST, PROD, STAGING, TEMPLATE, WF, at, connector, edit, environment, repo, secondWorkflow, template, withSecondNode, workflow } from './fixtures.js';

const SLACK = '{ "type": "slack", "id": "conn_ops_slack" }';
const uses = (id: string) => `{ "type": "slack", "id": "${id}" }`;
/** The hint of a node that names no usable connector id, for a connector of `type`. */
/** The workflow's `post` with no type (an action no catalog lists needs no connector of its own). */
const untyped = (connector: string) => edit(workflow(connector), '"type": "slack-send-message",', '');
const WALLET = '{ "type": "wallet", "id": "wal_ops" }';
const setId = (type: string) => new RegExp(`set "connector": \\{ "type": "${type}", "id": "conn_…" \\} with the id of a ${type} connector of the workflow's environment inventory$`);

describe('connectors-scoped/connector-id', () => {
  const askInWorkflow = workflow(uses('{{ask.slack}}'));
  const computed = workflow(uses('{{$trigger.body.connector}}'));
  const bareTelegram = workflow(null, 'send-telegram-message');
  const typeOnly = workflow('{ "type": "slack" }');
  const spacedAsk = workflow(uses('{{ ask.slack }}'));
  const askThenText = workflow(uses('{{ask.slack}}-x'));
  const textThenAsk = workflow(uses('x-{{ask.slack}}'));
  const numeric = workflow('{ "type": "slack", "id": 42 }');
  const blank = workflow(uses('  '));
  it('needs every connector named, with an `{{ask.…}}` placeholder in templates only', () =>
    checkRuleTable('connectors-scoped/connector-id', [
      { name: 'named connector', files: repo(), expected: [] },
      { name: 'template asking for its connector', files: repo({ [TEMPLATE]: template(uses('{{ask.slack}}')) }), expected: [] },
      { name: 'template naming only the connector type, for the user to pick', files: repo({ [TEMPLATE]: template('{ "type": "slack" }') }), expected: [] },
      { name: 'workflow with the template placeholder', files: repo({ [WF]: askInWorkflow }), expected: [{ ...at(WF, askInWorkflow, '"{{ask.slack}}"'), severity: 'error', message: /^node `post` \(`slack-send-message`\) uses the template placeholder `\{\{ask\.slack\}\}` as its connector id$/, hint: /^a workflow runs as it is: set "connector"/ }] },
      { name: 'connector without an id', files: repo({ [WF]: typeOnly }), expected: [{ ...at(WF, typeOnly, '"connector"'), severity: 'error', message: /names no `slack` connector id$/, hint: setId('slack') }] },
      { name: 'node of a connector action without a connector', files: repo({ [WF]: bareTelegram }), expected: [{ ...at(WF, bareTelegram, '"post": {'), severity: 'error', message: /^node `post` \(`send-telegram-message`\) names no `telegram-bot` connector id$/, hint: setId('telegram-bot') }] },
      { name: 'template placeholder with spaces inside its braces', files: repo({ [WF]: spacedAsk }), expected: [{ ...at(WF, spacedAsk, '"{{ ask'), severity: 'error', message: /uses the template placeholder `\{\{ ask\.slack \}\}` as its connector id$/ }] },
      { name: 'placeholder followed by text: computed', files: repo({ [WF]: askThenText }), expected: [{ ...at(WF, askThenText, '"{{ask'), severity: 'error', unverified: true, message: /computes its connector id with an expression/ }] },
      { name: 'text followed by a placeholder: computed', files: repo({ [WF]: textThenAsk }), expected: [{ ...at(WF, textThenAsk, '"x-{{ask'), severity: 'error', unverified: true, message: /computes its connector id with an expression/ }] },
      { name: 'id that is a number', files: repo({ [WF]: numeric }), expected: [{ ...at(WF, numeric, '42'), severity: 'error', message: /has a connector id that is not a non-empty string$/ }] },
      { name: 'blank id', files: repo({ [WF]: blank }), expected: [{ ...at(WF, blank, '"  "'), severity: 'error', message: /has a connector id that is not a non-empty string$/ }] },
      { name: 'a node with no connector need', files: repo({ [WF]: workflow(null, 'log') }), expected: [] },
      { name: 'a wallet connector: wallets-dedicated\'s', files: repo({ [WF]: workflow(WALLET, 'send-erc20-token') }), expected: [] },
      { name: 'a node type no catalog lists, with a named connector', files: repo({ [WF]: workflow(SLACK, 'acme-post') }), expected: [] },
      { name: 'workflow that cannot be read', files: repo({ [WF]: '{ "definition": ' }), expected: [] },
      { name: 'empty id', files: repo({ [WF]: workflow(uses('')) }), expected: [{ ...at(WF, workflow(uses('')), '""'), severity: 'error', message: /^node `post` \(`slack-send-message`\) has a connector id that is not a non-empty string$/, hint: setId('slack') }] },
      { name: 'id computed by an expression', files: repo({ [WF]: computed }), expected: [{ ...at(WF, computed, '"{{$trigger'), severity: 'error', unverified: true, message: /^node `post` \(`slack-send-message`\) computes its connector id with an expression, so it cannot be checked against the inventory$/, hint: setId('slack') }] },
    ]));
});

describe('connectors-scoped/connector-inventory', () => {
  const staging = environment(connector('conn_stage_slack'));
  const noOwner = environment(connector('conn_ops_slack', { owner: null }));
  const manifestQa = 'environment: qa\nowner: "@acme/ops"\n';
  const QA = 'environments/qa.yaml';
  const DEV = 'environments/dev.yaml';
  const computedFirst = withSecondNode(uses('{{$trigger.body.connector}}'), uses('conn_ops_slack'));
  const untypedUnknown = untyped(uses('conn_unknown'));
  const inTxt = 'workflows/alerts/copy.txt';
  it('finds the connector in the inventory of the workflow\'s own environment', () =>
    checkRuleTable('connectors-scoped/connector-inventory', [
      { name: 'inventoried connector', files: repo({ [STAGING]: staging }), expected: [] },
      { name: 'unlisted connector', files: repo({ [WF]: workflow(uses('conn_unknown')) }), expected: [{ ...at(WF, workflow(uses('conn_unknown')), '"conn_unknown"'), severity: 'error', message: /^node `post` \(`slack-send-message`\) uses connector `conn_unknown`, which is not in the inventory of environment `prod` \(environments\/prod\.yaml\)$/, hint: /^add `conn_unknown` to environments\/prod\.yaml with its type, owner and scopes, or use a connector listed there$/ }] },
      {
        name: 'connector of another environment',
        files: repo({ [STAGING]: staging, [WF]: workflow(uses('conn_stage_slack')) }),
        expected: [{ ...at(WF, workflow(uses('conn_stage_slack')), '"conn_stage_slack"'), severity: 'error', message: /; it belongs to environment `staging`$/, hint: /^use the slack connector of `prod`$/ }],
      },
      {
        name: 'connector of two other environments, and one that does not validate',
        files: repo({ [STAGING]: staging, [QA]: staging, [DEV]: environment(connector('conn_dev_slack') + connector('conn_dev_2')), 'environments/broken.yaml': 'orgId: 7\n', [WF]: workflow(uses('conn_stage_slack')) }),
        expected: [{ ...at(WF, workflow(uses('conn_stage_slack')), '"conn_stage_slack"'), severity: 'error', message: /; it belongs to environment `qa`, `staging`$/ }],
      },
      {
        name: 'connector of another environment that lists two',
        files: repo({ [STAGING]: environment(connector('conn_other') + connector('conn_stage_slack')), [WF]: workflow(uses('conn_stage_slack')) }),
        expected: [{ ...at(WF, workflow(uses('conn_stage_slack')), '"conn_stage_slack"'), severity: 'error', message: /; it belongs to environment `staging`$/ }],
      },
      { name: 'an unlisted connector of a node with no type', files: repo({ [WF]: untypedUnknown }), expected: [{ ...at(WF, untypedUnknown, '"conn_unknown"'), severity: 'error', message: /^node `post` uses connector `conn_unknown`/ }] },
      { name: 'a computed id, no manifest', files: repo({ [WF]: workflow(uses('{{$trigger.body.connector}}')), [MANIFEST]: null }), expected: [] },
      { name: 'a computed id: connector-id\'s', files: repo({ [WF]: workflow(uses('{{$trigger.body.connector}}')) }), expected: [] },
      { name: 'an id that is a number: connector-id\'s', files: repo({ [WF]: workflow('{ "type": "slack", "id": 42 }') }), expected: [] },
      { name: 'a wallet connector', files: repo({ [WF]: workflow(WALLET, 'send-erc20-token') }), expected: [] },
      { name: 'a copy of an unlisted use in a text file of the workflow', files: repo({ [inTxt]: workflow(uses('conn_unknown')) }), expected: [] },
      {
        name: 'no manifest: the first named connector, after a computed one',
        files: repo({ [WF]: computedFirst, [MANIFEST]: null }),
        expected: [{ ...at(WF, computedFirst, '"conn_ops_slack"'), severity: 'error', unverified: true, message: /has no readiness manifest/ }],
      },
      { name: 'empty inventory', files: repo({ [ENV]: environment('') }), expected: [{ ...at(WF, workflow(), '"conn_ops_slack"'), severity: 'error' }] },
      { name: 'no manifest naming the environment', files: repo({ [MANIFEST]: null }), expected: [{ ...at(WF, workflow(), '"conn_ops_slack"'), severity: 'error', unverified: true, message: /^the connectors of workflow `alerts` cannot be checked: it has no readiness manifest \(workflows\/alerts\/b3os\.yaml\) naming its environment$/, hint: /^add workflows\/alerts\/b3os\.yaml with `environment:` and `owner:`$/ }] },
      { name: 'environment without an inventory file', files: repo({ [MANIFEST]: manifestQa }), expected: [{ ...at(MANIFEST, manifestQa, 'qa'), severity: 'error', unverified: true, message: /^environment `qa` has no inventory \(environments\/qa\.yaml\), so its connectors cannot be checked$/, hint: /^add environments\/qa\.yaml listing the connectors with their owners and scopes$/ }] },
      { name: 'inventory connector without an owner', files: repo({ [ENV]: noOwner }), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^the connectors of the workflows of this environment cannot be checked: the file does not parse or match its schema$/, hint: /^fix the problems definition-validates\/environment-shape reports in this file$/ }] },
      { name: 'manifest that does not match its schema', files: repo({ [MANIFEST]: 'environment: 7\n' }), expected: [{ file: MANIFEST, line: 1, column: 1, severity: 'error', unverified: true, message: /^the connectors of this workflow cannot be checked: its manifest does not parse or match its schema$/, hint: /^fix the problems definition-validates\/manifest-shape reports in this file$/ }] },
    ]));
});

describe('connectors-scoped/connector-organization', () => {
  const other = environment(connector('conn_ops_slack', { organization: 'org_other' }));
  it('keeps connectors inside the environment\'s organization', () =>
    checkRuleTable('connectors-scoped/connector-organization', [
      { name: 'organization implied', files: repo(), expected: [] },
      { name: 'no manifest: connector-inventory\'s', files: repo({ [MANIFEST]: null }), expected: [] },
      { name: 'same organization stated', files: repo({ [ENV]: environment(connector('conn_ops_slack', { organization: 'org_acme' })) }), expected: [] },
      { name: 'connector of another organization', files: repo({ [ENV]: other }), expected: [{ ...at(WF, workflow(), '"conn_ops_slack"'), severity: 'error', message: /^node `post` \(`slack-send-message`\) uses connector `conn_ops_slack` of organization `org_other`, not `org_acme` of environment `prod`$/, hint: /^connect the provider in `org_acme` and use that connector$/ }] },
    ]));
});

describe('connectors-scoped/connector-type', () => {
  const telegram = workflow(SLACK, 'send-telegram-message');
  it('matches the connector\'s type to what the action needs', () =>
    checkRuleTable('connectors-scoped/connector-type', [
      { name: 'slack connector for a slack node', files: repo(), expected: [] },
      { name: 'an unlisted connector: connector-inventory\'s', files: repo({ [WF]: workflow(uses('conn_unknown')) }), expected: [] },
      { name: 'telegram connector for a telegram action', files: repo({ [WF]: workflow('{ "type": "telegram-bot", "id": "conn_tg" }', 'send-telegram-message'), [ENV]: environment(connector('conn_tg', { type: 'telegram-bot', scopes: '[]' })) }), expected: [] },
      { name: 'slack connector for a telegram action', files: repo({ [WF]: telegram }), expected: [{ ...at(WF, telegram, '"conn_ops_slack"'), severity: 'error', message: /^node `post` \(`send-telegram-message`\) needs a `telegram-bot` connector, but `conn_ops_slack` is a `slack` connector in environments\/prod\.yaml$/, hint: /^use a telegram-bot connector of `prod`, or correct the connector's `type` in environments\/prod\.yaml$/ }] },
    ]));
});

describe('connectors-scoped/connector-scopes', () => {
  const extra = environment(connector('conn_ops_slack', { scopes: '["chat:write", "channels:history"]' }));
  const unknownType = environment(connector('conn_ops_slack') + connector('conn_discord', { type: 'discord', scopes: '["bot"]' }));
  const telegramScoped = environment(connector('conn_ops_slack') + connector('conn_tg', { type: 'telegram-bot', scopes: '["admin"]' }));
  const telegram = environment(connector('conn_ops_slack') + connector('conn_tg', { type: 'telegram', scopes: '["admin"]' }));
  const twoMinimal = `${extra}connectorScopes:\n  slack: ["chat:write", "users:read"]\n`;
  const many = (last: string) => environment(Array.from({ length: 300 }, (_, i) => connector(`conn_slack_${i}`, i === 299 ? { scopes: last } : {})).join(''));
  it('holds no scope beyond the minimal scopes of the connector type', () =>
    checkRuleTable('connectors-scoped/connector-scopes', [
      { name: 'exactly the minimal scopes', files: repo(), expected: [] },
      { name: 'fewer than the minimal scopes', files: repo({ [ENV]: environment(connector('conn_ops_slack', { scopes: '[]' })) }), expected: [] },
      { name: 'an extra scope the environment allows', files: repo({ [ENV]: `${extra}connectorScopes:\n  slack: ["chat:write", "channels:history"]\n` }), expected: [] },
      { name: '300 connectors, all minimal', files: repo({ [ENV]: many('["chat:write"]') }), expected: [] },
      { name: 'one scope beyond the minimum', files: repo({ [ENV]: extra }), expected: [{ ...at(ENV, extra, '"channels:history"'), severity: 'error', message: /^connector `conn_ops_slack` holds scope `channels:history`, beyond the minimal scopes of a `slack` connector \(`chat:write`\)$/, hint: /^reconnect it with only the scopes its actions need \(minimal scopes from the Slack actions of the B3OS catalog .*\), then update `scopes`$/ }] },
      { name: 'the environment narrows the default', files: repo({ [ENV]: `${PROD}connectorScopes:\n  slack: []\n` }), expected: [{ ...at(ENV, PROD, '"chat:write"'), severity: 'error', message: /\(none\)$/, hint: /\(minimal scopes from `connectorScopes\.slack` of this environment\)/ }] },
      { name: 'any scope on a scopeless type', files: repo({ [ENV]: telegramScoped }), expected: [{ ...at(ENV, telegramScoped, '"admin"'), severity: 'error', message: /`telegram-bot` connector \(none\)$/, hint: /\(minimal scopes from a Telegram bot token carries no scopes/ }] },
      { name: 'the last of 300 connectors has one extra', files: repo({ [ENV]: many('["chat:write", "users:read"]') }), expected: [{ ...at(ENV, many('["chat:write", "users:read"]'), '"users:read"'), severity: 'error' }] },
      { name: 'any scope on a telegram connector', files: repo({ [ENV]: telegram }), expected: [{ ...at(ENV, telegram, '"admin"'), severity: 'error', message: /^connector `conn_tg` holds scope `admin`, beyond the minimal scopes of a `telegram` connector \(none\)$/, hint: /\(minimal scopes from a Telegram bot token carries no scopes/ }] },
      { name: 'two minimal scopes declared', files: repo({ [ENV]: twoMinimal }), expected: [{ ...at(ENV, twoMinimal, '"channels:history"'), severity: 'error', message: /\(`chat:write`, `users:read`\)$/ }] },
      { name: 'no scopes on a type with no known minimum', files: repo({ [ENV]: environment(connector('conn_ops_slack') + connector('conn_discord', { type: 'discord', scopes: '[]' })) }), expected: [] },
      { name: 'a workflow with no connector', files: repo({ [WF]: workflow(null, 'log') }), expected: [] },
      { name: 'no manifest', files: repo({ [MANIFEST]: null, [ENV]: extra }), expected: [{ ...at(ENV, extra, '"channels:history"'), severity: 'error' }] },
      { name: 'an inventory that does not validate', files: repo({ [ENV]: `${extra}orgId2: x\n` }), expected: [] },
      { name: 'a type with no known minimum', files: repo({ [ENV]: unknownType }), expected: [{ ...at(ENV, unknownType, '["bot"]'), severity: 'error', unverified: true, message: /^connector `conn_discord` lists scopes, but no minimal scopes are known for the connector type `discord`$/, hint: /^declare them in this environment: connectorScopes: \{ discord: \[ … \] \}$/ }] },
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
      { name: 'a spare connector', files: repo({ [ENV]: spare }), expected: [{ ...at(ENV, spare, 'conn_spare_slack'), severity: 'notice', message: /^connector `conn_spare_slack` is used by no workflow of environment `prod`$/, hint: /^revoke the connector in B3OS and remove it from the inventory, or reference it from the workflow that needs it$/ }] },
      {
        name: 'a connector used only by a workflow of another environment',
        files: repo({ [STAGING]: staging, [stagingFlow]: workflow(uses('conn_stage_slack')) }),
        expected: [{ ...at(STAGING, staging, 'conn_stage_slack'), severity: 'notice' }],
      },
      { name: 'an empty inventory', files: repo({ [ENV]: environment(''), [WF]: workflow(null) }), expected: [] },
      { name: 'an inventory with no connectors list', files: repo({ [ENV]: 'orgId: org_acme\n', [WF]: workflow(null) }), expected: [] },
      { name: 'two workflows of the environment, each using one connector', files: repo({ [ENV]: spare, ...secondWorkflow(uses('conn_spare_slack')) }), expected: [] },
      { name: 'an inventory that does not validate', files: repo({ [ENV]: `${spare}orgId2: x\n` }), expected: [] },
    ]));

  it('is decided, in a check split in shards, by the one shard that owns the inventory, reading every workflow', async () => {
    const files = repo({ [ENV]: spare, ...secondWorkflow(uses('conn_ops_slack')) });
    const owner = [1, 2, 3].filter((index) => ownsFile({ index, count: 3 }, ENV));
    expect(owner).toHaveLength(1);
    for (const index of [1, 2, 3]) {
      const report = await runGate({ head: memorySnapshot(files), changes: allChanged(files), today: '2026-11-25', shard: { index, count: 3 } });
      const notices = findingsOf(report, 'connectors-scoped/unused-connector').map((f) => f.message);
      expect(notices, `shard ${index}`).toEqual(index === owner[0] ? ['connector `conn_spare_slack` is used by no workflow of environment `prod`'] : []);
    }
  });
});

describe('what a change asks the connector rules to check', () => {
  const wide = '["chat:write", "channels:history"]';
  const spareWide = environment(connector('conn_ops_slack') + connector('conn_spare_slack', { scopes: wide }));
  const usedWide = environment(connector('conn_ops_slack', { scopes: wide }));
  const edited = workflow().replace('ETH moved', 'ETH moved a lot');
  const bothWide = environment(connector('conn_ops_slack', { scopes: wide }) + connector('conn_spare_slack', { scopes: wide }));
  it('checks the scopes of the connectors a changed workflow uses, and every connector of a changed inventory', () =>
    checkDiffTable('connectors-scoped/connector-scopes', [
      { name: 'a workflow edited, an unused wide connector left alone', base: repo({ [ENV]: spareWide }), head: repo({ [ENV]: spareWide, [WF]: edited }), expected: [] },
      { name: 'a workflow edited, the connector it uses is wide', base: repo({ [ENV]: usedWide }), head: repo({ [ENV]: usedWide, [WF]: edited }), expected: [{ ...at(ENV, usedWide, '"channels:history"'), severity: 'error' }] },
      { name: 'the inventory edited', base: repo(), head: repo({ [ENV]: spareWide }), expected: [{ ...at(ENV, spareWide, '"channels:history"'), severity: 'error' }] },
      { name: 'an inventory edited in a repository with no workflow', base: { [ENV]: PROD }, head: { [ENV]: spareWide }, expected: [{ ...at(ENV, spareWide, '"channels:history"'), severity: 'error' }] },
      {
        name: 'two workflows edited, each using a wide connector of the same inventory',
        base: repo({ [ENV]: bothWide, ...secondWorkflow(uses('conn_spare_slack')) }),
        head: repo({ [ENV]: bothWide, [WF]: edited, ...secondWorkflow(uses('conn_spare_slack').replace('}', ' }')) }),
        // The wide scope of each connector: lines 6 and 10, after `    scopes: ["chat:write", `.
        expected: [{ file: ENV, line: 6, column: 28, severity: 'error' }, { file: ENV, line: 10, column: 28, severity: 'error' }],
      },
    ]));

  it('gives the unused-connector notice for a changed inventory only', () =>
    checkDiffTable('connectors-scoped/unused-connector', [
      { name: 'a workflow edited next to a spare connector', base: repo({ [ENV]: spareWide }), head: repo({ [ENV]: spareWide, [WF]: edited }), expected: [] },
      { name: 'a spare connector added', base: repo(), head: repo({ [ENV]: spareWide }), expected: [{ ...at(ENV, spareWide, 'conn_spare_slack'), severity: 'notice' }] },
      { name: 'an inventory edited in a repository with no workflow', base: { [ENV]: PROD }, head: { [ENV]: spareWide }, expected: [{ ...at(ENV, spareWide, 'conn_ops_slack'), severity: 'notice' }, { ...at(ENV, spareWide, 'conn_spare_slack'), severity: 'notice' }] },
    ]));
});
