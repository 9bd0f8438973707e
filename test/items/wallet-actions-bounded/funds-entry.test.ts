import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, WF, WORKFLOW, edit, fundsRepo, manifestFor, payNode, repo, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/funds-entry';
const PAY_KEY = { file: WF, line: 22, column: 7 };
const withoutPay = manifestFor().replace(/nodes:\n {2}pay:\n {4}funds:\n(?: {6}.*\n)+/, '');
const stale = `${manifestFor().replace('evidence:', 'nodes_placeholder:')}`.replace('nodes_placeholder:', '  old_pay:\n    funds:\n      chains: [1]\nevidence:');

describe(RULE, () => {
  it('needs bounds in the manifest for every funds node', () =>
    checkRuleTable(RULE, [
      { name: 'funds node with bounds', files: fundsRepo(), expected: [] },
      { name: 'no funds node, no bounds', files: repo({ [WF]: workflowWith(payNode('log', { message: 'pay day' }, null)), [MANIFEST]: withoutPay }), expected: [] },
      {
        name: 'funds node without bounds',
        files: repo({ [MANIFEST]: withoutPay }),
        expected: [{ ...PAY_KEY, severity: 'error', message: /^node `pay` can move funds \(the catalog lists `send-erc20-token` as a send\) but `workflows\/payout\/b3os\.yaml` sets no `nodes\.pay\.funds` bounds$/, hint: /^add `nodes\.pay\.funds` with `chains`, `tokens`, `recipients`, `maxAmount` and `approvals` to the manifest$/ }],
      },
      {
        name: 'facts without bounds for the funds node',
        files: repo({ [MANIFEST]: manifestFor().replace(/ {4}funds:\n(?: {6}.*\n)+/, '    {}\n') }),
        expected: [{ ...PAY_KEY, severity: 'error', message: /^node `pay` can move funds .* sets no `nodes\.pay\.funds` bounds$/ }],
      },
      {
        name: 'a type known only by name that trades',
        files: repo({ [WF]: workflowWith(payNode('hyperliquid-market-order', { coin: 'ETH', size: '1' })), [MANIFEST]: withoutPay }),
        expected: [{ ...PAY_KEY, severity: 'error', message: /can move funds \(.*hyperliquid-market-order/ }],
      },
      {
        name: 'no manifest at all',
        files: repo({ [MANIFEST]: null }),
        expected: [{ ...PAY_KEY, severity: 'error', message: /^workflow `payout` can move funds \(node `pay`: a send\) but has no readiness manifest at `workflows\/payout\/b3os\.yaml`$/, hint: /^add `workflows\/payout\/b3os\.yaml` with `environment`, `owner`, fund bounds under `nodes\.<id>\.funds` and `evidence`$/ }],
      },
      {
        name: 'manifest that does not validate: unverified, once',
        files: repo({ [MANIFEST]: edit(manifestFor(), 'approvals: none', 'approvals: never') }),
        expected: [{ file: MANIFEST, line: 1, column: 1, severity: 'error', unverified: true, message: /cannot be checked: its manifest `workflows\/payout\/b3os\.yaml` does not validate$/, hint: /^fix the manifest \(see the definition-validates\/manifest-shape findings\)$/ }],
      },
      {
        name: 'bounds for a node the workflow no longer has: a notice',
        files: repo({ [MANIFEST]: stale }),
        expected: [{ file: MANIFEST, line: 14, column: 3, severity: 'notice', message: /^the manifest bounds node `old_pay`, which workflow `payout` does not have$/, hint: /^remove `nodes\.old_pay` from the manifest, or rename it to the node it bounds$/ }],
      },
      { name: 'facts without bounds for a node the workflow no longer has', files: repo({ [MANIFEST]: stale.replace('    funds:\n      chains: [1]\n', '    {}\n') }), expected: [] },
      { name: 'no manifest and no funds node', files: repo({ [WF]: workflowWith(payNode('log', { message: 'pay day' }, null)), [MANIFEST]: null }), expected: [] },
      { name: 'an invalid manifest and no funds node', files: repo({ [WF]: workflowWith(payNode('log', { message: 'pay day' }, null)), [MANIFEST]: edit(manifestFor(), 'approvals: none', 'approvals: never') }), expected: [] },
    ]));

  it('counts a node that signs with a wallet, whatever read tags or read words say', () => {
    const oracle = { type: 'acme-gas-oracle', category: 'blockchain-data', operationType: 'read', tags: ['read'], connector: { type: 'wallet' }, payloadSchema: { type: 'object', properties: { chainId: { type: 'number' } } } };
    const pinned = JSON.stringify({ source: 'https://api.b3os.org', fetchedAt: '2026-11-20T09:00:00Z', actions: [oracle], triggers: [] });
    const unbounded = (type: string, connector?: unknown) => repo({ [WF]: workflowWith(payNode(type, { chainId: 8453 }, connector)), [MANIFEST]: withoutPay, '.b3os/catalog.json': pinned });
    return checkRuleTable(RULE, [
      { name: 'a read without a wallet', files: unbounded('check-balance', null), expected: [] },
      { name: 'a read word in the id, a wallet on the node', files: unbounded('check-and-swap'), expected: [{ ...PAY_KEY, severity: 'error', message: /^node `pay` can move funds \(the node carries a wallet connector\)/ }] },
      { name: 'an unknown type, a wallet on the node', files: unbounded('acme-settle-invoice'), expected: [{ ...PAY_KEY, severity: 'error', message: /^node `pay` can move funds \(the node carries a wallet connector\)/ }] },
      { name: 'a type tagged read that requires a wallet', files: unbounded('acme-gas-oracle', null), expected: [{ ...PAY_KEY, severity: 'error', message: /^node `pay` can move funds \(`acme-gas-oracle` signs with a wallet connector\)/ }] },
    ]);
  });

  it('checks a workflow when its manifest or environment changes, not when an unrelated file does', () =>
    checkDiffTable(RULE, [
      { name: 'unrelated change', base: repo({ [MANIFEST]: withoutPay }), head: repo({ [MANIFEST]: withoutPay, 'README.md': '# Acme\n' }), expected: [] },
      { name: 'manifest loses its bounds', base: repo(), head: repo({ [MANIFEST]: withoutPay }), expected: [{ ...PAY_KEY, severity: 'error' }] },
      {
        name: 'environment edited: its workflows are checked again',
        base: repo({ [MANIFEST]: withoutPay }),
        head: repo({ [MANIFEST]: withoutPay, 'environments/prod.yaml': `${repo()['environments/prod.yaml']}# reviewed\n` }),
        expected: [{ ...PAY_KEY, severity: 'error' }],
      },
      { name: 'workflow description edited', base: repo(), head: repo({ [WF]: edit(WORKFLOW, 'every Monday.', 'each Monday.') }), expected: [] },
    ]));
});
