import type { ReportedFinding } from '../../core/rule.js';
import { defineRule } from '../../core/rule.js';
import type { DocsHeadings } from '../../core/settings.js';
import { findSection, pageAnchor } from '../../docs/page.js';
import { documentedTypes, type DocumentedType } from './documented.js';

/** The page of an action or trigger names its type in the frontmatter and has the four sections. */
export const pageSections = defineRule(
  {
    id: 'docs-updated/page-sections',
    description: 'an action or trigger page has frontmatter `type` equal to its id and the sections At a Glance, Payload Schema, Result Schema and Examples',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const doc of await documentedTypes(ctx)) {
      const unparsed = doc.page.unparsed;
      if (unparsed) {
        const location = { file: doc.page.path, line: unparsed.line, column: unparsed.column };
        report({ message: `the ${doc.kind} page of \`${doc.id}\` cannot be checked: ${unparsed.message}`, hint: 'keep the page plain UTF-8 Markdown, under 256 KB, with lists and quotes nested at most 32 levels', location, unverified: true });
        continue;
      }
      for (const finding of [...frontmatterFindings(doc), ...sectionFindings(doc, ctx.settings.docs.headings)]) report(finding);
    }
  },
);

function frontmatterFindings({ page, id }: DocumentedType): ReportedFinding[] {
  const expected = `add \`type: ${id}\` to the frontmatter`;
  if (page.problems.length > 0) {
    return page.problems.map((p) => ({ message: p.message, hint: 'fix the frontmatter between the `---` lines', location: { file: page.path, line: p.line, column: p.column } }));
  }
  const frontmatter = page.frontmatter;
  if (!frontmatter) {
    return [{ message: `the page has no frontmatter naming the type it documents, \`${id}\``, hint: `start the page with \`---\`, \`type: ${id}\`, \`---\``, location: pageAnchor(page) }];
  }
  const type = frontmatter.data?.type;
  if (type === undefined) {
    return [{ message: `the frontmatter has no \`type\`; this page documents \`${id}\``, hint: expected, location: { file: page.path, line: frontmatter.line, column: frontmatter.column } }];
  }
  if (type === id) return [];
  const shown = typeof type === 'string' ? `\`${type}\`` : 'not a string';
  return [{ message: `the frontmatter \`type\` is ${shown}, but this page documents \`${id}\``, hint: `set \`type: ${id}\``, location: { file: page.path, ...frontmatter.locate('/type') } }];
}

function sectionFindings({ page, kind }: DocumentedType, headings: DocsHeadings): ReportedFinding[] {
  const wanted = [headings.glance, headings.payload, headings.result, headings.examples];
  return wanted
    .filter((heading) => !findSection(page, heading))
    .map((heading) => ({
      message: `the ${kind} page has no \`${heading}\` section`,
      hint: `add a \`## ${heading}\` heading with its content (see the page anatomy in the rule docs)`,
      location: pageAnchor(page),
    }));
}
