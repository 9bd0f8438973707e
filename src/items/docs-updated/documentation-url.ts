import { fillPattern } from '../../core/pattern.js';
import { defineRule } from '../../core/rule.js';
import { definitionFieldLocation } from './definition-location.js';
import { docsPatterns, pagePathOf } from './documented.js';

/** A definition's `documentationUrl` points at its docs page (the page path below `docs/`, without extension). */
export const documentationUrl = defineRule(
  {
    id: 'docs-updated/documentation-url',
    description: "an action's or trigger's documentationUrl ends with the path of its docs page",
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const kind of ['action', 'trigger'] as const) {
      for (const object of ctx.affected.objects(kind)) {
        const entry = ctx.catalog.lookup(object.id);
        const url = entry?.source === 'repository' ? entry.documentationUrl : undefined;
        if (!entry || url === undefined) continue;
        const candidates = docsPatterns(ctx, kind).map((p) => fillPattern(p, object.id));
        const page = pagePathOf(ctx, kind, object.id) ?? candidates[0];
        const stems = [...new Set([page, ...candidates].map(pageStem))];
        if (stems.some((stem) => urlPath(url).endsWith(`/${stem}`))) continue;
        report({
          message: `\`documentationUrl\` of \`${object.id}\` is \`${shownUrl(url)}\`, which does not point at its docs page \`${page}\``,
          hint: `end the URL with \`/${stems[0]}\`, e.g. \`${siteOf(url)}/${stems[0]}\``,
          location: await definitionFieldLocation(ctx, entry, 'documentationUrl'),
        });
      }
    }
  },
);

/** The scheme and host of a URL, e.g. `https://docs.acme.example`; the B3OS docs site when there is none. */
function siteOf(url: string): string {
  return /^https?:\/\/[^/?#\s]+/i.exec(url)?.[0] ?? 'https://docs.b3os.org';
}

/** The URL as shown in a message: without query and fragment, which may carry tokens. */
function shownUrl(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/** A page path as its URL path: below `docs/`, without `.md`/`.mdx`. */
export function pageStem(path: string): string {
  return path.replace(/^docs\//, '').replace(/\.mdx?$/i, '');
}

/** The path of a URL without query, fragment, trailing slash or a `.md`/`.mdx`/`.html` suffix. */
export function urlPath(url: string): string {
  return url.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/\.(mdx?|html?)$/i, '');
}
