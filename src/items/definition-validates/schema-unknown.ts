import { originText, type CatalogSource } from '../../catalog/types.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';

const HINTS: Partial<Record<CatalogSource, string>> = {
  repository: 'give the definition a `payloadSchema` written as data (a JSON object, or an object literal in `schema.ts`)',
  pinned: 'the pinned catalog lists the type without a payload schema: pull it again with `b3os-readiness catalog pull`, or add the schema to the entry',
  shipped: 'pin the platform schemas with `b3os-readiness catalog pull` and commit `.b3os/catalog.json`',
};

/** A type known only by name cannot be verified: the node is incomplete, never a silent pass. */
export const schemaUnknown = defineFileRule(
  {
    id: 'definition-validates/schema-unknown',
    description: 'every node type has a payload schema to validate against',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      for (const node of file.derive(definitionView)?.nodes ?? []) {
        const entry = node.type === undefined ? undefined : ctx.catalog.lookup(node.type);
        if (!entry || entry.schemaCompleteness !== 'name-only') continue;
        report({
          message: `no payload schema is known for node \`${node.id}\` of type \`${node.type}\` (only its name, from ${originText(entry)})`,
          hint: entry.notes?.includes(`${entry.origin} does not parse`) ? `fix \`${entry.origin}\` first: it does not parse` : (HINTS[entry.source] ?? HINTS.shipped),
          location: locationIn(doc, `${node.pointer}/type`),
          unverified: true,
        });
      }
    },
  },
);
