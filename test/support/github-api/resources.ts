/**
 * Resource bodies built from the spec's own examples, so every default response validates against
 * the documented schema; only the fields the state decides are overwritten.
 */
import { example } from './spec.js';
import type { Identity, PullFile, PullInfo, StoredCheckRun, StoredComment, StoredReview } from './state.js';

type Json = Record<string, unknown>;

const API = 'https://api.github.com';

/** A `simple-user` for an identity (bots have `/apps/…` html URLs on GitHub). */
export function toSimpleUser(identity: Identity): Json {
  const user = example<Json>('issue-comment').user as Json;
  const slug = encodeURIComponent(identity.login);
  return {
    ...user,
    login: identity.login,
    id: identity.id,
    node_id: Buffer.from(`04:User${identity.id}`).toString('base64'),
    url: `${API}/users/${slug}`,
    html_url: identity.type === 'Bot' ? `https://github.com/apps/${slug.replace(/%5Bbot%5D$/i, '')}` : `https://github.com/${slug}`,
    type: identity.type,
  };
}

/** An `issue-comment` for a stored comment. */
export function toIssueComment(comment: StoredComment, owner: string, repo: string): Json {
  return {
    ...example<Json>('issue-comment'),
    id: comment.id,
    node_id: Buffer.from(`012:IssueComment${comment.id}`).toString('base64'),
    url: `${API}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${API}/repos/${owner}/${repo}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: toSimpleUser(comment.author),
    author_association: comment.author.type === 'Bot' ? 'NONE' : 'COLLABORATOR',
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  };
}

/** A `diff-entry` for one pull request file at `headSha`. */
export function toDiffEntry(file: PullFile, headSha: string, owner: string, repo: string): Json {
  const [template] = example<Json[]>('diff-entry-items');
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  const entry: Json = {
    ...template,
    filename: file.filename,
    status: file.status,
    sha: file.status === 'removed' ? '0000000000000000000000000000000000000000' : 'bbcd538c8e72b8c175046e27cc8f907076331401',
    blob_url: `https://github.com/${owner}/${repo}/blob/${headSha}/${path}`,
    raw_url: `https://github.com/${owner}/${repo}/raw/${headSha}/${path}`,
    contents_url: `${API}/repos/${owner}/${repo}/contents/${path}?ref=${headSha}`,
  };
  if (file.previous_filename !== undefined) entry.previous_filename = file.previous_filename;
  return entry;
}

/** A `pull-request` for the state's pull request. */
export function toPullRequest(pull: PullInfo, fileCount: number): Json {
  const body = example<Json>('pull-request');
  const head = body.head as Json;
  const base = body.base as Json;
  return {
    ...body,
    number: pull.number,
    changed_files: pull.changedFiles ?? fileCount,
    // The example's team lacks the now-required `type`; an empty list is equally real.
    requested_teams: [],
    head: { ...head, sha: pull.headSha, repo: withFullName(head.repo as Json, pull.headRepoFullName) },
    base: { ...base, sha: pull.baseSha, repo: withFullName(base.repo as Json, pull.baseRepoFullName) },
  };
}

function withFullName(repo: Json, fullName: string): Json {
  const [ownerLogin, name] = fullName.split('/');
  return { ...repo, full_name: fullName, name, owner: { ...(repo.owner as Json), login: ownerLogin } };
}

/** A `private-user` for an identity (what `GET /user` returns to a user token). */
export function toPrivateUser(identity: Identity): Json {
  const user = example<Json>('private-user-response-with-public-and-private-profile-information');
  return { ...user, ...toSimpleUser(identity) };
}

/** A `check-run` for a stored check run. */
export function toCheckRun(run: StoredCheckRun, owner: string, repo: string): Json {
  const body = example<Json>('check-run');
  const output = body.output as Json;
  return {
    ...body,
    id: run.id,
    node_id: Buffer.from(`08:CheckRun${run.id}`).toString('base64'),
    name: run.name,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion,
    external_id: run.externalId ?? '',
    details_url: run.detailsUrl ?? null,
    url: `${API}/repos/${owner}/${repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    output: { ...output, title: run.output.title, summary: run.output.summary, text: null, annotations_count: run.annotations.length, annotations_url: `${API}/repos/${owner}/${repo}/check-runs/${run.id}/annotations` },
  };
}

/** A `pull-request-review` for a stored review of pull request `number`. */
export function toPullRequestReview(review: StoredReview, owner: string, repo: string, number: number): Json {
  const [template] = example<Json[]>('pull-request-review-items');
  const html = `https://github.com/${owner}/${repo}/pull/${number}#pullrequestreview-${review.id}`;
  return {
    ...template,
    id: review.id,
    node_id: Buffer.from(`017:PullRequestReview${review.id}`).toString('base64'),
    user: toSimpleUser(review.user),
    state: review.state,
    commit_id: review.commitId,
    html_url: html,
    pull_request_url: `${API}/repos/${owner}/${repo}/pulls/${number}`,
    _links: { html: { href: html }, pull_request: { href: `${API}/repos/${owner}/${repo}/pulls/${number}` } },
    submitted_at: review.submittedAt,
    author_association: 'MEMBER',
  };
}

/** A `team-membership` of an active member. */
export function toTeamMembership(org: string, team: string, login: string): Json {
  return {
    ...example<Json>('team-membership-response-if-user-is-a-team-maintainer'),
    url: `${API}/organizations/1/team/1/memberships/${encodeURIComponent(login)}`,
    role: 'member',
    state: 'active',
  };
}
