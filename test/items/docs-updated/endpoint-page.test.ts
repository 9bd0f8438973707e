import { describe, it } from 'vitest';
import { checkRuleTable } from '../../support/rule-harness.js';
import { checkDiffTable } from './diff-harness.js';
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
});
