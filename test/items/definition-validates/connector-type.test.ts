import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf, type RuleCase } from '../../support/rule-harness.js';
import { PAY_PATH as WF, PAY_WORKFLOW as VALID, pinnedCatalog } from './fixtures-payload.js';
import { connectorType } from '../../../src/items/definition-validates/connector-type.js';

const repo = (workflow: string, catalog = pinnedCatalog()) => ({ '.b3os/catalog.json': catalog, [WF]: workflow });
const edit = (from: string, to: string) => {
  if (!VALID.includes(from)) throw new Error(`fixture has no ${from}`);
  return VALID.replace(from, to);
};

const WALLET_LINE = '        "connector": { "type": "wallet", "id": "wal_ops" },\n';
/** A complete pinned action that declares no connector. */
const READ_ONLY = {
  type: 'acme-read',
  name: 'Acme read',
  payloadSchema: { type: 'object', properties: { q: { type: 'string' } } },
  resultSchema: { type: 'object', properties: {} },
};
const withRead = (connector: string) =>
  VALID.replace('"children": ["notify"]\n      },', `"children": ["notify", "read"]\n      },\n      "read": { "type": "acme-read",${connector} "payload": { "q": "x" } },`);

const CASES: RuleCase[] = [
  { name: 'declared connectors carried', files: repo(VALID), expected: [] },
  { name: 'a node of a type no catalog knows is left to unknown-node-type', files: repo(withRead(' "connector": { "type": "slack" },').replace('"acme-read"', '"acme-reed"'), pinnedCatalog({ actions: [READ_ONLY] })), expected: [] },
  { name: 'a file that does not parse', files: repo('{\n  "name": "Broken",\n  "definition": {\n'), expected: [] },
  { name: 'no connector declared, none carried', files: repo(withRead(''), pinnedCatalog({ actions: [READ_ONLY] })), expected: [] },
  {
    name: 'wallet connector missing: at the node key',
    files: repo(edit(WALLET_LINE, '')),
    expected: [{ severity: 'error', file: WF, line: 8, column: 7, message: /^node `pay` \(`send-erc20-token`\) needs a `wallet` connector$/, hint: /^add "connector": \{ "type": "wallet", "id": "<connector id>" \} \(without `id`, the connector is chosen in the B3OS UI\)$/ }],
  },
  {
    name: 'wrong connector type: at connector/type',
    files: repo(edit('"type": "wallet", "id": "wal_ops"', '"type": "slack", "id": "conn_ops_slack"')),
    expected: [{ severity: 'error', file: WF, line: 10, column: 32, message: /^node `pay` \(`send-erc20-token`\) has a `slack` connector, but `send-erc20-token` needs `wallet`$/, hint: /^set "type": "wallet" and the id of a wallet connector$/ }],
  },
  {
    name: 'connector without a type: at the connector',
    files: repo(edit('"type": "wallet", "id": "wal_ops"', '"id": "wal_ops"')),
    expected: [{ severity: 'error', file: WF, line: 10, column: 22, message: /has a connector without a type, but `send-erc20-token` needs `wallet`/ }],
  },
  {
    name: 'connector whose type is no string: at connector/type',
    files: repo(edit('"type": "wallet", "id": "wal_ops"', '"type": 7, "id": "wal_ops"')),
    expected: [{ severity: 'error', file: WF, line: 10, column: 32, message: /has a connector without a type, but `send-erc20-token` needs `wallet`/ }],
  },
  {
    name: 'connector that is not an object',
    files: repo(edit('{ "type": "wallet", "id": "wal_ops" }', '"wal_ops"')),
    expected: [{ severity: 'error', file: WF, line: 10, column: 22, message: /needs a `wallet` connector/ }],
  },
  {
    name: 'a connector on a node whose type declares none: warning at the key',
    files: repo(withRead(' "connector": { "type": "slack" },'), pinnedCatalog({ actions: [READ_ONLY] })),
    expected: [{ severity: 'warning', file: WF, line: 20, column: 38, message: /^node `read` \(`acme-read`\) carries a connector, but `acme-read` declares none$/, hint: /^remove `connector`, or check that the node type is the one you meant$/ }],
  },
];

describe('definition-validates/connector-type', () => {
  it('table', () => checkRuleTable('definition-validates/connector-type', CASES));

  it('reports an undeclared connector as a warning, a missing one as an error', async () => {
    const [warning] = findingsOf(await auditFiles(CASES[9].files), 'definition-validates/connector-type');
    expect(warning.severity).toBe('warning');
    const [missing] = findingsOf(await auditFiles(CASES[4].files), 'definition-validates/connector-type');
    expect(missing.severity).toBe('error');
    expect(missing.hint).toContain('"connector": { "type": "wallet"');
  });

  it('does not warn for a shipped entry that is not complete (it may just not know the connector)', async () => {
    const files = repo(VALID.replace('"type": "manual", "payload": {}', '"type": "cronjob", "connector": { "type": "x" }, "payload": {}'));
    expect(findingsOf(await auditFiles(files), 'definition-validates/connector-type')).toEqual([]);
  });
});

describe('definition-validates/connector-type: meta', () => {
  it('says what it checks in its one-line description', () => expect(connectorType.meta.description).toBe('a node carries a connector of the type its action or trigger declares'));
});
