import { describe, expect, it } from 'vitest';
import { auditFiles, findingsOf } from '../../support/rule-harness.js';
import { checkDiffTable } from '../../support/diff-harness.js';
import { API, API_PAGE, API_PAGE_PATH as DOC, API_PATH, DELETE_OPERATION, DELETE_ROW, replaced } from './endpoint-fixtures.js';

const WITHOUT_DELETE = replaced(API, DELETE_OPERATION, '');

describe('docs-updated/endpoint-page-stale', () => {
  it('an endpoint removed from the description is no longer documented', () =>
    checkDiffTable('docs-updated/endpoint-page-stale', [
      { name: 'removed with its docs', base: { [API_PATH]: API, [DOC]: API_PAGE }, head: { [API_PATH]: WITHOUT_DELETE, [DOC]: replaced(API_PAGE, DELETE_ROW, '') }, expected: [] },
      { name: 'moved to another description file', base: { [API_PATH]: API, [DOC]: API_PAGE }, head: { [API_PATH]: WITHOUT_DELETE, 'openapi/admin.yaml': `paths:\n${DELETE_OPERATION}`, [DOC]: API_PAGE }, expected: [] },
      { name: 'head description does not parse: left to endpoint-page', base: { [API_PATH]: API, [DOC]: API_PAGE }, head: { [API_PATH]: 'paths: [\n', [DOC]: API_PAGE }, expected: [] },
      {
        name: 'removed but still documented, at the mention',
        base: { [API_PATH]: API, [DOC]: API_PAGE },
        head: { [API_PATH]: WITHOUT_DELETE, [DOC]: API_PAGE },
        expected: [{ severity: 'error', file: DOC, line: 13, column: 3, message: /`DELETE \/v1\/payouts\/\{id\}` is documented here but was removed from the OpenAPI description/ }],
      },
      {
        name: 'description file deleted',
        base: { [API_PATH]: API, [DOC]: API_PAGE },
        head: { [DOC]: API_PAGE },
        expected: [
          { severity: 'error', file: DOC, line: 3, column: 5, message: /`GET \/v1\/payouts`/ },
          { severity: 'error', file: DOC, line: 7, column: 5, message: /`POST \/v1\/payouts`/ },
          { severity: 'error', file: DOC, line: 13, column: 3, message: /`DELETE \/v1\/payouts\/\{id\}`/ },
        ],
      },
    ]));
  it('words the fix, and is left alone when nothing was removed', () =>
    checkDiffTable('docs-updated/endpoint-page-stale', [
      { name: 'only the page changes', base: { [API_PATH]: API, [DOC]: API_PAGE }, head: { [API_PATH]: API, [DOC]: `${API_PAGE}\nMore.\n` }, expected: [] },
      { name: 'an endpoint is added', base: { [API_PATH]: WITHOUT_DELETE, [DOC]: API_PAGE }, head: { [API_PATH]: API, [DOC]: API_PAGE }, expected: [] },
      {
        name: 'removed but still documented',
        base: { [API_PATH]: API, [DOC]: API_PAGE },
        head: { [API_PATH]: WITHOUT_DELETE, [DOC]: API_PAGE },
        expected: [{ severity: 'error', file: DOC, line: 13, column: 3, message: /^`DELETE \/v1\/payouts\/\{id\}` is documented here but was removed from the OpenAPI description$/, hint: /^remove the endpoint from the page, or restore it in the OpenAPI description$/ }],
      },
    ]));

  it('needs a base to compare with: a whole repository is left to endpoint-page', async () => {
    const report = await auditFiles({ [API_PATH]: WITHOUT_DELETE, [DOC]: API_PAGE });
    expect(findingsOf(report, 'docs-updated/endpoint-page-stale')).toEqual([]);
    expect(findingsOf(report, 'docs-updated/endpoint-page')).toEqual([]);
  });
});
