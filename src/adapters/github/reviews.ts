/**
 * The reviews of a pull request and team membership, for waivers a pull request proposes
 * (`core/waiver-approval.ts`). Read only when such a waiver exists; whatever cannot be read
 * (a fork's token, a 403, a failed request) is reported as unreadable, so the waiver stays pending.
 */
import type { ApprovalPort, Review, ReviewsReading } from '../../core/waiver-approval.js';
import type { Octokit } from './client.js';
import { hasStatus } from './errors.js';

/** Which pull request, and the head commit the run checked (approvals must be on it). */
export interface ReviewsQuery {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly head: string;
}

/** An approval port over the GitHub API; reviews and each membership are read at most once. */
export function githubApprovals(octokit: Octokit, query: ReviewsQuery): ApprovalPort {
  let reading: Promise<ReviewsReading> | undefined;
  const memberships = new Map<string, Promise<boolean | 'unreadable'>>();
  return {
    reviews: () => (reading ??= readReviews(octokit, query)),
    isTeamMember: (org, team, login) => {
      const key = `${org}/${team}/${login}`.toLowerCase();
      if (!memberships.has(key)) memberships.set(key, teamMembership(octokit, org, team, login));
      return memberships.get(key)!;
    },
  };
}

async function readReviews(octokit: Octokit, query: ReviewsQuery): Promise<ReviewsReading> {
  const params = { owner: query.owner, repo: query.repo, pull_number: query.pullNumber };
  try {
    const { data: pull } = await octokit.rest.pulls.get(params);
    const list = await octokit.paginate(octokit.rest.pulls.listReviews, { ...params, per_page: 100 });
    const reviews: Review[] = list.flatMap((r) => (r.user && r.commit_id ? [{ user: r.user.login, state: r.state, commit: r.commit_id, url: r.html_url }] : []));
    return { readable: true, author: pull.user.login, head: query.head, reviews };
  } catch (error) {
    const why = hasStatus(error, 403, 404) ? 'the token cannot read the reviews of this pull request' : `the reviews could not be read: ${(error as Error).message}`;
    return { readable: false, why };
  }
}

async function teamMembership(octokit: Octokit, org: string, team: string, login: string): Promise<boolean | 'unreadable'> {
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login });
    return data.state === 'active';
  } catch (error) {
    return hasStatus(error, 404) ? false : 'unreadable';
  }
}
