/**
 * Waivers a pull request proposes, end to end through the bundled Action on the embedded example:
 * the waiver applies only once its approver approved the head commit, read from the local GitHub API.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runActionBundle, useActionFixture, type ActionRun } from '../support/action-runner.js';
import { humanUser } from '../support/github-api-server.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/acme-b3os');
const CONFIG = '.github/b3os-readiness.yml';
const WORKFLOW = 'workflows/eth-price-alert/workflow.json';
const HUBOT = humanUser('hubot', 583231);
const OCTOCAT = humanUser('octocat', 1);
const EXPIRES = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const WAIVER = [
  'version: 1',
  'waivers:',
  '  - rule: definition-validates/missing-node-reference',
  `    nodes: ["${WORKFLOW}#post_price"]`,
  '    reason: log_alert ships in the next release',
  '    approver: "@hubot"',
  `    expires: ${EXPIRES}`,
  '',
].join('\n');

describe('a waiver the pull request adds applies only once approved on its head', () => {
  let base: string;
  let older: string;
  let head: string;
  let teamHead: string;
  const files: ActionRun['files'] = [
    { filename: CONFIG, status: 'modified' },
    { filename: WORKFLOW, status: 'modified' },
  ];
  const fixture = useActionFixture(async (repo) => {
    await cp(EXAMPLE, repo.dir, { recursive: true });
    base = await repo.commit('the example');
    await repo.git('checkout', '--quiet', '-b', 'waive');
    await repo.write(CONFIG, WAIVER);
    older = await repo.commit('waive the missing reference until the next release');
    const text = await readFile(join(repo.dir, WORKFLOW), 'utf8');
    await repo.write(WORKFLOW, text.replace('Posts to #markets', 'Posts to #markets-alerts'));
    head = await repo.commit('post to the alerts channel');
    await repo.git('checkout', '--quiet', '-b', 'team');
    await repo.write(CONFIG, WAIVER.replace('"@hubot"', '"@acme/platform"'));
    teamHead = await repo.commit('the platform team approves the waiver');
  });
  beforeEach(() => {
    fixture.api.state.reviews.length = 0;
    fixture.api.state.author = OCTOCAT;
  });
  const run = async (name: string, at = head) => {
    const result = await runActionBundle({ ...fixture, base, head: at, files, run: name, env: { 'INPUT_SARIF-FILE': join(fixture.temp, `${name}.sarif`) } });
    const comments = fixture.api.state.commentsOf(2);
    const report = JSON.parse(await readFile(join(fixture.temp, 'b3os-readiness-report.json'), 'utf8'));
    const row = comments.at(-1)!.body.split('\n').find((line) => line.includes('Definition validates'))!;
    return { ...result, comment: comments.at(-1)!.body, row, report, item: report.items.find((i: { id: string }) => i.id === 'definition-validates') };
  };

  it('approved by the named approver on the head: the item is waived, with the reason, approver, expiry and review link', async () => {
    const review = fixture.api.state.addReview(HUBOT, 'APPROVED', head);
    const result = await run('approved');
    const link = `https://github.com/Codertocat/Hello-World/pull/2#pullrequestreview-${review.id}`;
    expect(result.code, result.stderr).toBe(0);
    expect(result.item.status).toBe('waived');
    expect(result.row).toContain('☑️');
    expect(result.row).toContain(`waived until ${EXPIRES} by @\u200Bhubot for node \`${WORKFLOW}#post_price\`: log\\_alert ships in the next release`);
    expect(result.row).toContain(`[approved by @\u200Bhubot on the head](${link})`);
    expect(result.item.findings[0].waiver).toEqual({
      reason: 'log_alert ships in the next release', approver: '@hubot', expires: EXPIRES, origin: 'pull-request',
      scope: `node \`${WORKFLOW}#post_price\``, review: { user: 'hubot', url: link, commit: head },
    });
    expect(result.report.waivers).toEqual([expect.objectContaining({ rule: 'definition-validates/missing-node-reference', status: 'applied', origin: 'pull-request', findings: 1, file: CONFIG, line: 3, review: { user: 'hubot', url: link, commit: head } })]);
    const sarif = JSON.parse(await readFile(join(fixture.temp, 'approved.sarif'), 'utf8'));
    const suppressed = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'definition-validates/missing-node-reference');
    expect(suppressed.suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted', properties: { approver: '@hubot', expires: EXPIRES, review: { url: link } } });
    expect(suppressed.suppressions[0].justification).toContain(link);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it('a team as approver: a member\'s approval on the head applies it, read through team membership', async () => {
    fixture.api.state.teams.set('acme/platform', ['hubot']);
    fixture.api.state.addReview(OCTOCAT, 'APPROVED', teamHead);
    const review = fixture.api.state.addReview(HUBOT, 'APPROVED', teamHead);
    const result = await run('team', teamHead);
    expect(result.item.status).toBe('waived');
    expect(result.item.findings[0].waiver.review).toEqual({ user: 'hubot', url: `https://github.com/Codertocat/Hello-World/pull/2#pullrequestreview-${review.id}`, commit: teamHead });
    expect(fixture.api.callsTo('teams/get-membership-for-user-in-org').map((c) => c.path)).toEqual(['/orgs/acme/teams/platform/memberships/hubot']);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  const pending: Array<[string, () => void, RegExp]> = [
    ['approved on an older head', () => void fixture.api.state.addReview(HUBOT, 'APPROVED', older), /pending approval by @\u200Bhubot: @\u200Bhubot approved an older commit `[0-9a-f]{7}`, not the head `[0-9a-f]{7}`/],
    ['approved by the author', () => { fixture.api.state.author = HUBOT; fixture.api.state.addReview(HUBOT, 'APPROVED', head); }, /pending approval by @\u200Bhubot: @\u200Bhubot opened this pull request, and an author cannot approve their own waiver/],
    ['dismissed', () => void fixture.api.state.addReview(HUBOT, 'DISMISSED', head), /pending approval by @\u200Bhubot: the review of @\u200Bhubot was dismissed/],
    ['approved, then changes requested', () => { fixture.api.state.addReview(HUBOT, 'APPROVED', head); fixture.api.state.addReview(HUBOT, 'CHANGES_REQUESTED', head); }, /pending approval by @\u200Bhubot: @\u200Bhubot requested changes/],
    ['not approved', () => void fixture.api.state.addReview(OCTOCAT, 'APPROVED', head), /waiver until \S+ not applied, pending approval by @\u200Bhubot: log\\_alert/],
    ['reviews unreadable', () => fixture.api.inject('pulls/list-reviews', 'not-accessible'), /pending approval by @\u200Bhubot \\\(the token cannot read the reviews of this pull request\\\)/],
  ];
  it.each(pending)('%s: the item still fails and the comment says what is pending', async (name, arrange, says) => {
    arrange();
    const result = await run(name.replaceAll(' ', '-'));
    expect(result.code, result.stderr).toBe(1);
    expect(result.item.status).toBe('fail');
    expect(result.row).toMatch(/^\| ❌ \|/);
    expect(result.row).toContain('pending approval by @\u200Bhubot');
    expect(result.comment).toMatch(says);
    expect(result.outputs['failed-items']).toContain('definition-validates');
    expect(result.report.waivers).toEqual([expect.objectContaining({ status: 'pending', origin: 'pull-request', findings: 1 })]);
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);

  it.each([
    ['approved on the pull request\'s head', 'waived', 0],
    ['not approved', 'fail', 1],
  ] as const)('in the merge queue, the queued pull request\'s reviews decide: %s', async (name, status, code) => {
    if (status === 'waived') fixture.api.state.addReview(HUBOT, 'APPROVED', head);
    const event = join(fixture.temp, `merge-group-${code}.json`);
    const ref = `refs/heads/gh-readonly-queue/main/pr-2-${head}`;
    await writeFile(event, JSON.stringify({ action: 'checks_requested', merge_group: { base_sha: base, head_sha: head, head_ref: ref, base_ref: 'refs/heads/main' } }));
    const env = { GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: event, GITHUB_REF: ref };
    const result = await runActionBundle({ ...fixture, base, head, files, run: `merge-group-${code}`, env });
    const report = JSON.parse(await readFile(join(fixture.temp, 'b3os-readiness-report.json'), 'utf8'));
    expect(result.code, result.stderr).toBe(code);
    expect(report.items.find((i: { id: string }) => i.id === 'definition-validates').status).toBe(status);
    expect(fixture.api.callsTo('pulls/list-reviews').at(-1)?.path).toBe('/repos/Codertocat/Hello-World/pulls/2/reviews');
    expect(fixture.api.problems).toEqual([]);
  }, 90_000);
});
