import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';

/**
 * Where the platform's sources spell one type two ways (`send-slack-message` and
 * `slack-send-message`), both are known and validated alike; a node that uses the older spelling
 * gets a notice pointing at the newer one, which is the spelling the platform's catalog uses now.
 */
export const typeAlias = defineFileRule(
  {
    id: 'definition-validates/type-alias',
    description: 'a node type is an older spelling of a known type (notice)',
    severity: 'notice',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      for (const node of file.derive(definitionView)?.nodes ?? []) {
        const newer = node.type === undefined ? undefined : ctx.catalog.lookup(node.type)?.aliasOf;
        if (newer === undefined) continue;
        report({
          message: `node \`${node.id}\` uses \`${node.type}\`, an older spelling of \`${newer}\``,
          hint: `write \`"type": "${newer}"\`; pin the catalog with \`b3os-readiness catalog pull\` to see which spelling the platform has`,
          location: locationIn(doc, `${node.pointer}/type`),
        });
      }
    },
  },
);
