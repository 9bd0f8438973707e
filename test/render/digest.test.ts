import { describe, expect, it } from 'vitest';
import type { AppliedWaiver, Finding, ItemResult, ItemStatus, Severity } from '../../src/core/types.js';
import { countPhrase, itemDigest, severityCounts, waiverKey } from '../../src/render/digest.js';
import { inlineToMarkdown } from '../../src/render/inline.js';

/** A finding of `severity` in `file` (no location without one). */
function finding(severity: Severity, message: string, extra: Partial<Finding> & { file?: string } = {}): Finding {
  const { file, ...rest } = extra;
  return { ruleId: 'connectors-scoped/connector-scopes', severity, message, docsUrl: 'https://example.test', ...(file ? { location: { file, line: 1, column: 1 } } : {}), ...rest };
}
const waiver = (reason: string, approver = 'mona', extra: Partial<AppliedWaiver> = {}): AppliedWaiver => ({ reason, approver, expires: '2026-12-31', ...extra });
const item = (status: ItemStatus, findings: Finding[] = [], reason?: string): ItemResult => ({
  id: 'connectors-scoped',
  title: 'Connectors scoped',
  group: 'policy',
  status,
  findings,
  ...(reason !== undefined ? { reason } : {}),
});
const digest = (result: ItemResult) => inlineToMarkdown(itemDigest(result));

describe('itemDigest', () => {
  it.each<[string, ItemResult, string]>([
    ['a failed item with a reason', item('fail', [finding('error', 'one')], 'the configuration is invalid'), 'the configuration is invalid'],
    ['a failed item with no open finding', item('fail', [finding('error', 'waived', { waiver: waiver('ok') })]), 'failed'],
    ['a failed item with one finding', item('fail', [finding('error', 'scope `admin` is too wide')]), 'scope `admin` is too wide'],
    ['one unverified finding', item('fail', [finding('error', 'no inventory', { unverified: true })]), 'could not verify: no inventory'],
    ['one error and a warning', item('fail', [finding('error', 'too wide'), finding('warning', 'unused')]), 'too wide · 1 warning'],
    ['one error, notices and an unverified one', item('fail', [finding('error', 'too wide'), finding('notice', 'a'), finding('notice', 'b'), finding('error', 'c', { unverified: true })]), 'too wide · 2 notices, 1 unverified'],
    ['one error and an unverified one', item('fail', [finding('error', 'too wide'), finding('warning', 'u', { unverified: true })]), 'too wide · 1 unverified'],
    ['two errors in one file', item('fail', [finding('error', 'a', { file: 'workflows/a/workflow.json' }), finding('error', 'b', { file: 'workflows/a/workflow.json' })]), '2 errors in `workflows/a/workflow.json`'],
    ['three errors in two files, and a warning', item('fail', [finding('error', 'a', { file: 'a.json' }), finding('error', 'b', { file: 'b.json' }), finding('error', 'c', { file: 'a.json' }), finding('warning', 'w')]), '3 errors in 2 files · 1 warning'],
    ['two errors without a place', item('fail', [finding('error', 'a'), finding('error', 'b')]), '2 errors'],
    ['warnings and unverified ones only', item('fail', [finding('warning', 'a'), finding('warning', 'b', { unverified: true })]), '1 warning, 1 unverified'],
    ['an incomplete item with a reason', item('incomplete', [finding('error', 'x', { unverified: true })], 'the checks for this item are not built yet'), 'the checks for this item are not built yet'],
    ['an incomplete item without a reason', item('incomplete', [finding('warning', 'w'), finding('error', 'no inventory', { unverified: true })]), 'could not verify: no inventory'],
    ['an incomplete item with nothing unverified', item('incomplete', [finding('warning', 'w')]), 'could not verify'],
    ['a waived item', item('waived', [finding('error', 'a', { waiver: waiver('migrating', 'hubot', { scope: 'workflow `payout`' }) })]), 'waived until 2026-12-31 by hubot for workflow `payout`: migrating'],
    ['a waived item, two waivers', item('waived', [finding('error', 'a', { waiver: waiver('one') }), finding('error', 'b', { waiver: waiver('one') }), finding('error', 'c', { waiver: waiver('two') })]), 'waived until 2026-12-31 by mona: one \\(+1 more waiver\\)'],
    ['a waived item, three waivers', item('waived', [finding('error', 'a', { waiver: waiver('one') }), finding('error', 'b', { waiver: waiver('two') }), finding('error', 'c', { waiver: waiver('three') })]), 'waived until 2026-12-31 by mona: one \\(+2 more waivers\\)'],
    ['a waived item with an open warning', item('waived', [finding('warning', 'note'), finding('error', 'a', { waiver: waiver('one') })]), 'waived until 2026-12-31 by mona: one'],
    ['a waived item without waivers, with a reason', item('waived', [], 'every finding waived'), 'every finding waived'],
    ['a waived item without waivers', item('waived'), 'waived'],
    ['an item not affected', item('not-affected'), 'not affected'],
    ['an item turned off', item('off'), 'turned off in the configuration'],
    ['a passing item', item('pass'), ''],
    ['a passing item with a reason', item('pass', [], 'no connector in use'), 'no connector in use'],
    ['a passing item with warnings', item('pass', [finding('warning', 'a'), finding('notice', 'b')]), '1 warning, 1 notice'],
    ['a passing item with a reason and a notice', item('pass', [finding('notice', 'b')], 'no connector in use'), 'no connector in use · 1 notice'],
  ])('%s', (_name, result, expected) => {
    expect(digest(result)).toBe(expected);
  });
});

describe('counts', () => {
  it('counts open findings by severity, then unverified, then waived ones', () => {
    expect(countPhrase([])).toBe('');
    expect(countPhrase([finding('error', 'a'), finding('error', 'b'), finding('warning', 'c')])).toBe('2 errors, 1 warning');
    expect(countPhrase([finding('notice', 'a', { unverified: true }), finding('error', 'b', { waiver: waiver('ok') })])).toBe('1 unverified, 1 waived');
    expect(severityCounts([finding('warning', 'a', { waiver: waiver('ok') }), finding('notice', 'b')], ['warning', 'notice'])).toBe('1 notice');
  });

  it('tells waivers apart by expiry, approver and reason', () => {
    expect(waiverKey(waiver('a'))).toBe(waiverKey(waiver('a', 'mona', { scope: 'workflow `x`' })));
    expect(waiverKey(waiver('a'))).not.toBe(waiverKey(waiver('a', 'hubot')));
    expect(waiverKey(waiver('a'))).not.toBe(waiverKey(waiver('b')));
    expect(waiverKey(waiver('a'))).not.toBe(waiverKey({ ...waiver('a'), expires: '2027-01-01' }));
  });
});
