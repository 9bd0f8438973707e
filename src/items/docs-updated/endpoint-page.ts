import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { apiDocsMentions, openapiFiles, operationsOf } from './endpoints.js';

/** Every endpoint added to the OpenAPI description is named (`METHOD /path`) on a page under `docs/api/`. */
export const endpointPage = defineRule(
  {
    id: 'docs-updated/endpoint-page',
    description: 'every endpoint added to openapi/*.{yaml,json} is named as `METHOD /path` on a page under docs/api/',
    severity: 'error',
  },
  async (ctx, { report }) => {
    const files = ctx.affected.objects('openapi').flatMap((o) => o.files);
    if (files.length === 0) return;
    const { operations, broken } = await operationsOf(ctx.head, files);
    for (const doc of broken) {
      const problem = doc.problems.find((p) => p.fatal);
      report({
        message: `the endpoints of ${doc.path} cannot be checked for docs: the file does not parse${problem ? ` (${problem.message})` : ''}`,
        hint: 'fix the OpenAPI file so it parses',
        location: { file: doc.path, line: problem?.span.line ?? 1, column: problem?.span.column ?? 1 },
        unverified: true,
      });
    }
    const before = ctx.base ? new Set((await operationsOf(ctx.base, openapiFiles(ctx.base))).operations.map((o) => o.key)) : new Set<string>();
    const documented = new Set((await apiDocsMentions(ctx)).map((m) => m.key));
    const pages = ctx.settings.paths.apiDocs.map((p) => `\`${p}\``).join(' or ');
    for (const operation of operations) {
      if (before.has(operation.key) || documented.has(operation.key)) continue;
      report({
        message: `endpoint \`${operation.key}\` has no docs: no page under ${pages} names it`,
        hint: `add a page under ${pages} that describes \`${operation.key}\` (request, response, errors)`,
        location: locationIn(operation.doc, operation.pointer, true),
      });
    }
  },
);
