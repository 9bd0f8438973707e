import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { definitionOf } from '../../b3os/definition.js';
import { affectedDefinitionFiles } from './files.js';
import { isLegacyDefinition } from '../../b3os/legacy.js';

/** Types older docs name that the current platform does not have, and what replaced them (b3os-platform.md §3). */
const RETIRED_TYPES: Readonly<Record<string, { why: string; hint: string }>> = {
  webhook: {
    why: 'older docs list a `webhook` trigger, but the platform has none; a webhook now starts a `manual` workflow through its secret URL',
    hint: 'use `"type": "manual"` and call the workflow\'s webhook URL with its secret; read the body as `{{$trigger.body.…}}`',
  },
};

/** Every node type is known: a repository action or trigger, the pinned or live catalog, or a platform type. */
export const unknownNodeType = defineRule(
  {
    id: 'definition-validates/unknown-node-type',
    description: 'every node type is a known action, trigger or built-in node',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const { doc } of await affectedDefinitionFiles(ctx, ['workflow', 'template'])) {
      if (isLegacyDefinition(doc.value)) continue; // colon types are legacy-format's one finding
      for (const node of definitionOf(doc.value)?.nodes ?? []) {
        if (node.type === undefined || ctx.catalog.lookup(node.type)) continue;
        const retired = Object.hasOwn(RETIRED_TYPES, node.type) ? RETIRED_TYPES[node.type] : undefined;
        if (retired) {
          report({ message: `node \`${node.id}\` has the retired type \`${node.type}\`: ${retired.why}`, hint: retired.hint, location: locationIn(doc, `${node.pointer}/type`) });
          continue;
        }
        const suggestions = ctx.catalog.suggest(node.type, 3);
        const didYouMean = suggestions.length ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?` : '';
        report({
          message: `node \`${node.id}\` has unknown type \`${node.type}\`${didYouMean}`,
          hint: suggestions.length
            ? `use \`${suggestions[0]}\`, or add the action to the repository or the pinned catalog`
            : 'check the spelling, add the action to the repository, or refresh the pinned catalog with `b3os-readiness catalog pull`',
          location: locationIn(doc, `${node.pointer}/type`),
        });
      }
    }
  },
);
