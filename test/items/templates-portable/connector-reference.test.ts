import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { BROKEN, TEMPLATE, at, edit, repo } from './fixtures.js';

const RULE = 'templates-portable/connector-reference';
const TYPE_ONLY = '"connector": { "type": "slack" }';
const withConnector = (connector: string) => edit(TEMPLATE, TYPE_ONLY, `"connector": ${connector}`);

describe(RULE, () => {
  it('allows connectors by type, as an ask placeholder or a prop', () => {
    const concrete = withConnector('{ "type": "slack", "id": "conn_ops_slack" }');
    const mixed = withConnector('{ "type": "slack", "id": "{{ask.connector_id}}-x" }');
    const numeric = withConnector('{ "type": "slack", "id": 42 }');
    const unclosed = withConnector('{ "type": "slack", "id": "{{ask.connector_id}" }');
    const listed = withConnector('{ "type": "slack", "id": ["{{ask.connector_id}}"] }');
    const nodeOutput = withConnector('{ "type": "slack", "id": "{{$nodes.read.result.connectorId}}" }');
    const twoAsks = withConnector('{ "type": "slack", "id": "{{ask.connector_id || ask.fallback}}" }');
    return checkRuleTable(RULE, [
      { name: 'type only', files: repo(), expected: [] },
      { name: 'ask placeholder', files: repo(withConnector('{ "type": "slack", "id": "{{ask.connector_id}}" }')), expected: [] },
      { name: 'prop', files: repo(withConnector('{ "type": "slack", "id": "{{$props.slackConnector}}" }')), expected: [] },
      {
        name: 'concrete connector',
        files: repo(concrete),
        expected: [{ ...at(concrete, '"conn_ops_slack"'), severity: 'error', message: /^node `alert` of template `low-balance-alert` names the concrete connector `conn_ops_slack`$/, hint: /^remove `id` and keep the connector `type`, or write `"id": "\{\{ask\.connector_id\}\}"` so each organization picks its own$/ }],
      },
      { name: 'placeholder with text around it', files: repo(mixed), expected: [{ ...at(mixed, '"{{ask.connector_id}}-x"'), severity: 'error' }] },
      { name: 'placeholder with a fallback', files: repo(twoAsks), expected: [{ ...at(twoAsks, '"{{ask.connector_id ||'), severity: 'error' }] },
      { name: 'placeholder missing a closing brace', files: repo(unclosed), expected: [{ ...at(unclosed, '"{{ask.connector_id}"'), severity: 'error', message: /names the concrete connector `\{\{ask\.connector_id\}`$/ }] },
      { name: 'placeholder inside a list', files: repo(listed), expected: [{ ...at(listed, '["{{ask'), severity: 'error', message: /names the concrete connector$/ }] },
      { name: 'the output of another node', files: repo(nodeOutput), expected: [{ ...at(nodeOutput, '"{{$nodes.read.result.connectorId'), severity: 'error', message: /names the concrete connector `\{\{\$nodes\.read\.result\.connectorId\}\}`$/ }] },
      { name: 'template that cannot be read', files: repo(BROKEN), expected: [] },
      { name: 'id that is not a string', files: repo(numeric), expected: [{ ...at(numeric, '42'), severity: 'error', message: /names the concrete connector$/ }] },
    ]);
  });
});
