import { describe, it } from 'vitest';
import { checkDiffTable } from '../../support/diff-harness.js';
import { checkRuleTable } from '../../support/rule-harness.js';
import { at } from '../connectors-scoped/fixtures.js';

const ENV = 'environments/prod.yaml';
const CONFIG = '.github/b3os-readiness.yml';

/** One `apiKeys` entry as YAML list lines; `extra` lines follow it (`writeJustification`). */
function key(name: string, o: { service?: string; scope?: string; rotatedAt?: string; owner?: string | null; extra?: string } = {}): string {
  const owner = o.owner === null ? '' : `    owner: "${o.owner ?? '@acme/treasury'}"\n`;
  return `  - name: ${name}\n    service: ${o.service ?? name}\n    scope: ${o.scope ?? 'read'}\n${owner}    rotatedAt: ${o.rotatedAt ?? '2026-10-01'}\n${o.extra ?? ''}`;
}
const env = (...keys: string[]) => `orgId: org_acme\napiKeys:${keys.length ? `\n${keys.join('')}` : ' []\n'}`;
const files = (environment: string, config?: string) => ({ [ENV]: environment, ...(config ? { [CONFIG]: config } : {}) });
const rotated = (day: string) => env(key('reporting', { rotatedAt: day }));

describe('api-keys-scoped/key-rotation', () => {
  it('holds every key to the rotation policy (90 days by default; today is 2026-11-25)', () =>
    checkRuleTable('api-keys-scoped/key-rotation', [
      { name: 'rotated 55 days ago', files: files(rotated('2026-10-01')), expected: [] },
      { name: 'rotated exactly 90 days ago', files: files(rotated('2026-08-27')), expected: [] },
      { name: 'rotated today', files: files(rotated('2026-11-25')), expected: [] },
      { name: 'no keys at all', files: files(env()), expected: [] },
      { name: 'rotated 91 days ago', files: files(rotated('2026-08-26')), expected: [{ ...at(ENV, rotated('2026-08-26'), '2026-08-26'), severity: 'error', message: /^key `reporting` was last rotated on 2026-08-26, 91 days ago; the policy allows 90$/ }] },
      { name: 'rotated tomorrow', files: files(rotated('2026-11-26')), expected: [{ ...at(ENV, rotated('2026-11-26'), '2026-11-26'), severity: 'error', message: /which is in the future \(today is 2026-11-25\)$/ }] },
      { name: 'a day that does not exist', files: files(rotated('2026-02-30')), expected: [{ ...at(ENV, rotated('2026-02-30'), '2026-02-30'), severity: 'error', message: /not a real day$/ }] },
      { name: 'policy of 30 days, rotated 30 days ago', files: files(rotated('2026-10-26'), 'policy:\n  keyRotationDays: 30\n'), expected: [] },
      { name: 'policy of 30 days, rotated 31 days ago', files: files(rotated('2026-10-25'), 'policy:\n  keyRotationDays: 30\n'), expected: [{ ...at(ENV, rotated('2026-10-25'), '2026-10-25'), severity: 'error', message: /31 days ago; the policy allows 30$/ }] },
      { name: 'policy of 365 days, rotated 91 days ago', files: files(rotated('2026-08-26'), 'policy:\n  keyRotationDays: 365\n'), expected: [] },
    ]));

  it('checks an inventory the change touches, and leaves untouched ones to the audit', () =>
    checkDiffTable('api-keys-scoped/key-rotation', [
      { name: 'a docs paragraph edited next to a stale key', base: { [ENV]: rotated('2026-01-01'), 'docs/guide.md': '# Guide\n' }, head: { [ENV]: rotated('2026-01-01'), 'docs/guide.md': '# Guide\n\nOne more paragraph.\n' }, expected: [] },
      { name: 'the inventory edited, a key left stale', base: { [ENV]: rotated('2026-01-01') }, head: { [ENV]: `${rotated('2026-01-01')}connectors: []\n` }, expected: [{ file: ENV, line: 7, column: 16, severity: 'error' }] },
    ]));
});

describe('api-keys-scoped/key-inventory', () => {
  const twice = env(key('reporting-a', { service: 'reporting' }), key('reporting-b', { service: 'reporting' }));
  const shared = env(key('shared', { service: 'reporting' }), key('shared', { service: 'deploy' }));
  const writeOk = env(key('deploy', { scope: 'read-write', extra: '    writeJustification: "Updates workflows on merge to main."\n' }));
  it('lists one key per service, each read-scoped unless justified and owned', () =>
    checkRuleTable('api-keys-scoped/key-inventory', [
      { name: 'one key per service', files: files(env(key('reporting'), key('deploy'))), expected: [] },
      { name: 'write access with a justification', files: files(writeOk), expected: [] },
      { name: 'a service listed twice', files: files(twice), expected: [{ file: ENV, line: 9, column: 14, severity: 'error', message: /^service `reporting` is listed twice: key `reporting-b` and key `reporting-a`$/ }] },
      { name: 'a key shared by two services', files: files(shared), expected: [{ file: ENV, line: 8, column: 11, severity: 'error', message: /^key `shared` is shared by services `reporting` and `deploy`$/ }] },
      { name: 'write access without a justification', files: files(env(key('deploy', { scope: 'read-write' }))), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true }] },
      { name: 'a key without an owner', files: files(env(key('deploy', { owner: null }))), expected: [{ file: ENV, line: 1, column: 1, severity: 'error', unverified: true }] },
    ]));
});
