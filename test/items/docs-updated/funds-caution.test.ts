import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { pageWith, pingRepo, WALLET_ACTION, WALLET_PAGE, WALLET_PAGE_PATH as W, WALLET_PATH } from './fixtures.js';

const CAUTION = '> Caution: this action moves funds. Test with simulation or a controlled amount first.\n\n';
const ROW = '| `acme-sweep` | EVM Onchain | wallet | yes | send |';
const TABLE = `| Action ID | Category | Connector | Requires gas | Funds movement |\n|---|---|---|---|---|\n${ROW}\n`;
const sweep = (page: string) => ({ [WALLET_PATH]: WALLET_ACTION, [W]: page });

describe('docs-updated/funds-caution', () => {
  it('requires the wallet, gas and funds badges and a caution on pages of funds-moving actions', () =>
    checkRuleTable('docs-updated/funds-caution', [
      { name: 'badges and caution', files: sweep(WALLET_PAGE), expected: [] },
      { name: 'GitHub caution alert', files: sweep(pageWith(CAUTION, '> [!CAUTION]\n> Moves funds: try it with simulation first.\n\n', WALLET_PAGE)), expected: [] },
      { name: 'the B3OS reference pages\' own sentence', files: sweep(pageWith(CAUTION, 'This action can require a wallet connector, gas, token movement, or an external side effect. Test with simulation or a controlled amount before using it in a live workflow.\n\n', WALLET_PAGE)), expected: [] },
      { name: 'a Mintlify warning callout', files: sweep(pageWith(CAUTION, '<Warning>Moves funds: test it with a controlled amount first.</Warning>\n\n', WALLET_PAGE)), expected: [] },
      { name: 'read-only action needs neither', files: pingRepo(), expected: [] },
      { name: 'no caution, at the H1', files: sweep(pageWith(CAUTION, '', WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 5, column: 1, message: /`acme-sweep`, an action that can move funds, has no caution paragraph/ }] },
      { name: 'caution that says nothing about funds or testing', files: sweep(pageWith(CAUTION, '> Caution: read the guide.\n\n', WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 5, column: 1 }] },
      { name: 'connector not wallet', files: sweep(pageWith(ROW, ROW.replace('| wallet |', '| none |'), WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 13, column: 32, message: /shows Connector `none`, but `acme-sweep` needs a wallet connector/ }] },
      { name: 'gas not shown', files: sweep(pageWith(ROW, ROW.replace('| yes |', '| no |'), WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 13, column: 41, message: /shows Requires gas `no`, but `acme-sweep` requires gas/ }] },
      { name: 'funds movement none', files: sweep(pageWith(ROW, ROW.replace('| send |', '| None declared |'), WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 13, column: 47, message: /shows Funds movement `None declared`, but `acme-sweep` declares `fundsMovement`/ }] },
      {
        name: 'no Funds movement column, at the table',
        files: sweep(pageWith(TABLE, '| Action ID | Category | Connector | Requires gas |\n|---|---|---|---|\n| `acme-sweep` | EVM Onchain | wallet | yes |\n', WALLET_PAGE)),
        expected: [{ severity: 'error', file: W, line: 11, column: 1, message: /no Funds movement column/ }],
      },
      { name: 'no glance table, at the heading', files: sweep(pageWith(TABLE, 'Wallet, gas, send.\n', WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 9, column: 1, message: /no table showing Connector, Requires gas, Funds movement/ }] },
    ]));
});
