import { describe, expect, it } from 'vitest';
import type { AppliedWaiver, Finding, ItemResult, PendingWaiver } from '../../src/core/types.js';
import { inlineToPlain } from '../../src/render/inline.js';
import { pendingInline, reviewLinkMarkdown, reviewLinkPlain, rowWaiverMarkdown } from '../../src/render/waiver-text.js';

const pending = (state: PendingWaiver['state']): PendingWaiver => ({ approver: '@acme/sec', reason: 'migrating', expires: '2026-12-31', state, why: 'pending approval by @acme/sec: no approving review on the head' });
const reviewed: AppliedWaiver = { reason: 'migrating', approver: 'mona', expires: '2026-12-31', origin: 'pull-request', review: { user: 'mona', url: 'https://github.com/acme/ops/pull/7#pullrequestreview-1', commit: 'a1b2c3d' } };
const finding = (extra: Partial<Finding>): Finding => ({ ruleId: 'wallets-dedicated/wallet-use', severity: 'error', message: 'shared wallet', docsUrl: 'https://example.test', ...extra });
const row = (status: ItemResult['status'], findings: Finding[]): ItemResult => ({ id: 'wallets-dedicated', title: 'Wallets dedicated', group: 'required', status, findings });

describe('waiver texts', () => {
  it('says why a proposed waiver is not applied', () => {
    expect(inlineToPlain(pendingInline(pending('unverified')))).toBe('waiver until 2026-12-31 by @acme/sec unverified (approval is checked on the pull request), not applied: migrating');
    expect(inlineToPlain(pendingInline(pending('pending')))).toBe('waiver until 2026-12-31 not applied, pending approval by @acme/sec: no approving review on the head: migrating');
  });

  it('links the review that approved a pull-request waiver, and nothing for a trusted one', () => {
    expect(reviewLinkPlain(reviewed)).toBe(' · approved by @mona on the head: https://github.com/acme/ops/pull/7#pullrequestreview-1');
    expect(reviewLinkMarkdown(reviewed)).toMatch(/^ · \[approved by @.*mona on the head\]\(https:\/\/github\.com\/acme\/ops\/pull\/7#pullrequestreview-1\)$/);
    const trusted = { ...reviewed, review: undefined };
    expect(reviewLinkPlain(trusted)).toBe('');
    expect(reviewLinkMarkdown(trusted)).toBe('');
  });

  it('adds to a checklist row the approving review of a waived item, or what a failing one awaits', () => {
    expect(rowWaiverMarkdown(row('waived', [finding({}), finding({ waiver: reviewed })]))).toBe(reviewLinkMarkdown(reviewed));
    expect(rowWaiverMarkdown(row('waived', []))).toBe('');
    expect(rowWaiverMarkdown(row('fail', [finding({ pendingWaiver: pending('pending') })]))).toBe(' · pending approval by @\u200bacme/sec');
    expect(rowWaiverMarkdown(row('fail', [finding({ pendingWaiver: pending('unverified') })]))).toBe(' · waiver by @\u200bacme/sec unverified');
    expect(rowWaiverMarkdown(row('fail', [finding({ pendingWaiver: pending('pending'), waiver: reviewed })]))).toBe('');
    expect(rowWaiverMarkdown(row('fail', [finding({})]))).toBe('');
  });
});
