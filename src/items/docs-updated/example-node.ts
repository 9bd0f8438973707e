import { defineRule } from '../../core/rule.js';
import { documentedTypes } from './documented.js';
import { exampleNodeFindings } from './example-node-check.js';

/** The example node on a page parses, names the documented type, and its payload fits the payload schema. */
export const exampleNode = defineRule(
  {
    id: 'docs-updated/example-node',
    description: 'the example node JSON of an action or trigger page names its type and validates against the payload schema',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const doc of await documentedTypes(ctx)) {
      if (doc.page.unparsed) continue;
      for (const finding of exampleNodeFindings(doc, ctx.settings.docs.headings)) report(finding);
    }
  },
);
