/**
 * Where the rendered report links to: the file and line on the PR head, the full report, the
 * rules index. URLs are built from untrusted paths, so every one goes through `safeUrl`.
 */
import type { Location } from '../core/types.js';

/** The link targets a renderer may use; absent ones are simply not linked. */
export interface LinkContext {
  /** Base for file links, e.g. `https://github.com/o/r/blob/<sha>`; no link to files without it. */
  readonly blobBase?: string;
  /** The job summary (full report), linked from the comment header and truncation notes. */
  readonly summaryUrl?: string;
  /** The command that reproduces the run locally, e.g. `b3os-readiness check --base origin/main`. */
  readonly reproduce: string;
  /** The rules documentation index. */
  readonly rulesUrl: string;
}

// Everything outside this set is percent-encoded, so a URL can never close a Markdown link
// destination (`)`, space, `<`, `>`) or quote an HTML attribute.
const URL_UNSAFE = /[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/g;

/**
 * Returns `url` with every character that could end a Markdown link destination percent-encoded
 * (UTF-8), or undefined when it is not an absolute http(s) URL (no `javascript:`, no relative).
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^/\s]/i.test(url)) return undefined;
  return url.replace(URL_UNSAFE, (char) =>
    Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(
      '',
    ),
  );
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Percent-encodes each `/`-separated segment of a repository-relative path for use in a URL. */
export function encodePath(path: string): string {
  // encodeURIComponent throws on a lone surrogate; a path is data and must never crash a renderer.
  return path.replace(LONE_SURROGATE, '\ufffd').split('/').map(encodeURIComponent).join('/');
}

/**
 * The URL of a finding's line on the PR head (`<blobBase>/<path>#L<line>`), or undefined when
 * there is no `blobBase`, no location, or the result would not be a safe URL.
 */
export function fileLineUrl(links: LinkContext, location: Location | undefined): string | undefined {
  if (links.blobBase === undefined || location === undefined) return undefined;
  const base = links.blobBase.replace(/\/+$/, '');
  return safeUrl(`${base}/${encodePath(location.file)}#L${location.line}`);
}

/** `[text](url)` with a safe URL, or the text alone when the URL is missing or unsafe. */
export function markdownLink(textMarkdown: string, url: string | undefined): string {
  const target = safeUrl(url);
  return target === undefined ? textMarkdown : `[${textMarkdown}](${target})`;
}
