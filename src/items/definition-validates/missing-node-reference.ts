import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';

const REFERENCE_LISTS = ['children', 'loopBody'] as const;

/** Every `children`, `loopBody` and `triggerNodeIds` entry names a node of the same definition. */
export const missingNodeReference = defineFileRule(
  {
    id: 'definition-validates/missing-node-reference',
    description: 'every children, loopBody and triggerNodeIds entry names an existing node',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      const view = file.derive(definitionView);
      if (!view) return;
      const ids = new Set(view.nodes.map((n) => n.id));
      const missing = (ref: unknown) => typeof ref === 'string' && !ids.has(ref);
      for (const node of view.nodes) {
        for (const list of REFERENCE_LISTS) {
          const refs = node.value[list];
          if (!Array.isArray(refs)) continue;
          refs.forEach((ref, i) => {
            if (!missing(ref)) return;
            report({
              message: `node \`${node.id}\` lists \`${String(ref)}\` in \`${list}\`, but there is no node \`${String(ref)}\``,
              hint: `add the node \`${String(ref)}\` to \`definition.nodes\` or remove it from \`${list}\``,
              location: locationIn(doc, `${node.pointer}/${list}/${i}`),
            });
          });
        }
      }
      (view.triggerNodeIds ?? []).forEach((ref, i) => {
        if (!missing(ref)) return;
        report({
          message: `\`triggerNodeIds\` names \`${ref}\`, but there is no node \`${ref}\``,
          hint: 'list the ids of the trigger nodes (`root` for a single-trigger workflow)',
          location: locationIn(doc, `${view.pointer}/triggerNodeIds/${i}`),
        });
      });
    },
  },
);
