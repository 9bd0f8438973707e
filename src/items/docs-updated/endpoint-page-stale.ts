import { defineRule } from '../../core/rule.js';
import { apiDocsMentions, openapiFiles, operationsOf } from './endpoints.js';

/** An endpoint removed from the OpenAPI description is no longer documented under `docs/api/`. */
export const endpointPageStale = defineRule(
  {
    id: 'docs-updated/endpoint-page-stale',
    description: 'an endpoint removed from openapi/*.{yaml,json} is no longer named on a page under docs/api/',
    severity: 'error',
  },
  async (ctx, { report }) => {
    if (!ctx.base) return;
    const touched = ctx.affected.objects('openapi').length > 0 || [...ctx.affected.removed].some((key) => key.startsWith('openapi:'));
    if (!touched) return;
    const before = (await operationsOf(ctx.base, openapiFiles(ctx.base))).operations;
    const head = await operationsOf(ctx.head, openapiFiles(ctx.head));
    // A file that does not parse at head would make all its endpoints look removed; endpoint-page reports it.
    if (head.broken.length > 0) return;
    const after = new Set(head.operations.map((o) => o.key));
    const removed = new Set(before.map((o) => o.key).filter((key) => !after.has(key)));
    if (removed.size === 0) return;
    for (const mention of await apiDocsMentions(ctx)) {
      if (!removed.has(mention.key)) continue;
      report({
        message: `\`${mention.key}\` is documented here but was removed from the OpenAPI description`,
        hint: 'remove the endpoint from the page, or restore it in the OpenAPI description',
        location: { file: mention.file, line: mention.line, column: mention.column },
      });
    }
  },
);
