import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { createRedactor, redactError, redactReport } from '../../src/core/redact.js';
import { docsUrlOf } from '../../src/core/rule.js';
import type { Report } from '../../src/core/types.js';
import { secretOf } from '../support/secrets/values.js';

describe('the redactor at the output boundary', () => {
  it('masks any six characters in a row of a found value, wherever they appear', () => {
    const key = secretOf('evm-bare').secret;
    const redact = createRedactor([key]);
    expect(redact(`expression \`{{ concat('${key.slice(10, 30)}', x) }}\` does not resolve`)).toBe("expression `{{ concat('[redacted]', x) }}` does not resolve");
    expect(redact(`ends in ${key.slice(-5)}`)).toBe(`ends in ${key.slice(-5)}`);
  });

  it('masks secrets its own detectors recognise, found in the run or not (an API error text)', () => {
    const key = secretOf('b3os').literal;
    expect(createRedactor([])(`401 from the B3OS API: key ${key} is revoked`)).toBe('401 from the B3OS API: key [redacted] is revoked');
  });

  it('leaves a token format\'s public prefix and the links holding it alone', () => {
    const token = secretOf('github-fine');
    const redact = createRedactor([token.secret]);
    const link = docsUrlOf('credentials-in-connectors/provider-token');
    expect(link).toContain('github');
    expect(redact(`see ${link}`)).toBe(`see ${link}`);
    expect(redact(`token ${token.literal}`)).toBe('token [redacted]');
  });

  it('masks two consecutive words of a found mnemonic, not its words alone', () => {
    const phrase = secretOf('mnemonic').secret;
    const [first, second] = phrase.split(' ');
    const redact = createRedactor([phrase]);
    expect(redact(`the words ${first} ${second} follow`)).toBe('the words [redacted] follow');
    expect(redact(`only ${first}, then ${second}`)).toBe(`only ${first}, then ${second}`);
  });

  it('keeps fingerprints, even when their digits match a found value', () => {
    const key = `${'ab12cd34'}${secretOf('evm-bare').secret.slice(8)}`;
    expect(createRedactor([key])('a private key (fingerprint ab12cd34)')).toBe('a private key (fingerprint ab12cd34)');
  });

  it('passes every string of a report, but a finding\'s fingerprint field', () => {
    const key = secretOf('evm-bare').secret;
    const report = { result: 'fail', items: [{ id: 'definition-validates', findings: [{ message: `bad ${key}`, fingerprint: key.slice(0, 8), hint: `drop ${key.slice(0, 12)}` }] }] } as unknown as Report;
    const redacted = redactReport(report, createRedactor([key])) as unknown as { items: Array<{ findings: Array<Record<string, string>> }> };
    expect(redacted.items[0].findings[0]).toEqual({ message: 'bad [redacted]', fingerprint: key.slice(0, 8), hint: 'drop [redacted]' });
  });

  it('redacts an error in place and keeps its class', () => {
    const key = secretOf('github-pat').literal;
    const error = redactError(new UserError(`failOn: expected error or warning, got ${key}`), createRedactor([]));
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('failOn: expected error or warning, got [redacted]');
  });

  it('masks a text that is one window of a found value, and a window at the very start or end of a text', () => {
    const key = secretOf('evm-bare').secret;
    const redact = createRedactor([key]);
    expect(redact(key.slice(3, 9))).toBe('[redacted]');
    expect(redact(key.slice(3, 8))).toBe(key.slice(3, 8));
    expect(redact(`${key.slice(0, 6)} opens the text`)).toBe('[redacted] opens the text');
    expect(redact(`the text closes on ${key.slice(-6)}`)).toBe('the text closes on [redacted]');
    expect(redact(`${key.slice(0, 6)} and ${key.slice(20, 30)}`)).toBe('[redacted] and [redacted]');
  });

  const PHRASE12 = 'abandon ability able about above absent absorb abstract absurd abuse access accident';

  it('treats a found value as a phrase only when all of it is lower-case words', () => {
    // Anything before or after the words makes it a plain value: any six characters of it are masked.
    expect(createRedactor([`X ${PHRASE12}`])('word:absorb')).toBe('word:[redacted]');
    expect(createRedactor([`${PHRASE12} X`])('word:absorb')).toBe('word:[redacted]');
    // A phrase: six characters of one word are no secret, two consecutive words are.
    expect(createRedactor([PHRASE12])('word:absorb')).toBe('word:absorb');
    expect(createRedactor([PHRASE12])('absent absorb')).toBe('[redacted]');
  });

  it('pairs each word of a phrase with the word before it only (the first word has none)', () => {
    const redact = createRedactor([PHRASE12]);
    expect(redact('undefined abandon')).toBe('undefined abandon');
    expect(redact('abandon ability')).toBe('[redacted]');
  });

  it('takes two words of a phrase as a pair only across blanks, of any length', () => {
    const redact = createRedactor([PHRASE12]);
    expect(redact('abandon  ability')).toBe('[redacted]');
    expect(redact('abandon\n\tability')).toBe('[redacted]');
    expect(redact('abandon, ability')).toBe('abandon, ability');
    expect(redact('abandon ,ability')).toBe('abandon ,ability');
  });

  it('keeps the shape of a report: arrays stay arrays, numbers, booleans and nulls stay as they are', () => {
    const key = secretOf('evm-bare').secret;
    const report = { result: 'fail', count: 2, partial: false, base: null, items: [{ id: 'a', notes: [`n ${key}`, 3] }] } as unknown as Report;
    const redacted = redactReport(report, createRedactor([key])) as unknown as { items: unknown[] };
    expect(redacted).toEqual({ result: 'fail', count: 2, partial: false, base: null, items: [{ id: 'a', notes: ['n [redacted]', 3] }] });
    expect(Array.isArray(redacted.items)).toBe(true);
  });

  it('redacts a thrown string and the stack of an error, and passes anything else thrown as it is', () => {
    const key = secretOf('evm-bare').secret;
    const redact = createRedactor([key]);
    expect(redactError(`bad ${key}`, redact)).toBe('bad [redacted]');
    expect(redactError(42, redact)).toBe(42);
    const thrown = { note: `bad ${key}` };
    expect(redactError(thrown, redact)).toBe(thrown);
    const withStack = new Error(`bad ${key}`);
    withStack.stack = `Error: bad ${key}\n    at run (x.js:1:1)`;
    expect((redactError(withStack, redact) as Error).stack).toBe('Error: bad [redacted]\n    at run (x.js:1:1)');
    const noStack = new Error(`bad ${key}`);
    noStack.stack = undefined;
    const redactedNoStack = redactError(noStack, redact) as Error;
    expect(redactedNoStack.message).toBe('bad [redacted]');
    expect(redactedNoStack.stack).toBeUndefined();
  });
});
