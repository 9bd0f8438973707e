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
});
