import { locationIn } from '../../core/locate.js';
import { defineFileRule, type ReportedFinding } from '../../core/rule.js';
import { definitionGraph, WORKFLOW_KINDS } from './file-views.js';
import { edgePointer, type DefinitionGraph } from './graphs.js';

type Report = (finding: ReportedFinding) => void;

/** Only `for-each` nodes have a `loopBody`, and a node is either a loop body entry or a child, never both. */
export const loopPlacement = defineFileRule(
  {
    id: 'definition-validates/loop-placement',
    description: 'loopBody only on for-each nodes, and no node is listed in both children and loopBody',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, _ctx, { report }) => {
      const g = file.derive(definitionGraph);
      if (!g) return;
      checkLoopBodyOwners(g, report);
      checkChildOrBody(g, report);
    },
  },
);

/** A non-empty `loopBody` on a node whose known type is not `for-each` never runs as a loop. */
function checkLoopBodyOwners({ doc, view }: DefinitionGraph, report: Report): void {
  for (const node of view.nodes) {
    const body = node.value.loopBody;
    if (node.type === undefined || node.type === 'for-each' || !Array.isArray(body) || body.length === 0) continue;
    report({
      message: `node \`${node.id}\` of type \`${node.type}\` has a \`loopBody\`; only \`for-each\` nodes loop`,
      hint: 'move these ids to `children` to run them once after the node, or into the `loopBody` of a `for-each` node',
      location: locationIn(doc, `${node.pointer}/loopBody`, true),
    });
  }
}

/** A node listed in `loopBody` (run per item) and in `children` (run once) of any nodes is ambiguous. */
function checkChildOrBody({ doc, view, graph, node: nodeOf }: DefinitionGraph, report: Report): void {
  for (const node of view.nodes) {
    const parents = graph.parents(node.id);
    const asBody = parents.find((e) => e.kind === 'loopBody');
    const asChild = parents.find((e) => e.kind === 'children');
    if (!asBody || !asChild) continue;
    const same = asBody.from === asChild.from;
    report({
      message: same
        ? `node \`${node.id}\` is listed in both \`children\` and \`loopBody\` of \`${asBody.from}\``
        : `node \`${node.id}\` is listed in \`children\` of \`${asChild.from}\` and in \`loopBody\` of \`${asBody.from}\``,
      hint: `keep \`${node.id}\` only in the \`for-each\` node's \`loopBody\` to run it per item, or only in \`children\` to run it once`,
      location: locationIn(doc, edgePointer(nodeOf(asChild.from), asChild)),
    });
  }
}
