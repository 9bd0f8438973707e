import { afterEach, describe, expect, it } from 'vitest';
import { githubApprovals } from '../../../src/adapters/github/reviews.js';
import { humanUser, startGitHubApi, type GitHubApi } from '../../support/github-api-server.js';
import { clientFor, recordingLog } from './setup.js';

const HEAD = 'c'.repeat(40);
let api: GitHubApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function approvalsWith(prepare: (api: GitHubApi) => void) {
  api = await startGitHubApi();
  prepare(api);
  return githubApprovals(clientFor(api, recordingLog().log), { owner: 'octo', repo: 'hello', pullNumber: api.state.pull.number, head: HEAD });
}

describe('reading reviews for waivers', () => {
  it('reads every page, oldest first, with the author and the reviews\' links', async () => {
    const port = await approvalsWith((a) => {
      a.state.author = humanUser('alice', 7);
      for (let i = 0; i < 150; i++) a.state.addReview(humanUser(`reviewer${i}`, 100 + i), 'COMMENTED', HEAD);
      a.state.addReview(humanUser('lee', 2), 'APPROVED', HEAD);
    });
    const reading = await port.reviews();
    expect(reading.readable && reading.author).toBe('alice');
    expect(reading.readable && reading.reviews.length).toBe(151);
    expect(reading.readable && reading.reviews.at(-1)).toEqual({ user: 'lee', state: 'APPROVED', commit: HEAD, url: expect.stringMatching(/\/pull\/1347#pullrequestreview-\d+$/) });
    expect(api!.callsTo('pulls/list-reviews').map((c) => c.query.page)).toEqual([undefined, '2']);
    await port.reviews();
    expect(api!.callsTo('pulls/list-reviews')).toHaveLength(2);
    expect(api!.problems).toEqual([]);
  });

  it.each([
    ['not-accessible', 'the token cannot read the reviews of this pull request'],
    [404, 'the token cannot read the reviews of this pull request'],
  ] as const)('a %s answer leaves the reviews unreadable', async (fault, why) => {
    const port = await approvalsWith((a) => a.inject('pulls/list-reviews', fault));
    expect(await port.reviews()).toEqual({ readable: false, why });
  });

  it.each([
    { name: 'an active member', members: ['lee'], fault: undefined, expected: true },
    { name: 'not a member (404)', members: ['kim'], fault: undefined, expected: false },
    { name: 'membership not readable (403)', members: ['lee'], fault: 'not-accessible' as const, expected: 'unreadable' },
  ])('team membership: $name', async ({ members, fault, expected }) => {
    const port = await approvalsWith((a) => {
      a.state.teams.set('acme/platform', members);
      if (fault) a.inject('teams/get-membership-for-user-in-org', fault);
    });
    expect(await port.isTeamMember('acme', 'platform', 'lee')).toBe(expected);
    expect(api!.problems).toEqual([]);
  });
});
