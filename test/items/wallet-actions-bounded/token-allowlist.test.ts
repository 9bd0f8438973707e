import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { MANIFEST, USDC, fundsRepo, funds, guardedBy, manual, payNode, payloadValue, send, workflowWith } from './fixtures.js';

const RULE = 'wallet-actions-bounded/token-allowlist';
const TOKEN = payloadValue(0, 'tokenAddress');
const OTHER = '0x4200000000000000000000000000000000000006';
const swap = (sellToken: string, buyToken: string) => workflowWith(payNode('0x-swap', { sellToken, buyToken, sellAmount: '1000', chainId: 8453, slippageBps: 50 }));

describe(RULE, () => {
  it('holds every token to the manifest `tokens`', () =>
    checkRuleTable(RULE, [
      { name: 'token in the list', files: fundsRepo(), expected: [] },
      { name: 'token differing from the list only in checksum case', files: fundsRepo({ funds: funds(USDC, USDC.toLowerCase()) }), expected: [] },
      { name: 'token outside the list', files: fundsRepo({ workflow: send({ tokenAddress: OTHER }) }), expected: [{ ...TOKEN, severity: 'error', message: /^`pay\.payload\.tokenAddress` is `"0x4200000000000000000000000000000000000006"`, outside `tokens` \[0x8335…2913\]$/ }] },
      {
        name: 'a 19-byte token that matches the list case-insensitively is not the same address',
        files: fundsRepo({ workflow: send({ tokenAddress: USDC.slice(0, -2) }), funds: funds(`"${USDC}"`, `"${USDC.slice(0, -2).toLowerCase()}", "${USDC}"`) }),
        expected: [],
      },
      {
        name: 'three tokens listed: an asset id of 14 characters in full, one of 15 shortened',
        files: fundsRepo({ workflow: send({ tokenAddress: OTHER }), funds: funds(`["${USDC}"]`, `["ETH.ABCDEFGHIJ", "ETH.ABCDEFGHIJK", "${USDC}"]`) }),
        expected: [{ ...TOKEN, severity: 'error', message: /outside `tokens` \[ETH\.ABCDEFGHIJ, ETH\.AB…HIJK, 0x8335…2913\]$/ }],
      },
      {
        name: 'four tokens listed: three and one more',
        files: fundsRepo({ workflow: send({ tokenAddress: OTHER }), funds: funds(`["${USDC}"]`, `["native", "ETH.USDC", "${USDC}", "ETH.ABCDEFGHIJK"]`) }),
        expected: [{ ...TOKEN, severity: 'error', message: /outside `tokens` \[native, ETH\.USDC, 0x8335…2913, and 1 more\]$/, hint: /^use a value inside the bound, or widen the bound in the manifest in a reviewed change$/ }],
      },
      { name: 'no tokens in the bounds', files: fundsRepo({ funds: funds(`      tokens: ["${USDC}"]\n`, '') }), expected: [{ file: MANIFEST, line: 9, column: 7, severity: 'error', message: /^node `pay` sets a token \(`tokenAddress`\) but its fund bounds have no `tokens`$/, hint: /^add `tokens` to `nodes\.pay\.funds` in the manifest$/ }] },
      { name: 'a swap buying and selling listed tokens', files: fundsRepo({ workflow: swap(USDC, OTHER), funds: funds(`["${USDC}"]`, `["${USDC}", "${OTHER}"]`) }), expected: [] },
      { name: 'a swap buying a token not listed', files: fundsRepo({ workflow: swap(USDC, OTHER) }), expected: [{ ...payloadValue(1, 'buyToken'), severity: 'error', message: /^`pay\.payload\.buyToken` is/ }] },
      { name: 'token from the trigger, $in the list', files: fundsRepo({ workflow: manual(guardedBy(send({ tokenAddress: '{{$trigger.body.token}}' }), { '{{root.result.body.token}}': { $in: [USDC.toLowerCase()] } })) }), expected: [] },
      { name: 'token from the trigger, unguarded', files: fundsRepo({ workflow: manual(send({ tokenAddress: '{{$trigger.body.token}}' })) }), expected: [{ ...TOKEN, severity: 'error', message: /takes `\$trigger\.body`/ }] },
    ]));
});
