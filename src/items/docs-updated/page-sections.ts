import type { ReportedFinding } from '../../core/rule.js';
import { defineRule } from '../../core/rule.js';
import { headingsFor, type Settings } from '../../core/settings.js';
import { MAX_CONTAINER_MARKERS, MAX_LINES, MAX_PAGE_CHARS } from '../../docs/markdown-guard.js';
import { findSection, pageAnchor } from '../../docs/page.js';
import { describeHidden, findHiddenCharacters, MAX_HIDDEN_REPORTS } from '../../parse/hidden.js';
import { lineTableOf } from '../../parse/lines.js';
import { quoteText } from '../../parse/problem.js';
import { documentedTypes, type DocumentedType } from './documented.js';

/**
 * The page of an action or trigger names its type in the frontmatter and has the four sections.
 * Every readable page is also searched for hidden characters (bidi controls, zero-width), as
 * definition files are by the parser.
 */
export const pageSections = defineRule(
  {
    id: 'docs-updated/page-sections',
    description: 'an action or trigger page has frontmatter `type` equal to its id and the sections At a Glance, Payload Schema, Result Schema and Examples (or the docs site\'s names for them), and hides no bidi or zero-width character',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const doc of await documentedTypes(ctx)) {
      const text = await ctx.head.text(doc.page.path);
      const hidden = text === undefined ? undefined : hiddenCharacterFinding(doc, text);
      if (hidden) report(hidden);
      const unparsed = doc.page.unparsed;
      if (unparsed) {
        const location = { file: doc.page.path, line: unparsed.line, column: unparsed.column };
        report({ message: `the ${doc.kind} page of \`${doc.id}\` cannot be checked: ${unparsed.message}`, hint: `keep the page plain UTF-8 Markdown, under ${MAX_PAGE_CHARS / 1024} KB and ${MAX_LINES} lines, with lists and quotes nested at most ${MAX_CONTAINER_MARKERS} levels`, location, unverified: true });
        continue;
      }
      for (const finding of [...frontmatterFindings(doc, ctx.settings.docs.layout), ...sectionFindings(doc, ctx.settings.docs)]) report(finding);
    }
  },
);

/**
 * One finding per page, at the first hidden character (Trojan Source, CVE-2021-42574): the page
 * renders differently from what reviewers read in the diff and what readers copy. A warning, as
 * `definition-validates/syntax` reports the same characters in JSON and YAML.
 */
function hiddenCharacterFinding({ page, kind }: DocumentedType, text: string): ReportedFinding | undefined {
  const found = findHiddenCharacters(text);
  if (found.length === 0) return undefined;
  const first = found[0];
  const more = found.length === 1 ? '' : ` (the first of ${found.length === MAX_HIDDEN_REPORTS ? `${MAX_HIDDEN_REPORTS} or more` : found.length})`;
  return {
    message: `the ${kind} page has a hidden character ${describeHidden(text.charCodeAt(first.start))}${more}`,
    hint: 'remove every hidden character from the page: it makes the text display differently from what tools read and readers copy',
    location: { file: page.path, ...lineTableOf(text).position(first.start) },
    severity: 'warning',
  };
}

function frontmatterFindings({ page, id }: DocumentedType, layout: Settings['docs']['layout']): ReportedFinding[] {
  const expected = `add \`type: ${id}\` to the frontmatter`;
  if (page.problems.length > 0) {
    return page.problems.map((p) => ({ message: p.message, hint: 'fix the frontmatter between the `---` lines', location: { file: page.path, line: p.line, column: p.column } }));
  }
  const frontmatter = page.frontmatter;
  // The docs site's own pages carry none: in its layout the path alone names the type.
  if (!frontmatter && layout === 'docs-site') return [];
  if (!frontmatter) {
    // The path already names the type (the B3OS reference pages carry no frontmatter): a warning.
    return [{ message: `the page has no frontmatter naming the type it documents, \`${id}\``, hint: `start the page with \`---\`, \`type: ${id}\`, \`---\``, location: pageAnchor(page), severity: 'warning' }];
  }
  const type = frontmatter.data?.type;
  if (type === undefined) {
    return [{ message: `the frontmatter has no \`type\`; this page documents \`${id}\``, hint: expected, location: { file: page.path, line: frontmatter.line, column: frontmatter.column }, severity: 'warning' }];
  }
  if (type === id) return [];
  // quoteText: the value is untrusted page text and may itself hold hidden characters.
  const shown = typeof type === 'string' ? quoteText(type) : 'not a string';
  return [{ message: `the frontmatter \`type\` is ${shown}, but this page documents \`${id}\``, hint: `set \`type: ${id}\``, location: { file: page.path, ...frontmatter.locate('/type') } }];
}

/**
 * Sections are matched by role, under our heading or the docs site's. The site's trigger pages
 * show no At a Glance table (no connector, gas or funds row), so that layout does not ask for one.
 */
function sectionFindings({ page, kind }: DocumentedType, docs: Settings['docs']): ReportedFinding[] {
  const skipGlance = kind === 'trigger' && docs.layout === 'docs-site';
  const roles = (['glance', 'payload', 'result', 'examples'] as const).filter((role) => !(role === 'glance' && skipGlance));
  return roles
    .filter((role) => !findSection(page, headingsFor(docs.headings, role)))
    .map((role) => docs.headings[role])
    .map((heading) => ({
      message: `the ${kind} page has no \`${heading}\` section`,
      hint: `add a \`## ${heading}\` heading with its content (see the page anatomy in the rule docs)`,
      location: pageAnchor(page),
    }));
}
