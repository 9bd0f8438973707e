import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { pageWith, pingRepo, TRIGGER, TRIGGER_PAGE, TRIGGER_PAGE_PATH, TRIGGER_PATH, WALLET_ACTION, WALLET_PAGE, WALLET_PAGE_PATH as W, WALLET_PATH } from './fixtures.js';

const CAUTION = '> Caution: this action moves funds. Test with simulation or a controlled amount first.\n\n';
const ROW = '| `acme-sweep` | EVM Onchain | wallet | yes | send |';
const TABLE = `| Action ID | Category | Connector | Requires gas | Funds movement |\n|---|---|---|---|---|\n${ROW}\n`;
const sweep = (page: string) => ({ [WALLET_PATH]: WALLET_ACTION, [W]: page });
/** The wallet action with its definition changed, and its page. */
const sweepAs = (change: (definition: Record<string, unknown>) => void, page = WALLET_PAGE) => {
  const definition = JSON.parse(WALLET_ACTION) as Record<string, unknown>;
  change(definition);
  return { [WALLET_PATH]: `${JSON.stringify(definition, null, 2)}\n`, [W]: page };
};
const funds = (cell: string) => sweep(pageWith(ROW, ROW.replace('| send |', `| ${cell} |`), WALLET_PAGE));
const gas = (cell: string) => sweep(pageWith(ROW, ROW.replace('| yes |', `| ${cell} |`), WALLET_PAGE));

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
  it('reads the badges and the caution as the pages write them, and words the fix', () =>
    checkRuleTable('docs-updated/funds-caution', [
      { name: 'badges in code spans and capitals', files: sweep(pageWith(ROW, '| `acme-sweep` | EVM Onchain | `Wallet` (EVM) | Yes | `Send` |', WALLET_PAGE)), expected: [] },
      { name: 'gas shown as true', files: gas('true'), expected: [] },
      { name: 'gas shown with a stray backtick', files: gas('yes `'), expected: [] },
      { name: 'gas shown as required', files: gas('required'), expected: [{ severity: 'error', file: W, line: 13, column: 41, message: /^the At a Glance table shows Requires gas `required`, but `acme-sweep` requires gas$/, hint: /^write `yes` in the Requires gas column$/ }] },
      { name: 'funds shown as a dash', files: funds('-'), expected: [{ severity: 'error', file: W, line: 13, column: 47, message: /^the At a Glance table shows Funds movement `-`, but `acme-sweep` declares `fundsMovement`$/, hint: /^write `send, swap or bridge` in the Funds movement column$/ }] },
      { name: 'funds shown as an en dash', files: funds('–'), expected: [{ severity: 'error', file: W, line: 13, column: 47 }] },
      { name: 'funds shown as an em dash', files: funds('—'), expected: [{ severity: 'error', file: W, line: 13, column: 47 }] },
      { name: 'funds shown as n/a', files: funds('N/A'), expected: [{ severity: 'error', file: W, line: 13, column: 47 }] },
      { name: 'funds shown as no', files: funds('no'), expected: [{ severity: 'error', file: W, line: 13, column: 47 }] },
      { name: 'funds shown as none', files: funds('None'), expected: [{ severity: 'error', file: W, line: 13, column: 47 }] },
      { name: 'funds cell empty', files: funds(''), expected: [{ severity: 'error', file: W, line: 13, column: 45, message: /^the At a Glance table shows Funds movement `\(empty\)`, but/ }] },
      { name: 'funds shown as nothing to declare', files: funds('none yet'), expected: [] },
      { name: 'connector shown as none', files: sweep(pageWith(ROW, ROW.replace('| wallet |', '| none |'), WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 13, column: 32, hint: /^write `wallet` in the Connector column$/ }] },
      {
        name: 'no Requires gas column',
        files: sweep(pageWith(TABLE, '| Action ID | Category | Connector | Funds movement |\n|---|---|---|---|\n| `acme-sweep` | EVM Onchain | wallet | send |\n', WALLET_PAGE)),
        expected: [{ severity: 'error', file: W, line: 11, column: 1, message: /^the At a Glance table has no Requires gas column$/, hint: /^add a Requires gas column showing `yes`$/ }],
      },
      {
        name: 'no glance table',
        files: sweep(pageWith(TABLE, 'Wallet, gas, send.\n', WALLET_PAGE)),
        expected: [{ severity: 'error', file: W, line: 9, column: 1, message: /^the At a Glance section has no table showing Connector, Requires gas, Funds movement for an action that can move funds$/, hint: /^add the table \| Action ID \| Category \| Connector \| Requires gas \| Funds movement \|$/ }],
      },
      { name: 'a glance table of headers only', files: sweep(pageWith(TABLE, '| Action ID | Connector | Requires gas | Funds movement |\n|---|---|---|---|\n', WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 9, column: 1, message: /has no table showing/ }] },
      { name: 'no At a Glance section: left to page-sections', files: sweep(pageWith('## At a Glance', '## Overview', WALLET_PAGE)), expected: [] },
      { name: 'gas alone: its badge alone', files: sweepAs((d) => { delete d.connector; delete d.fundsMovement; }, pageWith(TABLE, 'Gas.\n', WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 9, column: 1, message: /^the At a Glance section has no table showing Requires gas for/ }] },
      { name: 'a wallet alone: its badge alone', files: sweepAs((d) => { delete d.requiresGas; delete d.fundsMovement; }, pageWith(ROW, '| `acme-sweep` | EVM Onchain | wallet | no | none |', WALLET_PAGE)), expected: [] },
      { name: 'funds movement alone: its badge alone', files: sweepAs((d) => { delete d.requiresGas; delete d.connector; }, pageWith(ROW, '| `acme-sweep` | EVM Onchain | none | no | send |', WALLET_PAGE)), expected: [] },
      { name: 'neither wallet, gas nor funds: no caution needed', files: sweepAs((d) => { delete d.requiresGas; delete d.connector; delete d.fundsMovement; }, pageWith(CAUTION, '', WALLET_PAGE)), expected: [] },
      { name: 'a caution about testing', files: sweep(pageWith(CAUTION, '> Caution: test it on a fork first.\n\n', WALLET_PAGE)), expected: [] },
      { name: 'a warning about a simulation', files: sweep(pageWith(CAUTION, '> WARNING: run a simulation first.\n\n', WALLET_PAGE)), expected: [] },
      { name: 'a caution about funds', files: sweep(pageWith(CAUTION, '> caution: this moves FUNDS.\n\n', WALLET_PAGE)), expected: [] },
      { name: 'words about funds without a caution', files: sweep(pageWith(CAUTION, 'This action moves funds. Test it first.\n\n', WALLET_PAGE)), expected: [{ severity: 'error', file: W, line: 5, column: 1, message: /^the page of `acme-sweep`, an action that can move funds, has no caution paragraph$/, hint: /^add "> Caution: this action moves funds\. Test with simulation or a controlled amount first\." below the description$/ }] },
      { name: 'a trigger is no action that moves funds', files: { [TRIGGER_PATH]: pageWith('"name": "Acme Event",', '"name": "Acme Event",\n  "requiresGas": true,\n  "connector": { "type": "wallet" },', TRIGGER), [TRIGGER_PAGE_PATH]: TRIGGER_PAGE }, expected: [] },
      { name: 'a page too long to read is left to page-sections', files: sweep(pageWith(CAUTION, '', WALLET_PAGE) + 'x\n'.repeat(5000)), expected: [] },
    ]));
});
