import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, VENDOR, fundsRepo, funds, guardedBy, manual, payNode, payloadValue, send, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/recipient-allowlist';
const RECIPIENT = payloadValue(1, 'recipientAddress');
const ATTACKER = '0x9999999999999999999999999999999999999999';
const MIXED = '0xAbCdEf00000000000000000000000000000000Aa';
const approve = (spenderAddress: string) => workflowWith(payNode('approve-erc20', { tokenAddress: USDC, spenderAddress, amount: '1000', chainId: 8453 }));

describe(RULE, () => {
  it('holds recipients and spenders to the manifest `recipients`', () =>
    checkRuleTable(RULE, [
      { name: 'recipient in the list', files: fundsRepo(), expected: [] },
      { name: 'recipient in checksum case, listed in lower case', files: fundsRepo({ workflow: send({ recipientAddress: MIXED }), funds: funds(VENDOR, MIXED.toLowerCase()) }), expected: [] },
      { name: 'recipient outside the list', files: fundsRepo({ workflow: send({ recipientAddress: ATTACKER }) }), expected: [{ ...RECIPIENT, severity: 'error', message: /outside `recipients` \[0x2222…2222\]$/ }] },
      {
        name: 'five recipients listed: three and two more',
        files: fundsRepo({ workflow: send({ recipientAddress: ATTACKER }), funds: funds(`["${VENDOR}"]`, `["${VENDOR}", "0x3333333333333333333333333333333333333333", "0x4444444444444444444444444444444444444444", "0x5555555555555555555555555555555555555555", "0x6666666666666666666666666666666666666666"]`) }),
        expected: [{ ...RECIPIENT, severity: 'error', message: /outside `recipients` \[0x2222…2222, 0x3333…3333, 0x4444…4444, and 2 more\]$/ }],
      },
      { name: 'an ENS name', files: fundsRepo({ workflow: send({ recipientAddress: 'vendor.eth' }) }), expected: [{ ...RECIPIENT, severity: 'error', message: /is a 10-character string, outside/ }] },
      { name: 'no recipients in the bounds', files: fundsRepo({ funds: funds(`      recipients: ["${VENDOR}"]\n`, '') }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` sets a recipient or spender \(`recipientAddress`\) but its fund bounds have no `recipients`$/, hint: /^add `recipients` to `nodes\.pay\.funds` in the manifest$/ }] },
      {
        name: 'recipient from the webhook body, unguarded: the source is named',
        files: fundsRepo({ workflow: manual(send({ recipientAddress: '{{$trigger.body.to}}' })) }),
        expected: [{ ...RECIPIENT, severity: 'error', message: /^`pay\.payload\.recipientAddress` takes `\$trigger\.body`, the data that starts the run, which someone outside the workflow chooses,/ }],
      },
      { name: 'recipient from the webhook body, $eq the vendor', files: fundsRepo({ workflow: manual(guardedBy(send({ recipientAddress: '{{$trigger.body.to}}' }), { '{{$trigger.body.to}}': { $eq: VENDOR } })) }), expected: [] },
      { name: 'recipient chosen at setup', files: fundsRepo({ workflow: send({ recipientAddress: '{{ask.recipient_address}}' }) }), expected: [{ ...RECIPIENT, severity: 'error', message: /takes `ask\.recipient_address`, chosen in the B3OS editor at setup/ }] },
      { name: 'spender in the list', files: fundsRepo({ workflow: approve(VENDOR) }), expected: [] },
      { name: 'spender outside the list', files: fundsRepo({ workflow: approve(ATTACKER) }), expected: [{ ...payloadValue(1, 'spenderAddress'), severity: 'error', message: /^`pay\.payload\.spenderAddress` is/ }] },
    ]));
});
