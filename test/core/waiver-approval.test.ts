import { describe, expect, it } from 'vitest';
import { approvalOf, approverName, type ApprovalPort, type Review, type ReviewsReading } from '../../src/core/waiver-approval.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const url = (id: number) => `https://github.com/acme/flows/pull/7#pullrequestreview-${id}`;
const review = (user: string, state: string, commit = HEAD, id = 1): Review => ({ user, state, commit, url: url(id) });
const reading = (...reviews: Review[]): ReviewsReading => ({ readable: true, author: 'alice', head: HEAD, reviews });
const teams: Record<string, string[] | 'unreadable'> = { 'acme/platform': ['lee', 'Kim'], 'acme/secret': 'unreadable' };
const port: ApprovalPort = {
  reviews: async () => reading(),
  isTeamMember: async (org, team, login) => {
    const members = teams[`${org}/${team}`];
    return members === 'unreadable' ? 'unreadable' : (members ?? []).some((m) => m.toLowerCase() === login.toLowerCase());
  },
};

describe('approval of a waiver the pull request proposes', () => {
  const cases: Array<{ name: string; approver: string; reviews: ReviewsReading; expected: string }> = [
    { name: 'approved by the user on the head', approver: '@lee', reviews: reading(review('lee', 'APPROVED')), expected: `approved ${url(1)}` },
    { name: 'logins compare without case', approver: '@Lee', reviews: reading(review('lee', 'APPROVED')), expected: `approved ${url(1)}` },
    { name: 'approved on an older head', approver: '@lee', reviews: reading(review('lee', 'APPROVED', OLD)), expected: 'pending approval by @lee: @lee approved an older commit `bbbbbbb`, not the head `aaaaaaa`' },
    { name: 'an older approval, then one on the head', approver: '@lee', reviews: reading(review('lee', 'APPROVED', OLD, 1), review('lee', 'APPROVED', HEAD, 2)), expected: `approved ${url(2)}` },
    { name: 'approved by the author', approver: '@alice', reviews: reading(review('alice', 'APPROVED')), expected: 'pending approval by @alice: @alice opened this pull request, and an author cannot approve their own waiver' },
    { name: 'dismissed', approver: '@lee', reviews: reading(review('lee', 'APPROVED', HEAD, 1), review('lee', 'DISMISSED', HEAD, 2)), expected: 'pending approval by @lee: the review of @lee was dismissed' },
    { name: 'changes requested after approving', approver: '@lee', reviews: reading(review('lee', 'APPROVED', HEAD, 1), review('lee', 'CHANGES_REQUESTED', HEAD, 2)), expected: 'pending approval by @lee: @lee requested changes' },
    { name: 'a comment after approving keeps the approval', approver: '@lee', reviews: reading(review('lee', 'APPROVED', HEAD, 1), review('lee', 'COMMENTED', HEAD, 2)), expected: `approved ${url(1)}` },
    { name: 'only a comment', approver: '@lee', reviews: reading(review('lee', 'COMMENTED')), expected: 'pending approval by @lee' },
    { name: 'approved by someone else', approver: '@lee', reviews: reading(review('kim', 'APPROVED')), expected: 'pending approval by @lee' },
    { name: 'no reviews', approver: '@lee', reviews: reading(), expected: 'pending approval by @lee' },
    { name: 'reviews unreadable', approver: '@lee', reviews: { readable: false, why: 'the token cannot read the reviews of this pull request' }, expected: 'pending approval by @lee (the token cannot read the reviews of this pull request)' },
    { name: 'a team member on the head', approver: '@acme/platform', reviews: reading(review('bob', 'APPROVED', HEAD, 1), review('kim', 'APPROVED', HEAD, 2)), expected: `approved ${url(2)}` },
    { name: 'a team member on an older head', approver: '@acme/platform', reviews: reading(review('kim', 'APPROVED', OLD)), expected: 'pending approval by @acme/platform (no member of the team approved the head commit)' },
    { name: 'a team member who is the author', approver: '@acme/platform', reviews: { readable: true, author: 'kim', head: HEAD, reviews: [review('kim', 'APPROVED')] }, expected: 'pending approval by @acme/platform (no member of the team approved the head commit)' },
    { name: 'team membership unreadable', approver: '@acme/secret', reviews: reading(review('lee', 'APPROVED')), expected: 'pending approval by @acme/secret (the token cannot read the members of @acme/secret)' },
    { name: 'an approver that is no GitHub name', approver: 'Platform team', reviews: reading(review('lee', 'APPROVED')), expected: '`Platform team` is no GitHub user or team (`@login`, `@org/team`), so no review can approve it' },
  ];
  it.each(cases)('$name', async ({ approver, reviews, expected }) => {
    const approval = await approvalOf(approver, reviews, port);
    expect(approval.approved ? `approved ${approval.review.url}` : approval.why).toBe(expected);
  });

  it('reads approver names', () => {
    expect([approverName('@lee'), approverName('@acme/platform'), approverName('lee'), approverName('@a/b/c')]).toEqual([{ login: 'lee' }, { org: 'acme', team: 'platform' }, undefined, undefined]);
    // Only a whole name counts: an e-mail address ends in something that looks like a login or a team.
    expect([approverName('lee@acme'), approverName('ops@acme/platform')]).toEqual([undefined, undefined]);
  });
});
