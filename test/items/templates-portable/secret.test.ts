import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { secretOf } from '../../support/secrets/values.js';
import { TEMPLATE, at, edit, repo } from './fixtures.js';

const RULE = 'templates-portable/secret';
const withText = (text: string) => edit(TEMPLATE, '"text": "Balance low"', `"text": ${JSON.stringify(text)}`);

describe(RULE, () => {
  it('finds a secret anywhere in a template, never repeating it, and cannot be waived', () => {
    const token = secretOf('github-pat');
    const inText = withText(`Balance low; token ${token.literal}`);
    const b3os = secretOf('b3os');
    const twoKeys = edit(withText(`key ${token.literal}`), '"description": "Alerts a Slack channel', `"description": "Uses ${b3os.literal} to alert a Slack channel`);
    const column = (text: string, value: string) => at(text, value);
    return checkRuleTable(RULE, [
      { name: 'no secret', files: repo(), expected: [] },
      { name: 'a transaction-hash-like value is no secret', files: repo(withText(`tx 0x${'ab'.repeat(32)}`)), expected: [] },
      { name: 'a token in a message', files: repo(inText), expected: [{ ...column(inText, token.literal), severity: 'error', message: /^template `low-balance-alert` holds an? [A-Za-z ,()-]+ \(fingerprint [0-9a-f]{8}\)$/, hint: /^revoke or rotate it, then take it out of the template: a connector \(`\{\{ask\.connector_id\}\}`\) or a prop supplies it in each organization$/ }] },
      {
        name: 'two secrets, in line order',
        files: repo(twoKeys),
        expected: [
          { ...column(twoKeys, b3os.literal), severity: 'error', message: /\(fingerprint [0-9a-f]{8}\)$/ },
          { ...column(twoKeys, token.literal), severity: 'error', message: /\(fingerprint [0-9a-f]{8}\)$/ },
        ],
      },
    ]);
  });
});
