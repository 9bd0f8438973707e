import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { CONFIG, TEMPLATE, USDC, VENDOR, at, edit, repo, withoutNodes } from './fixtures.js';

const RULE = 'templates-portable/literal-address';
/** The template with props added after its two until the prop at `index` (from 0), which has the vendor's address as its default. */
function defaultAt(index: number): string {
  const fillers = Array.from({ length: index - 2 }, (_, i) => `    { "key": "note${i}", "name": "Note", "type": "string" },\n`).join('');
  return edit(TEMPLATE, '"default": "1000000" }\n', `"default": "1000000" },\n${fillers}    { "key": "payee", "name": "Payee", "type": "string", "default": "${VENDOR}" }\n`);
}
const LITERAL = /^template `low-balance-alert` names the address `0x2222222222222222222222222222222222222222` literally$/;

describe(RULE, () => {
  it('allows literal addresses only as prop defaults and well-known token contracts', () => {
    const watched = edit(TEMPLATE, '"{{$props.watchAddress}}"', `"${VENDOR}"`);
    const inText = edit(TEMPLATE, '"text": "Balance low"', `"text": "Balance low: top up from ${VENDOR} now"`);
    const inDescription = edit(TEMPLATE, '"name": "Wallet to watch",', `"name": "Wallet to watch", "description": "e.g. ${VENDOR}",`);
    const asDefault = edit(TEMPLATE, '"name": "Wallet to watch",', `"name": "Wallet to watch", "default": "${VENDOR}",`);
    const txHash = edit(TEMPLATE, '"text": "Balance low"', '"text": "Last top-up 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"');
    const inFallback = edit(TEMPLATE, '"text": "Balance low"', `"text": "Balance {{$nodes.read.result.balance || 'see ${VENDOR}'}} left"`);
    const asName = edit(TEMPLATE, '"$and": [', `"$and": [{ "${VENDOR}": { "$exists": true } }, `);
    const deepDefault = edit(TEMPLATE, '"text": "Balance low"', `"text": "Balance low", "templateProps": [{ "default": "${VENDOR}" }]`);
    return checkRuleTable(RULE, [
      { name: 'USDC on Base, allowlisted by default', files: repo(), expected: [] },
      { name: 'address in a quoted fallback of an expression', files: repo(inFallback), expected: [{ ...at(inFallback, VENDOR), severity: 'error', message: LITERAL }] },
      { name: 'address as a member name of a condition', files: repo(asName), expected: [{ ...at(asName, VENDOR), severity: 'error', message: LITERAL }] },
      { name: 'allowlisted token in lower case', files: repo(edit(TEMPLATE, USDC, USDC.toLowerCase())), expected: [] },
      { name: 'recipient written literally', files: repo(watched), expected: [{ ...at(watched, VENDOR), severity: 'error', message: LITERAL, hint: /^make it a prop \(`\{\{\$props\.recipient\}\}` with `"inputType": "address"`\) or `\{\{ask\.recipient_address\}\}`; a token contract every organization shares may be added to `policy\.wellKnownTokens`$/ }] },
      { name: 'address under a payload member shaped like a prop default', files: repo(deepDefault), expected: [{ ...at(deepDefault, VENDOR), severity: 'error', message: LITERAL }] },
      { name: 'address inside a message', files: repo(inText), expected: [{ ...at(inText, VENDOR), severity: 'error', message: LITERAL }] },
      { name: 'address in a prop description', files: repo(inDescription), expected: [{ ...at(inDescription, VENDOR), severity: 'error', message: LITERAL }] },
      { name: 'address as a prop default', files: repo(asDefault), expected: [] },
      { name: 'address as the default of the tenth prop', files: repo(defaultAt(9)), expected: [] },
      { name: 'address as the default of the eleventh prop', files: repo(defaultAt(10)), expected: [] },
      { name: 'template whose definition has no nodes, naming an address', files: repo(withoutNodes(`\n  "description": "Pays ${VENDOR}",`)), expected: [] },
      { name: 'transaction hash, not an address', files: repo(txHash), expected: [] },
      { name: 'configured allowlist names the address', files: repo(edit(watched, USDC, VENDOR), { [CONFIG]: `policy:\n  wellKnownTokens: ["${VENDOR}"]\n` }), expected: [] },
      {
        name: 'configured allowlist replaces the default one',
        files: repo(TEMPLATE, { [CONFIG]: `policy:\n  wellKnownTokens: ["${VENDOR}"]\n` }),
        expected: [{ ...at(TEMPLATE, USDC), severity: 'error', message: /names the address `0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913` literally$/ }],
      },
    ]);
  });
});
