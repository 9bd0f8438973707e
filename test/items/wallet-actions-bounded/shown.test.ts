import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { edit, fundsRepo, manual, payloadValue, send } from './fixtures.js';

const AMOUNT = payloadValue(2, 'amount');
const RECIPIENT = payloadValue(1, 'recipientAddress');
const API_KEY = 'sk_live_51HqQ2bLkdIwHu7ix0aBcDeFgHiJkLmNoP';
const PRIVATE_KEY = '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
const BIG = '123456789012345678901234567890';
// JSON.stringify cannot write an integer past 2^53 as written, so the fixture edits the text.
const bigAmount = edit(send({ amount: 'BIG' }), '"amount": "BIG"', `"amount": ${BIG}`);

// threats.md: a value in a message is quoted only when its shape cannot be a credential.
describe('payload values in messages', () => {
  it('describes amounts that could be secrets, and shows big numbers as written', () =>
    checkRuleTable('wallet-actions-bounded/amount-bound', [
      { name: 'an amount in the bound', files: fundsRepo(), expected: [] },
      { name: 'an amount past the bound is shown', files: fundsRepo({ workflow: send({ amount: '250000001' }) }), expected: [{ ...AMOUNT, severity: 'error', message: /^`pay\.payload\.amount` is `"250000001"`, outside/ }] },
      {
        name: 'an API key after an expression is described',
        files: fundsRepo({ workflow: manual(send({ amount: `{{$trigger.body.a}} ${API_KEY}` })) }),
        expected: [{ ...AMOUNT, severity: 'error', message: /^`pay\.payload\.amount` is computed at run time \(a 62-character string\), so nothing/ }],
      },
      { name: 'a bare API key is described', files: fundsRepo({ workflow: send({ amount: API_KEY }) }), expected: [{ ...AMOUNT, severity: 'error', unverified: true, message: /^`pay\.payload\.amount` is a 42-character string, which cannot be compared/ }] },
      { name: 'a number past 2^53 is shown as written', files: fundsRepo({ workflow: bigAmount }), expected: [{ ...AMOUNT, severity: 'error', unverified: true, message: new RegExp(`^\`pay\\.payload\\.amount\` is \`${BIG}\`, which cannot be compared`) }] },
    ]));

  it('describes a private key in a recipient field', () =>
    checkRuleTable('wallet-actions-bounded/recipient-allowlist', [
      { name: 'a listed recipient', files: fundsRepo(), expected: [] },
      { name: 'a 32-byte hex key as recipient', files: fundsRepo({ workflow: send({ recipientAddress: PRIVATE_KEY }) }), expected: [{ ...RECIPIENT, severity: 'error', message: /^`pay\.payload\.recipientAddress` is a 66-character string, outside `recipients`/ }] },
    ]));
});

describe('expressions in messages and hints', () => {
  it('shows a plain expression as written, and describes one with literal text', async () => {
    const hintFor = async (amount: string) => findingsOf(await auditFiles(fundsRepo({ workflow: manual(send({ amount })) })), 'wallet-actions-bounded/amount-bound')[0]?.hint;
    expect(await hintFor('{{$trigger.body.amount}}')).toMatch(/^add an `if` before the node whose condition tests `\{\{\$trigger\.body\.amount\}\}` against the bound/);
    const messageFor = async (amount: string) => findingsOf(await auditFiles(fundsRepo({ workflow: manual(send({ amount })) })), 'wallet-actions-bounded/amount-bound')[0]?.message;
    expect(await messageFor(`{{$storage["${API_KEY}"]}}`)).toMatch(/^`pay\.payload\.amount` takes a 54-character reference, storage that any run can rewrite after a check, and no upstream/);
    expect(await messageFor('{{$vars.payout}}')).toMatch(/^`pay\.payload\.amount` takes `\$vars\.payout`, a workflow variable and no upstream/);
    expect(await hintFor(`{{$trigger.body["${API_KEY}"]}}`)).toMatch(/^add an `if` before the node whose condition tests a 63-character string against the bound/);
  });
});
