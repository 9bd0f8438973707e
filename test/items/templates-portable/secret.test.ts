import { describe, expect, it } from 'vitest';
import { auditFiles, checkRuleTable, findingsOf } from '../../support/rule-harness.js';
import { secretOf } from '../../support/secrets/values.js';
import { CONFIG, TEMPLATE, TPL, at, edit, repo } from './fixtures.js';

/** Account #0 of the Hardhat and Anvil test mnemonic: a published key. */
const HARDHAT_0 = ['ac0974bec39a17e36ba4a6b4d238ff94', '4bacb478cbed5efcae784d7bf4f2ff80'].join('');

const RULE = 'templates-portable/secret';
const withText = (text: string) => edit(TEMPLATE, '"text": "Balance low"', `"text": ${JSON.stringify(text)}`);

describe(RULE, () => {
  it('finds a secret anywhere in a template, never repeating it, and cannot be waived', () => {
    const token = secretOf('github-pat');
    const inText = withText(`Balance low; token ${token.literal}`);
    const b3os = secretOf('b3os');
    const twoKeys = edit(withText(`key ${token.literal}`), '"description": "Alerts a Slack channel', `"description": "Uses ${b3os.literal} to alert a Slack channel`);
    const column = (text: string, value: string) => at(text, value);
    const published = edit(TEMPLATE, '"text": "Balance low"', `"text": "Balance low", "privateKey": "0x${HARDHAT_0}"`);
    return checkRuleTable(RULE, [
      { name: 'no secret', files: repo(), expected: [] },
      { name: 'a transaction-hash-like value is no secret', files: repo(withText(`tx 0x${'ab'.repeat(32)}`)), expected: [] },
      { name: 'a token in a message', files: repo(inText), expected: [{ ...column(inText, token.literal), severity: 'error', message: /^template `low-balance-alert` holds an? [A-Za-z ,()-]+ \(fingerprint [0-9a-f]{8}\)$/, hint: /^revoke or rotate it, then take it out of the template: a connector \(`\{\{ask\.connector_id\}\}`\) or a prop supplies it in each organization$/ }] },
      { name: 'a published test key: a warning', files: repo(published), expected: [{ ...column(published, `0x${HARDHAT_0}`), severity: 'warning' }] },
      { name: 'a template over the size limit: unverified', files: repo(TEMPLATE, { [CONFIG]: 'limits:\n  maxFileBytes: 1024\n' }), expected: [{ file: TPL, line: 1, column: 1, severity: 'error', unverified: true, message: /^template `low-balance-alert` could not be scanned for secrets: it is [0-9,]+ bytes, over the 1 KiB limit \(`limits\.maxFileBytes`\)$/ }] },
      { name: 'a template at the size limit', files: repo(TEMPLATE, { [CONFIG]: `limits:\n  maxFileBytes: ${new TextEncoder().encode(TEMPLATE).length}\n` }), expected: [] },
      { name: 'a template file that is a symbolic link: nothing to scan', files: { [TPL]: { symlink: '../shared/template.json' } }, expected: [] },
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

  it('marks each secret it finds as a secret, so no waiver can cover it', async () => {
    const token = secretOf('github-pat');
    const found = findingsOf(await auditFiles(repo(withText(`token ${token.literal}`))), RULE);
    expect(found.map((f) => [f.severity, f.secret])).toEqual([['error', true]]);
  });
});
