import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { checkDiffTable } from '../../support/diff-harness.js';
import { API, API_PAGE, API_PAGE_PATH as DOC, API_PATH, DELETE_ROW, POST_OPERATION, replaced } from './endpoint-fixtures.js';

const JSON_API = `${JSON.stringify({ openapi: '3.1.0', paths: { '/v1/payouts': { get: {}, parameters: [] } } }, null, 2)}\n`;

describe('docs-updated/endpoint-page', () => {
  it('every endpoint is named on a page under docs/api (all mode)', () =>
    checkRuleTable('docs-updated/endpoint-page', [
      { name: 'all documented', files: { [API_PATH]: API, [DOC]: API_PAGE }, expected: [] },
      { name: 'parameters are not an operation', files: { 'openapi/payouts.json': JSON_API, [DOC]: '`GET /v1/payouts`.' }, expected: [] },
      { name: 'one endpoint undocumented, at its method key', files: { [API_PATH]: API, [DOC]: replaced(API_PAGE, DELETE_ROW, '') }, expected: [{ severity: 'error', file: API_PATH, line: 12, column: 5, message: /endpoint `DELETE \/v1\/payouts\/\{id\}` has no docs: no page under `docs\/api\/\*\*` names it/ }] },
      { name: 'a longer path does not count', files: { [API_PATH]: API, [DOC]: replaced(API_PAGE, DELETE_ROW, '| DELETE /v1/payouts/{id}/items | x |\n') }, expected: [{ severity: 'error', file: API_PATH, line: 12, column: 5 }] },
      { name: 'a page outside docs/api does not count', files: { 'openapi/payouts.json': JSON_API, 'docs/guide.md': 'Call `GET /v1/payouts`.' }, expected: [{ severity: 'error', file: 'openapi/payouts.json', line: 5, column: 7, message: /`GET \/v1\/payouts`/ }] },
      { name: 'description that does not parse: unverified', files: { [API_PATH]: 'paths: [\n', [DOC]: API_PAGE }, expected: [{ severity: 'error', file: API_PATH, line: 2, column: 1, message: /cannot be checked for docs: the file does not parse/ }] },
    ]));

  it('only endpoints added since base need a page (diff mode)', () =>
    checkDiffTable('docs-updated/endpoint-page', [
      { name: 'added and documented', base: { [API_PATH]: replaced(API, POST_OPERATION, '') }, head: { [API_PATH]: API, [DOC]: API_PAGE }, expected: [] },
      {
        name: 'added without docs; older endpoints are not held to it',
        base: { [API_PATH]: replaced(API, POST_OPERATION, '') },
        head: { [API_PATH]: API, [DOC]: '# Payouts\n\nNothing yet.\n' },
        expected: [{ severity: 'error', file: API_PATH, line: 9, column: 5, message: /`POST \/v1\/payouts`/ }],
      },
    ]));
  it('reads every method, and the ways pages name an endpoint', () => {
    const ALL = `paths:\n  /v1/a:\n${['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].map((m) => `    ${m}:\n      summary: ${m}\n`).join('')}`;
    const NAMED = '# A\n\n`GET  /v1/a`, PUT\t/v1/a, POST /v1/a?dry=1, DELETE /v1/a...\nOPTIONS /v1/a: preflight; HEAD /v1/a (no body)\n| PATCH /v1/a | TRACE /v1/a |\n';
    const missing = (line: number, method: string) => ({ severity: 'error' as const, file: API_PATH, line, column: 5, message: new RegExp(`^endpoint \`${method} /v1/a\` has no docs: no page under \`docs/api/\\*\\*\` names it$`) });
    return checkRuleTable('docs-updated/endpoint-page', [
      { name: 'each method named once', files: { [API_PATH]: ALL, [DOC]: NAMED }, expected: [] },
      {
        name: 'no method named',
        files: { [API_PATH]: ALL, [DOC]: '# A\n\nNothing yet: XGET /v1/a, GET/v1/a.\n' },
        expected: [missing(3, 'GET'), missing(5, 'PUT'), missing(7, 'POST'), missing(9, 'DELETE'), missing(11, 'OPTIONS'), missing(13, 'HEAD'), missing(15, 'PATCH'), missing(17, 'TRACE')],
      },
      {
        name: 'the fix names the endpoint and every docs path',
        files: { '.github/b3os-readiness.yml': 'version: 1\npaths:\n  apiDocs: ["docs/api/**", "reference/**"]\n', [API_PATH]: API, [DOC]: replaced(API_PAGE, DELETE_ROW, '') },
        expected: [{ severity: 'error', file: API_PATH, line: 12, column: 5, message: /no page under `docs\/api\/\*\*` or `reference\/\*\*` names it$/, hint: /^add a page under `docs\/api\/\*\*` or `reference\/\*\*` that describes `DELETE \/v1\/payouts\/\{id\}` \(request, response, errors\)$/ }],
      },
      { name: 'a page under the second docs path', files: { '.github/b3os-readiness.yml': 'version: 1\npaths:\n  apiDocs: ["docs/api/**", "reference/**"]\n', [API_PATH]: API, 'reference/payouts.md': API_PAGE }, expected: [] },
      { name: 'a path with two parameters and a dot', files: { [API_PATH]: 'paths:\n  /v1/payouts/{id}/items/{item}:\n    get:\n      summary: x\n  /v1/report.csv:\n    get:\n      summary: y\n', [DOC]: 'See `GET /v1/payouts/{id}/items/{item}`, and GET /v1/report.csv.\n' }, expected: [] },
      { name: 'paths that are no operations', files: { [API_PATH]: 'paths:\n  x-note: hi\n  x-template:\n    get:\n      summary: not an operation\n  /v1/b: 5\n  /v1/c: null\n', [DOC]: '# none\n' }, expected: [] },
      { name: 'a paths list', files: { [API_PATH]: 'paths:\n  - /v1/a\n', [DOC]: '# none\n' }, expected: [] },
      { name: 'paths null', files: { [API_PATH]: 'openapi: 3.1.0\npaths: null\n', [DOC]: '# none\n' }, expected: [] },
      { name: 'a binary description file: unverified', files: { 'openapi/blob.json': new Uint8Array([0xff, 0xfe, 0x00, 0x41]), [DOC]: '# none\n' }, expected: [{ severity: 'error', file: 'openapi/blob.json', line: 1, column: 1, unverified: true, message: /^the endpoints of openapi\/blob\.json cannot be checked for docs: the file does not parse/ }] },
      { name: 'a description that is a symbolic link', files: { 'openapi/link.yaml': { symlink: '../elsewhere.yaml' }, [DOC]: '# none\n' }, expected: [] },
      { name: 'a binary page names nothing', files: { [API_PATH]: API, [DOC]: new Uint8Array([0xff, 0xfe, 0x00, 0x41]), 'docs/api/ok.md': replaced(API_PAGE, DELETE_ROW, '') }, expected: [{ severity: 'error', file: API_PATH, line: 12, column: 5 }] },
      { name: 'JSON description that does not parse, at the column of the error', files: { 'openapi/payouts.json': '{ "openapi": "3.1.0", "paths": { ] }\n', [DOC]: API_PAGE }, expected: [{ severity: 'error', file: 'openapi/payouts.json', line: 1, column: 34, unverified: true, message: /cannot be checked for docs: the file does not parse \(/ }] },
      {
        name: 'description that does not parse: the parser\'s words and place',
        files: { [API_PATH]: 'openapi: 3.1.0\npaths: [\n', [DOC]: API_PAGE },
        expected: [{ severity: 'error', file: API_PATH, line: 3, column: 1, unverified: true, message: /^the endpoints of openapi\/payouts\.yaml cannot be checked for docs: the file does not parse \(.+\)$/, hint: /^fix the OpenAPI file so it parses$/ }],
      },
    ]);
  });
});
