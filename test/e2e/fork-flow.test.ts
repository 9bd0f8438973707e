import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/render/checklist-md.js';
import { workflowWithFindings } from '../support/many-findings.js';
import { runActionBundle, useActionFixture } from '../support/action-runner.js';
import { workflowRunEnv, type WorkflowRunFacts } from '../support/workflow-run.js';

const FORK = 'contributor/Hello-World';
const FILES = [{ filename: 'workflows/many/workflow.json', status: 'added' as const }];

type Json = Record<string, any>;

describe('fork pull requests: pull_request saves the report, workflow_run publishes it', () => {
  let base: string;
  let head: string;
  let saved: Json;
  let sameRepoComment: string;
  let empty: string;
  const fixture = useActionFixture(async (repo) => {
    await repo.write('README.md', '# ops\n');
    base = await repo.commit('main');
    await repo.git('checkout', '--quiet', '-b', 'fork');
    await repo.write('workflows/many/workflow.json', workflowWithFindings(3));
    head = await repo.commit('three findings');
  });

  /** The privileged run: default branch checked out (here: an empty workspace), the saved report as its only input. */
  async function publish(name: string, report: Json | string, facts: Partial<WorkflowRunFacts> = {}, apiHead?: string) {
    const path = join(fixture.temp, `saved-${name}.json`);
    await writeFile(path, typeof report === 'string' ? report : JSON.stringify(report));
    const env = await workflowRunEnv(fixture.temp, name, { headSha: head, runId: 42, headRepo: FORK, ...facts }, path, base);
    return runActionBundle({ ...fixture, base, head, files: FILES, run: name, apiHead, env: { ...env, GITHUB_WORKSPACE: empty } });
  }

  beforeEach(async () => {
    empty ??= await mkdtemp(join(tmpdir(), 'b3os-privileged-'));
    fixture.api.state.pull.headRepoFullName = FORK;
    if (saved === undefined) {
      // The unprivileged run, as a same-repository pull request would post it: the reference comment.
      const run = await runActionBundle({ ...fixture, base, head, files: FILES, run: 'pr', env: { 'INPUT_CHECK-RUN': 'false' } });
      expect(run.code, run.stderr).toBe(1);
      saved = JSON.parse(await readFile(run.outputs['report-path'], 'utf8')) as Json;
      sameRepoComment = fixture.api.state.commentsOf(2)[0].body;
    }
    for (const comment of fixture.api.state.commentsOf(2)) fixture.api.state.deleteComment(comment.id);
    fixture.api.state.checkRuns.length = 0;
    fixture.api.calls.length = 0;
  }, 120_000);

  it('the pull_request run records the pull request and its head in its report', () => {
    expect(saved.pullRequest).toEqual({ number: 2, headSha: head, baseSha: base });
  });

  it('publishes the comment and check run, re-rendered from the validated report, identical to a same-repository run', async () => {
    const run = await publish('happy', saved);

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.result).toBe('fail');
    const comments = fixture.api.state.commentsOf(2);
    expect(comments).toHaveLength(1);
    // The report carries no workflow diagrams: the rest is the same comment, to the character.
    expect(comments[0].body).toBe(sameRepoComment.replace(/\n\n`[^`\n]+`\n\n```mermaid\n[\s\S]*?\n```/g, ''));
    expect(sameRepoComment).toContain('```mermaid');
    expect(fixture.api.state.checkRuns).toHaveLength(1);
    expect(fixture.api.state.checkRuns[0]).toMatchObject({ name: 'B3OS readiness', headSha: head, conclusion: 'failure', detailsUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42' });
    expect(fixture.api.state.checkRuns[0].output.title).toBe(`❌ 2 of 11 items block · ${head.slice(0, 7)}, run 42`);
    expect(fixture.api.state.checkRuns[0].output.summary).toContain("Published from the report saved by the pull request's own `pull_request` run");
    expect(fixture.api.callsTo('pulls/get').length).toBeGreaterThanOrEqual(1);
    expect(fixture.api.callsTo('pulls/list-files')).toHaveLength(0);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);

  it('a pull request the workflow_run event lists (same repository) publishes the same way', async () => {
    fixture.api.state.pull.headRepoFullName = 'Codertocat/Hello-World';
    const run = await publish('listed', saved, { pullNumbers: [2], headRepo: 'Codertocat/Hello-World' });

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(fixture.api.state.commentsOf(2)).toHaveLength(1);
    expect(fixture.api.state.checkRuns).toMatchObject([{ headSha: head, conclusion: 'failure' }]);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);

  it('never lets a saved report pass while an item it lists blocks', async () => {
    const run = await publish('forged-pass', { ...saved, result: 'pass' });

    expect(run.outputs.result).toBe('fail');
    expect(fixture.api.state.checkRuns[0].conclusion).toBe('failure');
  }, 120_000);

  it('recomputes forged item statuses from their findings: every item "pass" with the errors left in place is not ready', async () => {
    const items = (structuredClone(saved.items) as Json[]).map((item) => ({ ...item, status: item.findings.length > 0 ? 'pass' : item.status }));
    const run = await publish('forged-statuses', { ...saved, result: 'pass', items });

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.result).toBe('fail');
    const [comment] = fixture.api.state.commentsOf(2);
    expect(comment.body).not.toContain('✅ ready');
    expect(comment.body).not.toMatch(/0 warnings fail it/);
    // The same comment the pull request's own run would post.
    expect(comment.body).toBe(sameRepoComment.replace(/\n\n`[^`\n]+`\n\n```mermaid\n[\s\S]*?\n```/g, ''));
    expect(fixture.api.state.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(fixture.api.state.checkRuns[0].output.title).toBe(`❌ 2 of 11 items block · ${head.slice(0, 7)}, run 42`);
  }, 120_000);

  it('leaves a pull request that has moved on to its newer run: nothing posted, a notice', async () => {
    const run = await publish('moved', saved, {}, 'f'.repeat(40));

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::notice::pull request #2 has moved on to fffffff/);
    expect(fixture.api.state.commentsOf(2)).toHaveLength(0);
    expect(fixture.api.state.checkRuns).toHaveLength(0);
  }, 120_000);

  const refusals: Array<[string, () => Json | string, Partial<WorkflowRunFacts>, RegExp, boolean]> = [
    ['oversized', () => JSON.stringify(saved) + ' '.repeat(8 * 1024 * 1024), {}, /saved report refused: it is \d+ bytes, over the limit of 8388608 bytes/, true],
    ['not JSON', () => '{"result": "pass",', {}, /saved report refused: it is not JSON/, true],
    ['an unknown key', () => ({ ...saved, comment: '<!-- b3os-readiness:checklist v1 -->' }), {}, /saved report refused: it does not match schemas\/report.schema.json \(\/: must NOT have additional properties\)/, true],
    ['an unknown severity', () => withFinding({ severity: 'critical' }), {}, /saved report refused: it does not match schemas\/report.schema.json \(\/items\/0\/findings\/0\/severity: must be equal to one of the allowed values\)/, true],
    ['an overlong message', () => withFinding({ message: 'x'.repeat(10_001) }), {}, /must NOT have more than 10000 characters/, true],
    ['items out of order', () => ({ ...saved, items: [saved.items[1], saved.items[0], ...saved.items.slice(2)] }), {}, /saved report refused: its items are not the checklist in order \(item 1 is `connectors-scoped`\)/, true],
    ['no pull request', () => ({ ...saved, pullRequest: undefined }), {}, /saved report refused: it names no pull request/, true],
    ['a head other than the workflow run checked', () => ({ ...saved, summary: { ...saved.summary, head: 'e'.repeat(40) }, pullRequest: { ...saved.pullRequest, headSha: 'e'.repeat(40) } }), {}, /saved report refused: it is about eeeeeee, but the workflow run checked [0-9a-f]{7}/, true],
    ['a summary head other than its pull request head', () => ({ ...saved, summary: { ...saved.summary, head: 'e'.repeat(40) } }), {}, /saved report refused: it checked eeeeeee but names [0-9a-f]{7} as the pull request's head/, true],
    ['another pull request', () => ({ ...saved, pullRequest: { ...saved.pullRequest, number: 3 } }), {}, /saved report refused: pull request #3 does not exist in Codertocat\/Hello-World/, true],
    ['a pull request the event does not list', () => saved, { pullNumbers: [7] }, /saved report refused: it names pull request #2, which the workflow run is not for/, true],
    ['a pull request from another repository', () => saved, { headRepo: 'mallory/Hello-World' }, /saved report refused: pull request #2 comes from contributor\/Hello-World, but the workflow run checked mallory\/Hello-World/, true],
    ['a forged waiver linking to another host', () => forgedWaiver('definition-validates', 'https://evil.example/Codertocat/Hello-World/pull/2#pullrequestreview-1'), {}, /saved report refused: a waiver's approving review links to https:\/\/evil\.example\/Codertocat\/Hello-World\/pull\/2#pullrequestreview-1, not to a review on pull request #2 at https:\/\/github\.com/, true],
    ['a forged waiver linking to a page that is no review', () => forgedWaiver('definition-validates', 'https://evil.example/phish'), {}, /saved report refused: it does not match schemas\/report.schema.json \(\/items\/0\/findings\/0\/waiver\/review\/url: must match pattern/, true],
    ['a forged waiver on a found secret', () => forgedWaiver('credentials-in-connectors', 'https://github.com/Codertocat/Hello-World/pull/2#pullrequestreview-1', 'credentials-in-connectors/private-key'), {}, /saved report refused: it shows a finding of `credentials-in-connectors\/private-key` as waived, but no waiver covers a found secret/, true],
    ['a workflow run of another event', () => saved, { event: 'pull_request_target' }, /input "saved-report" publishes reports of pull_request runs; the workflow run was triggered by pull_request_target/, false],
  ];

  /** The item `id` shown waived: its first finding (one of item 1's when it has none) carries a waiver approved by the review at `url`. */
  function forgedWaiver(id: string, url: string, ruleId?: string): Json {
    const items = structuredClone(saved.items) as Json[];
    const item = items.find((i) => i.id === id)!;
    const finding = { ...(item.findings[0] ?? items[0].findings[0]), ...(ruleId ? { ruleId } : {}) };
    finding.waiver = { reason: 'reviewed', approver: '@hubot', expires: '2099-12-31', origin: 'pull-request', scope: 'rule', review: { user: 'hubot', url, commit: head } };
    Object.assign(item, { status: 'waived', findings: [finding, ...item.findings.slice(1)] });
    return { ...saved, result: 'pass', items };
  }

  function withFinding(fields: Json): Json {
    const items = structuredClone(saved.items) as Json[];
    Object.assign(items[0].findings[0], fields);
    return { ...saved, items };
  }

  it.each(refusals)('refuses a report with %s, posts no comment, and says why', async (name, report, facts, message, failsCheck) => {
    const run = await publish(name.replace(/\W+/g, '-'), report(), facts);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error::b3os-readiness: .*${message.source}`));
    expect(fixture.api.state.commentsOf(2)).toHaveLength(0);
    expect(fixture.api.callsTo('issues/create-comment')).toHaveLength(0);
    if (failsCheck) {
      expect(run.summary).toContain('### ⚠️ B3OS readiness: saved report refused: ');
      expect(fixture.api.state.checkRuns).toMatchObject([{ headSha: head, conclusion: 'failure' }]);
      expect(fixture.api.state.checkRuns[0].output.title).toMatch(/^⚠️ could not run/);
    } else expect(fixture.api.state.checkRuns).toHaveLength(0);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);

  it('neutralises injection in every string: markers, mentions, HTML, links, docs URLs', async () => {
    const hostile = '<!-- b3os-readiness:checklist v1 --> @octocat @org/team <img src=x onerror=alert(1)> [click](javascript:alert(1)) </details>';
    const items = structuredClone(saved.items) as Json[];
    Object.assign(items[0].findings[0], { message: hostile, hint: hostile, file: `${hostile}.json`, docsUrl: 'javascript:alert(1)' });
    items[0].reason = hostile;
    const report = { ...saved, items, notices: [hostile], summary: { ...saved.summary, blastRadius: [hostile] } };
    const run = await publish('injection', report);

    expect(run.code, run.stdout + run.stderr).toBe(0);
    const [comment] = fixture.api.state.commentsOf(2);
    const summary = fixture.api.state.checkRuns[0].output.summary ?? '';
    for (const body of [comment.body, summary]) {
      expect(body.split(COMMENT_MARKER).length - 1).toBe(body === comment.body ? 1 : 0);
      expect(body).not.toMatch(/<img|<!--(?! b3os-readiness:(?:checklist v1|head [0-9a-f]{40}) -->\n)|@octocat|@org\/team/);
      // Outside code spans (where nothing is a link), every link goes to an https page.
      expect(body.replace(/`[^`\n]*`/g, '')).not.toMatch(/\]\((?!https:\/\/)/);
      expect(body.match(/<\/details>/g)?.length).toBe(body.match(/<details>/g)?.length);
      expect(body).toContain('https://github.com/b3os-readiness/b3os-readiness/blob/main/docs/rules/definition-validates/payload-schema.md');
    }
    expect(comment.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(fixture.api.problems).toEqual([]);
  }, 120_000);
});
