/** GitHub-style `per_page`/`page` pagination with an RFC 8288 `Link` header. */
import type { ApiRequest, ApiResponse } from './types.js';

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/**
 * One page of `items` as GitHub serves it: `per_page` defaults to 30 and is clamped to 100, `page`
 * defaults to 1. The `Link` header is computed from all of `items`; items at or past `cap` are never
 * served (GitHub's 3,000-file limit: the pages past it are empty while `Link` still advertises them).
 */
export function paginate<T>(request: ApiRequest, items: readonly T[], toJson: (item: T) => unknown, cap = Infinity): ApiResponse {
  const perPage = Math.min(Math.max(Number(request.query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
  const page = Math.max(Number(request.query.page ?? 1) || 1, 1);
  const start = (page - 1) * perPage;
  const end = Math.min(start + perPage, items.length, cap);
  const served = start < end ? items.slice(start, end) : [];
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const link = linkHeader(request, page, lastPage);
  return { status: 200, body: served.map(toJson), headers: link ? { link } : {} };
}

function linkHeader(request: ApiRequest, page: number, lastPage: number): string {
  const relations: [string, number][] = [];
  if (page < lastPage) relations.push(['next', page + 1], ['last', lastPage]);
  if (page > 1) relations.push(['first', 1], ['prev', Math.min(page - 1, lastPage)]);
  return relations.map(([rel, target]) => `<${pageUrl(request, target)}>; rel="${rel}"`).join(', ');
}

function pageUrl(request: ApiRequest, page: number): string {
  const url = new URL(request.path, request.origin);
  for (const [key, value] of Object.entries(request.query)) url.searchParams.set(key, value);
  url.searchParams.set('page', String(page));
  return url.toString();
}
