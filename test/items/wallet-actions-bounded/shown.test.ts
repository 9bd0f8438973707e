import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { shown } from '../../../src/items/wallet-actions-bounded/shown.js';
import type { JsonValue } from '../../../src/parse/document.js';
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

// Each shape at its limit and one past it: quoted when it cannot be a credential, described otherwise.
describe('shown', () => {
  const cases: ReadonlyArray<readonly [string, JsonValue | undefined, string | undefined, string]> = [
    ['a safe integer', 8453, undefined, '`8453`'],
    ['a negative safe integer at the limit', -Number.MAX_SAFE_INTEGER, undefined, '`-9007199254740991`'],
    ['a number one past the safe limit, not written', 2 ** 53, undefined, 'a number too large to hold exactly'],
    ['a negative number one past the safe limit, not written', -(2 ** 53), undefined, 'a number too large to hold exactly'],
    ['an infinite number', Infinity, undefined, 'a number too large to hold exactly'],
    ['a number as written, with a fraction and an exponent', 1.5e10, '-1.5E+10', '`-1.5E+10`'],
    ['a number written with a three-digit exponent', 1e100, '1e100', '`1e100`'],
    ['a number written with a four-digit exponent', 5, '5e1000', '`5`'],
    ['a number written with 78 digits', 1e78, '9'.repeat(78), `\`${'9'.repeat(78)}\``],
    ['a number written with 79 digits', 1e79, '9'.repeat(79), 'a number too large to hold exactly'],
    ['a number written with 36 decimals', 0.5, `0.${'5'.repeat(36)}`, `\`0.${'5'.repeat(36)}\``],
    ['a number written with 37 decimals', 0.5, `0.${'5'.repeat(37)}`, '`0.5`'],
    ['a number written with text before it', 5, 'x5', '`5`'],
    ['a number written with text after it', 5, '5x', '`5`'],
    ['a number written with an empty exponent', 5, '5e', '`5`'],
    ['true', true, undefined, '`true`'],
    ['false', false, undefined, '`false`'],
    ['null', null, undefined, '`null`'],
    ['an expression', '{{$trigger.body.amount}}', undefined, '`{{$trigger.body.amount}}`'],
    ['an expression of names, brackets, a pipe, a dash and spaces', '{{ $nodes.a-b.result[0] | x }}', undefined, '`{{ $nodes.a-b.result[0] | x }}`'],
    ['an expression of 64 characters inside', `{{${'a'.repeat(64)}}}`, undefined, `\`{{${'a'.repeat(64)}}}\``],
    ['an expression of 65 characters inside', `{{${'a'.repeat(65)}}}`, undefined, 'a 69-character string'],
    ['an empty expression', '{{}}', undefined, 'a 4-character string'],
    ['an expression with a quote', '{{$trigger.body["a"]}}', undefined, 'a 22-character string'],
    ['an expression with text before it', 'x{{$vars.a}}', undefined, 'a 12-character string'],
    ['an expression with text after it', '{{$vars.a}}x', undefined, 'a 12-character string'],
    ['a decimal string', '250000000', undefined, '`"250000000"`'],
    ['a decimal string of 78 digits', '9'.repeat(78), undefined, `\`"${'9'.repeat(78)}"\``],
    ['a decimal string of 79 digits', '9'.repeat(79), undefined, 'a 79-character string'],
    ['an empty string', '', undefined, 'a 0-character string'],
    ['a decimal string with 36 decimals', `1.${'5'.repeat(36)}`, undefined, `\`"1.${'5'.repeat(36)}"\``],
    ['a decimal string with 37 decimals', `1.${'5'.repeat(37)}`, undefined, 'a 39-character string'],
    ['a decimal string ending in a point', '1.', undefined, 'a 2-character string'],
    ['a decimal string with text after it', '1x', undefined, 'a 2-character string'],
    ['a decimal string with text before it', 'x1', undefined, 'a 2-character string'],
    ['an address in mixed case', '0xAbCdEf00000000000000000000000000000000Aa', undefined, '`"0xAbCdEf00000000000000000000000000000000Aa"`'],
    ['an address one hex digit short', `0x${'a'.repeat(39)}`, undefined, 'a 41-character string'],
    ['an address one hex digit long', `0x${'a'.repeat(41)}`, undefined, 'a 43-character string'],
    ['an address with text before it', `x0x${'a'.repeat(40)}`, undefined, 'a 43-character string'],
    ['native', 'native', undefined, '`"native"`'],
    ['native with text before it', 'xnative', undefined, 'a 7-character string'],
    ['native with text after it', 'natives', undefined, 'a 7-character string'],
    ['a list of no items', [], undefined, 'a list of 0 items'],
    ['a list of one item', ['a'], undefined, 'a list of 1 item'],
    ['a list of two items', ['a', 'b'], undefined, 'a list of 2 items'],
    ['an object', { a: 1 }, undefined, 'an object'],
    ['nothing', undefined, undefined, 'nothing'],
  ];
  it.each(cases)('%s', (_name, value, written, expected) => {
    expect(shown(value, written)).toBe(expected);
  });
});
