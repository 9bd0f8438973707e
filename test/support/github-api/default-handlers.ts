/**
 * The server's default behaviour per operation: stateful issue comments, the pull request and its
 * files from `ApiState`, and the spec's examples for the rest.
 */
import { graphqlResponse } from './graphql.js';
import { paginate } from './pagination.js';
import { toCheckRun, toDiffEntry, toIssueComment, toPrivateUser, toPullRequest, toPullRequestReview, toSimpleUser, toTeamMembership } from './resources.js';
import { example } from './spec.js';
import { MAX_COMMENT_BODY, type ApiState } from './state.js';
import type { ApiRequest, ApiResponse, OperationId } from './types.js';

/** GitHub's cap on `pulls/list-files`. */
export const LIST_FILES_CAP = 3000;

type DefaultHandler = (request: ApiRequest, state: ApiState) => ApiResponse;

/** A GitHub error body: `{ message, documentation_url, status }`. */
export function errorBody(status: number, message: string): ApiResponse {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
}

const notFound = (): ApiResponse => errorBody(404, 'Not Found');

function bodyTooLong(): ApiResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_COMMENT_BODY} characters)` }],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    },
  };
}

/** What GitHub answers a token without `checks: write` (the Actions token's default on fork pull requests). */
function checksForbidden(): ApiResponse {
  return { ...errorBody(403, 'Resource not accessible by integration'), headers: { 'x-accepted-github-permissions': 'checks=write' } };
}

function commentText(request: ApiRequest): string {
  return String((request.body as { body?: unknown }).body);
}

const handlers: Record<OperationId, DefaultHandler> = {
  'pulls/list-files': (req, state) => {
    const { owner, repo } = req.params;
    return paginate(req, state.files, (file) => toDiffEntry(file, state.pull.headSha, owner, repo), LIST_FILES_CAP);
  },
  'pulls/get': (req, state) =>
    Number(req.params.pull_number) === state.pull.number ? { status: 200, body: { ...toPullRequest(state.pull, state.files.length), user: toSimpleUser(state.author) } } : notFound(),
  'pulls/list-reviews': (req, state) => {
    const { owner, repo, pull_number: number } = req.params;
    if (Number(number) !== state.pull.number) return notFound();
    return paginate(req, state.reviews, (review) => toPullRequestReview(review, owner, repo, Number(number)));
  },
  'teams/get-membership-for-user-in-org': (req, state) => {
    const { org, team_slug: team, username } = req.params;
    const members = state.teams.get(`${org}/${team}`) ?? [];
    // The description documents this 404 ("if user has no team membership") without a body.
    return members.some((m) => m.toLowerCase() === username.toLowerCase()) ? { status: 200, body: toTeamMembership(org, team, username) } : { status: 404 };
  },
  'issues/list-comments': (req, state) => {
    const comments = state.commentsOf(Number(req.params.issue_number));
    return paginate(req, comments, (c) => toIssueComment(c, req.params.owner, req.params.repo));
  },
  'issues/create-comment': (req, state) => {
    const text = commentText(req);
    if (text.length > MAX_COMMENT_BODY) return bodyTooLong();
    const comment = state.addComment(Number(req.params.issue_number), text, state.identityFor(req.token));
    return { status: 201, body: toIssueComment(comment, req.params.owner, req.params.repo) };
  },
  'issues/update-comment': (req, state) => {
    const text = commentText(req);
    if (text.length > MAX_COMMENT_BODY) return bodyTooLong();
    const comment = state.updateComment(Number(req.params.comment_id), text);
    return comment ? { status: 200, body: toIssueComment(comment, req.params.owner, req.params.repo) } : notFound();
  },
  'issues/delete-comment': (req, state) => (state.deleteComment(Number(req.params.comment_id)) ? { status: 204 } : notFound()),
  'checks/create': (req, state) => {
    if (!state.checksWritable) return checksForbidden();
    return { status: 201, body: toCheckRun(state.addCheckRun(req.body as Record<string, unknown>), req.params.owner, req.params.repo) };
  },
  'checks/update': (req, state) => {
    if (!state.checksWritable) return checksForbidden();
    const run = state.updateCheckRun(Number(req.params.check_run_id), req.body as Record<string, unknown>);
    return run ? { status: 200, body: toCheckRun(run, req.params.owner, req.params.repo) } : notFound();
  },
  'repos/get-content': () => ({ status: 200, body: example('content-file-response-if-content-is-a-file') }),
  'users/get-authenticated': (req, state) => {
    const identity = state.identityFor(req.token);
    if (identity.userEndpoint === 'forbidden') return errorBody(403, 'Resource not accessible by integration');
    return { status: 200, body: toPrivateUser(identity) };
  },
  'apps/get-authenticated': () => ({ status: 200, body: example('integration') }),
  graphql: (req, state) => graphqlResponse(req, state),
};

/** Runs the default behaviour for a routed request. */
export function defaultResponse(request: ApiRequest, state: ApiState): ApiResponse {
  return handlers[request.operationId](request, state);
}
