/**
 * Whether a waiver a pull request adds or changes is approved: the approver it names (`@login`,
 * or `@org/team` when team membership can be read) submitted an approving review on the pull
 * request's head commit, that review is the reviewer's latest decisive one (not dismissed, not
 * superseded by a request for changes), and the reviewer is not the author. Anything that cannot
 * be read leaves the waiver pending: it never applies on a guess.
 */
import type { ApprovingReview } from './types.js';

/** One pull request review as the gate needs it (GitHub's `pull-request-review`). */
export interface Review {
  readonly user: string;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED` or `PENDING`. */
  readonly state: string;
  readonly commit: string;
  readonly url: string;
}

/** The reviews of the pull request, or why they could not be read (a fork's token, a 403). */
export type ReviewsReading =
  | { readonly readable: true; readonly author: string; readonly head: string; readonly reviews: readonly Review[] }
  | { readonly readable: false; readonly why: string };

/** Reads reviews and team membership; built by the Action, absent in the CLI. */
export interface ApprovalPort {
  reviews(): Promise<ReviewsReading>;
  /** True or false when membership was read; `unreadable` when the token may not read the team. */
  isTeamMember(org: string, team: string, login: string): Promise<boolean | 'unreadable'>;
}

/** The outcome for one waiver. */
export type Approval = { readonly approved: true; readonly review: ApprovingReview } | { readonly approved: false; readonly why: string };

/** States that change a reviewer's verdict; a later comment does not withdraw an approval. */
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/** Decides one waiver's approval from the reviews read. */
export async function approvalOf(approver: string, reading: ReviewsReading, port: ApprovalPort): Promise<Approval> {
  const pending = `pending approval by ${approver}`;
  if (!reading.readable) return { approved: false, why: `${pending} (${reading.why})` };
  const name = approverName(approver);
  if (!name) return { approved: false, why: `\`${approver}\` is no GitHub user or team (\`@login\`, \`@org/team\`), so no review can approve it` };
  const latest = latestDecisive(reading.reviews);
  const onHead = [...latest.values()].filter((r) => r.state === 'APPROVED' && r.commit === reading.head && !same(r.user, reading.author));
  if ('team' in name) return teamApproval(name.org, name.team, onHead, pending, port);
  const login = name.login;
  const review = onHead.find((r) => same(r.user, login));
  if (review) return { approved: true, review: approving(review) };
  return { approved: false, why: whyNot(login, latest.get(login.toLowerCase()), reading, pending) };
}

async function teamApproval(org: string, team: string, onHead: readonly Review[], pending: string, port: ApprovalPort): Promise<Approval> {
  for (const review of onHead) {
    const member = await port.isTeamMember(org, team, review.user);
    if (member === 'unreadable') return { approved: false, why: `${pending} (the token cannot read the members of @${org}/${team})` };
    if (member) return { approved: true, review: approving(review) };
  }
  return { approved: false, why: `${pending} (no member of the team approved the head commit)` };
}

function whyNot(login: string, latest: Review | undefined, reading: Extract<ReviewsReading, { readable: true }>, pending: string): string {
  if (same(login, reading.author)) return `${pending}: @${login} opened this pull request, and an author cannot approve their own waiver`;
  if (!latest) return pending;
  if (latest.state === 'DISMISSED') return `${pending}: the review of @${login} was dismissed`;
  if (latest.state === 'APPROVED') return `${pending}: @${login} approved an older commit \`${latest.commit.slice(0, 7)}\`, not the head \`${reading.head.slice(0, 7)}\``;
  return `${pending}: @${login} requested changes`;
}

/** Each reviewer's latest decisive review, keyed by lower-case login (reviews come oldest first). */
function latestDecisive(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  for (const review of reviews) if (DECISIVE.has(review.state)) latest.set(review.user.toLowerCase(), review);
  return latest;
}

/** `@login` or `@org/team`; undefined for anything else (a name, an e-mail). */
export function approverName(approver: string): { login: string } | { org: string; team: string } | undefined {
  const team = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99})$/.exec(approver);
  if (team) return { org: team[1], team: team[2] };
  const user = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(approver);
  return user ? { login: user[1] } : undefined;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function approving(review: Review): ApprovingReview {
  return { user: review.user, url: review.url, commit: review.commit };
}
