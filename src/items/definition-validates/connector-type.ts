import { isObject } from '../../b3os/definition.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';

/**
 * A node whose action or trigger declares a connector type (`connector.type` in its catalog
 * entry) carries a `connector` of that type: without it the platform has no credential (or, for
 * `wallet`, silently picks the organization's default wallet). A connector on a node whose
 * complete catalog entry declares none is a warning: it is ignored, or the wrong node type was used.
 */
export const connectorType = defineFileRule(
  {
    id: 'definition-validates/connector-type',
    description: 'a node carries a connector of the type its action or trigger declares',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      for (const node of file.derive(definitionView)?.nodes ?? []) {
        const entry = node.type === undefined ? undefined : ctx.catalog.lookup(node.type);
        if (!entry) continue;
        const wanted = entry.connector?.type;
        const carried = node.value.connector;
        const subject = `node \`${node.id}\` (\`${entry.type}\`)`;
        if (wanted === undefined) {
          // Only a complete entry says "no connector" for sure; other entries may just not know.
          if (carried === undefined || entry.schemaCompleteness !== 'complete') continue;
          report({
            message: `${subject} carries a connector, but \`${entry.type}\` declares none`,
            hint: 'remove `connector`, or check that the node type is the one you meant',
            location: locationIn(doc, `${node.pointer}/connector`, true),
            severity: 'warning',
          });
        } else if (!isObject(carried)) {
          report({
            message: `${subject} needs a \`${wanted}\` connector`,
            hint: `add "connector": { "type": "${wanted}", "id": "<connector id>" } (without \`id\`, the connector is chosen in the B3OS UI)`,
            location: locationIn(doc, carried === undefined ? node.pointer : `${node.pointer}/connector`, carried === undefined),
          });
        } else if (carried.type !== wanted) {
          const has = typeof carried.type === 'string' ? `a \`${carried.type}\` connector` : 'a connector without a type';
          report({
            message: `${subject} has ${has}, but \`${entry.type}\` needs \`${wanted}\``,
            hint: `set "type": "${wanted}" and the id of a ${wanted} connector`,
            location: locationIn(doc, Object.hasOwn(carried, 'type') ? `${node.pointer}/connector/type` : `${node.pointer}/connector`),
          });
        }
      }
    },
  },
);
