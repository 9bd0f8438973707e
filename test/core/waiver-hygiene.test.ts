import { describe, expect, it } from 'vitest';
import { waiverFinding, waiverHygiene, type WaiverEntry } from '../../src/core/waiver-hygiene.js';
import type { WaiverOrigin } from '../../src/core/types.js';

const FILE = '.github/b3os-readiness.yml';
const LINES = { rule: 3, expires: 7, approver: 6 } as const;
const RULES = new Set(['definition-validates', 'definition-validates/payload-schema', 'credentials-in-connectors', 'credentials-in-connectors/private-key', 'api-keys-scoped/b3os-key', 'templates-portable/secret']);
const CTX = { today: '2026-11-25', maxDays: 30, ruleIds: RULES };

function entry(origin: WaiverOrigin, rule: string, expires: string): WaiverEntry {
  return { rule, paths: [], reason: 'known', approver: '@acme/platform', expires, origin, index: 1, at: (key) => ({ file: FILE, line: LINES[key], column: 5 }) };
}

const docs = (rule: string) => expect.stringMatching(new RegExp(`docs/rules/${rule}\\.md$`));

describe('waiverHygiene', () => {
  it.each<[WaiverOrigin, 'error' | 'warning']>([['pull-request', 'error'], ['base', 'warning']])('refuses a %s waiver naming no rule, with a %s at its rule', (origin, severity) => {
    expect(waiverHygiene(entry(origin, 'definition-validates/payload-shema', '2026-12-01'), CTX)).toEqual({
      usable: false,
      findings: [{ ruleId: 'configuration/waiver', severity, message: 'waiver 2 for `definition-validates/payload-shema` names no item or rule id; did you mean `definition-validates/payload-schema`?', hint: 'name an existing rule id, or remove the waiver', location: { file: FILE, line: 3, column: 5 }, docsUrl: docs('configuration/waiver') }],
    });
  });

  it.each(['credentials-in-connectors', 'credentials-in-connectors/private-key', 'api-keys-scoped/b3os-key', 'templates-portable/secret'])('refuses a proposed waiver of the secret findings of %s', (rule) => {
    expect(waiverHygiene(entry('pull-request', rule, '2026-12-01'), CTX)).toEqual({
      usable: false,
      findings: [{ ruleId: 'configuration/waiver-secret', severity: 'error', message: `waiver 2 for \`${rule}\` names findings of secret values found in the repository, which no waiver can cover`, hint: 'rotate the secret and remove it from the repository; remove the waiver', location: { file: FILE, line: 3, column: 5 }, docsUrl: docs('configuration/waiver-secret') }],
    });
  });

  it('leaves a merged waiver of secret findings to the matching (it covers none)', () => {
    expect(waiverHygiene(entry('base', 'credentials-in-connectors', '2026-12-01'), CTX)).toEqual({ findings: [], usable: true });
  });

  it('does not apply a waiver whose end is no calendar day, without a finding of its own', () => {
    expect(waiverHygiene(entry('pull-request', 'definition-validates', '2026-02-30'), CTX)).toEqual({ findings: [], usable: false });
  });

  it.each<[WaiverOrigin, 'error' | 'warning']>([['pull-request', 'error'], ['base', 'warning']])('refuses a %s waiver that expired yesterday (a %s), and applies one that ends today', (origin, severity) => {
    expect(waiverHygiene(entry(origin, 'definition-validates', '2026-11-24'), CTX)).toEqual({
      usable: false,
      findings: [{ ruleId: 'configuration/waiver', severity, message: 'waiver 2 for `definition-validates` (approved by @acme/platform) expired on 2026-11-24 and no longer applies', hint: 'fix the findings it covered, or renew it with a new end date and a new approval', location: { file: FILE, line: 7, column: 5 }, docsUrl: docs('configuration/waiver') }],
    });
    expect(waiverHygiene(entry(origin, 'definition-validates', '2026-11-25'), CTX)).toEqual({ findings: [], usable: true });
  });

  it.each<[WaiverOrigin, 'error' | 'warning', boolean]>([['pull-request', 'error', false], ['base', 'warning', true]])('holds a %s waiver one day past the longest allowed to it (a %s; usable: %s), and accepts one at the limit', (origin, severity, usable) => {
    expect(waiverHygiene(entry(origin, 'definition-validates', '2026-12-26'), CTX)).toEqual({
      usable,
      findings: [{ ruleId: 'configuration/waiver', severity, message: 'waiver 2 for `definition-validates` expires on 2026-12-26, 31 days ahead; at most 30 are allowed (`policy.maxWaiverDays`)', hint: 'set `expires` to 30 days ahead or less, and renew it when it runs out', location: { file: FILE, line: 7, column: 5 }, docsUrl: docs('configuration/waiver') }],
    });
    expect(waiverHygiene(entry(origin, 'definition-validates', '2026-12-25'), CTX)).toEqual({ findings: [], usable: true });
  });
});

describe('waiverFinding', () => {
  it('is a configuration/waiver finding unless told another rule', () => {
    const at = { file: FILE, line: 2, column: 3 };
    expect(waiverFinding(at, 'notice', 'm', 'h')).toEqual({ ruleId: 'configuration/waiver', severity: 'notice', message: 'm', hint: 'h', location: at, docsUrl: docs('configuration/waiver') });
    expect(waiverFinding(at, 'error', 'm', 'h', 'configuration/waiver-secret').ruleId).toBe('configuration/waiver-secret');
  });
});
