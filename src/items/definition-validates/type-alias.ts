import { definitionOf } from '../../b3os/definition.js';
import { locationIn } from '../../core/locate.js';
import { defineRule } from '../../core/rule.js';
import { affectedDefinitionFiles } from './files.js';

/**
 * Where the platform's sources spell one type two ways (`send-slack-message` and
 * `slack-send-message`), both are known and validated alike; a node that uses the older spelling
 * gets a notice pointing at the newer one, which is the spelling the platform's catalog uses now.
 */
export const typeAlias = defineRule(
  {
    id: 'definition-validates/type-alias',
    description: 'a node type is an older spelling of a known type (notice)',
    severity: 'notice',
  },
  async (ctx, { report }) => {
    for (const { doc } of await affectedDefinitionFiles(ctx, ['workflow', 'template'])) {
      for (const node of definitionOf(doc.value)?.nodes ?? []) {
        const newer = node.type === undefined ? undefined : ctx.catalog.lookup(node.type)?.aliasOf;
        if (newer === undefined) continue;
        report({
          message: `node \`${node.id}\` uses \`${node.type}\`, an older spelling of \`${newer}\``,
          hint: `write \`"type": "${newer}"\`; pin the catalog with \`b3os-readiness catalog pull\` to see which spelling the platform has`,
          location: locationIn(doc, `${node.pointer}/type`),
        });
      }
    }
  },
);
