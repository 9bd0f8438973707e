import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { at } from '../connectors-scoped/fixtures.js';

const ENV = 'environments/prod.yaml';
const STAGING = 'environments/staging.yaml';
const CONFIG = '.github/b3os-readiness.yml';

/** One `apiKeys` entry as YAML list lines; `extra` lines follow it (`writeJustification`). */
function key(name: string, o: { service?: string; scope?: string; rotatedAt?: string; owner?: string | null; extra?: string } = {}): string {
  const owner = o.owner === null ? '' : `    owner: "${o.owner ?? '@acme/treasury'}"\n`;
  return `  - name: ${name}\n    service: ${o.service ?? name}\n    scope: ${o.scope ?? 'read'}\n${owner}    rotatedAt: ${o.rotatedAt ?? '2026-10-01'}\n${o.extra ?? ''}`;
}
const env = (...keys: string[]) => `orgId: org_acme\napiKeys:${keys.length ? `\n${keys.join('')}` : ' []\n'}`;
const files = (environment: string, config?: string) => ({ [ENV]: environment, ...(config ? { [CONFIG]: config } : {}) });
const rotated = (day: string) => env(key('reporting', { rotatedAt: day }));
/** An environment whose `apiKeys` is off its schema (a number, not a list). */
const OFF_SCHEMA = 'orgId: org_acme\napiKeys: 3\n';
/** An environment without `apiKeys`. */
const NO_KEYS = 'orgId: org_acme\n';

describe('api-keys-scoped/key-rotation', () => {
  it('holds every key to the rotation policy (90 days by default; today is 2026-11-25)', () =>
    checkRuleTable('api-keys-scoped/key-rotation', [
      { name: 'rotated 55 days ago', files: files(rotated('2026-10-01')), expected: [] },
      { name: 'rotated exactly 90 days ago', files: files(rotated('2026-08-27')), expected: [] },
      { name: 'rotated today', files: files(rotated('2026-11-25')), expected: [] },
      { name: 'no keys at all', files: files(env()), expected: [] },
      { name: 'no apiKeys in the environment', files: files(NO_KEYS), expected: [] },
      { name: 'apiKeys off its schema (key-inventory reports it)', files: files(OFF_SCHEMA), expected: [] },
      {
        name: 'rotated 91 days ago',
        files: files(rotated('2026-08-26')),
        expected: [{ ...at(ENV, rotated('2026-08-26'), '2026-08-26'), severity: 'error', message: /^key `reporting` was last rotated on 2026-08-26, 91 days ago; the policy allows 90$/, hint: /^rotate the key \(create a new one, move the service to it, revoke the old one\), then update `rotatedAt`$/ }],
      },
      { name: 'rotated tomorrow', files: files(rotated('2026-11-26')), expected: [{ ...at(ENV, rotated('2026-11-26'), '2026-11-26'), severity: 'error', message: /^key `reporting` was rotated on 2026-11-26, which is in the future \(today is 2026-11-25\)$/, hint: /^write the day the key was actually last rotated$/ }] },
      { name: 'a day that does not exist', files: files(rotated('2026-02-30')), expected: [{ ...at(ENV, rotated('2026-02-30'), '2026-02-30'), severity: 'error', message: /^key `reporting` has `rotatedAt: 2026-02-30`, which is not a real day$/, hint: /^write the day of the last rotation as YYYY-MM-DD$/ }] },
      { name: 'policy of 30 days, rotated 30 days ago', files: files(rotated('2026-10-26'), 'policy:\n  keyRotationDays: 30\n'), expected: [] },
      { name: 'policy of 30 days, rotated 31 days ago', files: files(rotated('2026-10-25'), 'policy:\n  keyRotationDays: 30\n'), expected: [{ ...at(ENV, rotated('2026-10-25'), '2026-10-25'), severity: 'error', message: /31 days ago; the policy allows 30$/ }] },
      {
        name: 'a stale key in each of three inventories',
        files: { [STAGING]: rotated('2026-08-25'), [ENV]: rotated('2026-08-26'), 'environments/dev.yaml': rotated('2026-08-24') },
        expected: [
          { ...at('environments/dev.yaml', rotated('2026-08-24'), '2026-08-24'), severity: 'error', message: /^key `reporting` was last rotated on 2026-08-24, 93 days ago/ },
          { ...at(ENV, rotated('2026-08-26'), '2026-08-26'), severity: 'error', message: /^key `reporting` was last rotated on 2026-08-26, 91 days ago/ },
          { ...at(STAGING, rotated('2026-08-25'), '2026-08-25'), severity: 'error', message: /^key `reporting` was last rotated on 2026-08-25, 92 days ago/ },
        ],
      },
      { name: 'policy of 365 days, rotated 91 days ago', files: files(rotated('2026-08-26'), 'policy:\n  keyRotationDays: 365\n'), expected: [] },
    ]));

  it('checks an inventory the change touches, and leaves untouched ones to the audit', () =>
    checkDiffTable('api-keys-scoped/key-rotation', [
      { name: 'a docs paragraph edited next to a stale key', base: { [ENV]: rotated('2026-01-01'), 'docs/guide.md': '# Guide\n' }, head: { [ENV]: rotated('2026-01-01'), 'docs/guide.md': '# Guide\n\nOne more paragraph.\n' }, expected: [] },
      { name: 'the inventory edited, a key left stale', base: { [ENV]: rotated('2026-01-01') }, head: { [ENV]: `${rotated('2026-01-01')}connectors: []\n` }, expected: [{ file: ENV, line: 7, column: 16, severity: 'error' }] },
      { name: 'the inventory with a stale key deleted, a docs page edited', base: { [ENV]: rotated('2026-01-01'), 'docs/guide.md': '# Guide\n' }, head: { 'docs/guide.md': '# Guide\n\nNo more keys.\n' }, expected: [] },
    ]));
});

describe('api-keys-scoped/key-inventory', () => {
  const twice = env(key('reporting-a', { service: 'reporting' }), key('reporting-b', { service: 'reporting' }));
  const shared = env(key('shared', { service: 'reporting' }), key('shared', { service: 'deploy' }));
  const thrice = env(key('reporting-a', { service: 'reporting' }), key('deploy'), key('reporting-b', { service: 'reporting' }), key('reporting-c', { service: 'reporting' }));
  const sharedLater = env(key('deploy'), key('shared', { service: 'reporting' }), key('shared', { service: 'alerts' }));
  const writeOk = env(key('deploy', { scope: 'read-write', extra: '    writeJustification: "Updates workflows on merge to main."\n' }));
  it('lists one key per service, each read-scoped unless justified and owned', () =>
    checkRuleTable('api-keys-scoped/key-inventory', [
      { name: 'one key per service', files: files(env(key('reporting'), key('deploy'))), expected: [] },
      { name: 'write access with a justification', files: files(writeOk), expected: [] },
      { name: 'the environment file a symlink (definition-validates reports it): no inventory to read', files: { [ENV]: { symlink: '../secrets/prod.yaml' } }, expected: [] },
      { name: 'no apiKeys in the environment', files: files(NO_KEYS), expected: [] },
      {
        name: 'a service listed twice',
        files: files(twice),
        expected: [{ file: ENV, line: 9, column: 14, severity: 'error', message: /^service `reporting` is listed twice: key `reporting-b` and key `reporting-a`$/, hint: /^keep one entry per service: revoke the key the service no longer uses and remove its entry$/ }],
      },
      {
        name: 'a service listed three times, another between: each repeat names the first',
        files: files(thrice),
        expected: [
          { file: ENV, line: 14, column: 14, severity: 'error', message: /^service `reporting` is listed twice: key `reporting-b` and key `reporting-a`$/ },
          { file: ENV, line: 19, column: 14, severity: 'error', message: /^service `reporting` is listed twice: key `reporting-c` and key `reporting-a`$/ },
        ],
      },
      {
        name: 'a key shared by two services',
        files: files(shared),
        expected: [{ file: ENV, line: 8, column: 11, severity: 'error', message: /^key `shared` is shared by services `reporting` and `deploy`$/, hint: /^create one key per service \(B3OS: a service account with its own key\), so each can be rotated and revoked alone$/ }],
      },
      { name: 'a key shared by two services after another key', files: files(sharedLater), expected: [{ file: ENV, line: 13, column: 11, severity: 'error', message: /^key `shared` is shared by services `reporting` and `alerts`$/ }] },
      {
        name: 'apiKeys off its schema',
        files: files(OFF_SCHEMA),
        expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true, message: /^the API key inventory cannot be checked: this environment file does not parse or match its schema$/, hint: /^fix the problems definition-validates\/environment-shape reports in this file$/ }],
      },
      { name: 'write access without a justification', files: files(env(key('deploy', { scope: 'read-write' }))), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true }] },
      { name: 'a key without an owner', files: files(env(key('deploy', { owner: null }))), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true }] },
    ]));
});
