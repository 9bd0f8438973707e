import { locationIn } from '../../core/locate.js';
import { defineFileRule, type ReportedFinding } from '../../core/rule.js';
import type { Catalog } from '../../catalog/types.js';
import { definitionGraph, WORKFLOW_KINDS } from './file-views.js';
import { edgePointer, isTriggerType, type DefinitionGraph } from './graphs.js';

type Report = (finding: ReportedFinding) => void;

/**
 * `triggerNodeIds` lists exactly the trigger-typed nodes (`root` alone when it is absent), a single
 * trigger is called `root`, no node of a multi-trigger workflow is called `root`, and no trigger
 * node is another node's child or loop body entry. Types unknown to the catalog are left to `unknown-node-type`.
 */
export const triggerNodes = defineFileRule(
  {
    id: 'definition-validates/trigger-nodes',
    description: 'triggerNodeIds lists exactly the trigger nodes (root for a single trigger), and no trigger node has a parent',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const g = file.derive(definitionGraph);
      if (!g) return;
      if (g.view.triggerNodeIds === undefined) checkImplicitRoot(g, ctx.catalog, report);
      else {
        checkListedTriggers(g, ctx.catalog, report);
        checkNoRootAmongMany(g, report);
        checkSingleTriggerIsRoot(g, ctx.catalog, report);
      }
      checkTriggersHaveNoParent(g, ctx.catalog, report);
    },
  },
);

/** Without `triggerNodeIds`, `root` is the one trigger. */
function checkImplicitRoot({ doc, view }: DefinitionGraph, catalog: Catalog, report: Report): void {
  const root = view.nodes.find((n) => n.id === 'root');
  const others = view.nodes.filter((n) => n !== root && isTriggerType(catalog, n) === true);
  if (!root && others.length === 0) {
    report({
      message: 'the definition has no `root` node and no `triggerNodeIds`, so it has no trigger',
      hint: 'call the trigger node `root`, or list the trigger node ids in `definition.triggerNodeIds`',
      location: locationIn(doc, `${view.pointer}/nodes`, true),
    });
  }
  if (root && isTriggerType(catalog, root) === false) {
    report({
      message: `the \`root\` node has type \`${root.type}\`, which is not a trigger type`,
      hint: 'give `root` a trigger type such as `manual` or `cronjob`, and run the action as its child',
      location: locationIn(doc, `${root.pointer}/type`),
    });
  }
  for (const node of others) {
    report({
      message: `node \`${node.id}\` has trigger type \`${node.type}\`, but without \`triggerNodeIds\` only \`root\` is a trigger`,
      hint: 'call a single trigger node `root`, or list every trigger node id in `definition.triggerNodeIds`',
      location: locationIn(doc, `${node.pointer}/type`),
    });
  }
}

/** `triggerNodeIds` names exactly the trigger-typed nodes. */
function checkListedTriggers({ doc, view, graph, node }: DefinitionGraph, catalog: Catalog, report: Report): void {
  const listed = new Set(view.triggerNodeIds);
  const unlisted = view.nodes.filter((n) => !listed.has(n.id) && isTriggerType(catalog, n) === true);
  if (listed.size === 0 && unlisted.length === 0) {
    report({
      message: '`triggerNodeIds` is empty, so the definition has no trigger',
      hint: 'list the trigger node ids (`["root"]` for a single-trigger workflow)',
      location: locationIn(doc, `${view.pointer}/triggerNodeIds`),
    });
  }
  view.triggerNodeIds!.forEach((id, i) => {
    if (!graph.ids.has(id) || isTriggerType(catalog, node(id)) !== false) return;
    report({
      message: `\`triggerNodeIds\` lists \`${id}\`, whose type \`${node(id).type}\` is not a trigger type`,
      hint: 'list only trigger nodes in `triggerNodeIds`; actions run as children of a trigger',
      location: locationIn(doc, `${view.pointer}/triggerNodeIds/${i}`),
    });
  });
  for (const n of unlisted) {
    report({
      message: `node \`${n.id}\` has trigger type \`${n.type}\` but is not listed in \`triggerNodeIds\``,
      hint: `add \`${n.id}\` to \`definition.triggerNodeIds\`, or make it an action`,
      location: locationIn(doc, `${n.pointer}/type`),
    });
  }
}

/** In a multi-trigger ("forest") workflow the literal `root` is reserved for the firing trigger. */
function checkNoRootAmongMany({ doc, view, graph, node }: DefinitionGraph, report: Report): void {
  const listed = new Set(view.triggerNodeIds);
  if (listed.size > 1 && graph.ids.has('root')) {
    report({
      message: `a multi-trigger workflow (${listed.size} trigger ids) has a node called \`root\``,
      hint: 'rename `root` to say what fires it (e.g. `on_schedule`) in `nodes` and `triggerNodeIds`; `{{root…}}` means the firing trigger in such workflows',
      location: locationIn(doc, node('root').pointer, true),
    });
  }
}

/** A single-trigger workflow calls its trigger `root` (`"triggerNodeIds": ["root"]`), as the API ships it. */
function checkSingleTriggerIsRoot({ doc, view, graph, node }: DefinitionGraph, catalog: Catalog, report: Report): void {
  const listed = [...new Set(view.triggerNodeIds)];
  if (listed.length !== 1 || listed[0] === 'root' || !graph.ids.has(listed[0])) return;
  const id = listed[0];
  // A listed action, or a second trigger left out of the list, is reported above; renaming would not fix it.
  if (isTriggerType(catalog, node(id)) === false || view.nodes.some((n) => n.id !== id && isTriggerType(catalog, n) === true)) return;
  report({
    message: `the single trigger node is called \`${id}\`; a single-trigger workflow calls its trigger \`root\``,
    hint: `rename \`${id}\` to \`root\` in \`nodes\` and \`triggerNodeIds\`, and in the expressions that read \`{{${id}…}}\``,
    location: locationIn(doc, node(id).pointer, true),
  });
}

/** A trigger starts a run: no node may list a trigger-typed (or listed, untyped) node in `children` or `loopBody`. */
function checkTriggersHaveNoParent({ doc, graph, node }: DefinitionGraph, catalog: Catalog, report: Report): void {
  const listed = new Set(graph.triggers);
  for (const id of graph.ids) {
    const trigger = isTriggerType(catalog, node(id));
    // A listed action is reported above; only a listed node of unknown type is taken at its word.
    if (trigger === false || (trigger === undefined && !listed.has(id))) continue;
    for (const edge of graph.parents(id)) {
      report({
        message: `node \`${edge.from}\` lists the trigger node \`${id}\` in \`${edge.kind}\`; a trigger cannot run after another node`,
        hint: `remove \`${id}\` from \`${edge.kind}\`; to start another workflow from here use a \`trigger-workflow\` node`,
        location: locationIn(doc, edgePointer(node(edge.from), edge)),
      });
    }
  }
}
