import { locationIn } from '../../core/locate.js';
import { defineFileRule, type ReportedFinding } from '../../core/rule.js';
import type { DefinitionNode } from '../../b3os/definition.js';
import { definitionGraph, WORKFLOW_KINDS } from './file-views.js';
import type { DefinitionGraph } from './graphs.js';

type Report = (finding: ReportedFinding) => void;

/** The branch values each branching node type routes on. */
const BRANCHES: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['if', ['then', 'else']],
  ['wait', ['resumed', 'timed_out']],
]);

/**
 * A node with `branch` has exactly one parent (through `children`), which is an `if` node for
 * `then`/`else` and a `wait` node for `resumed`/`timed_out`; every child of an `if` or `wait` node
 * says its branch.
 */
export const branchPlacement = defineFileRule(
  {
    id: 'definition-validates/branch-placement',
    description: 'branch is then/else under an if node and resumed/timed_out under a wait node, and every child of if and wait has one',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, _ctx, { report }) => {
      const g = file.derive(definitionGraph);
      if (!g) return;
      for (const node of g.view.nodes) {
        if (typeof node.value.branch === 'string') checkBranch(g, node, node.value.branch, report);
      }
      checkChildrenHaveBranch(g, report);
    },
  },
);

/** The node carrying `branch` sits under exactly one parent of the matching type. */
function checkBranch({ doc, graph, node: nodeOf }: DefinitionGraph, node: DefinitionNode, branch: string, report: Report): void {
  const location = () => locationIn(doc, `${node.pointer}/branch`);
  const parents = [...new Set(graph.parents(node.id).filter((e) => e.kind === 'children').map((e) => e.from))];
  if (parents.length !== 1) {
    const where = parents.length === 0 ? 'no node lists it in `children`' : `it is a child of ${parents.length} nodes (${parents.map((p) => `\`${p}\``).join(', ')})`;
    report({
      message: `node \`${node.id}\` has \`branch\` \`${branch}\`, but ${where}`,
      hint: 'a branch belongs to exactly one `if` or `wait` node: list the node in the `children` of that one node',
      location: location(),
    });
    return;
  }
  const parent = nodeOf(parents[0]);
  const allowed = parent.type === undefined ? undefined : BRANCHES.get(parent.type);
  if (allowed?.includes(branch)) return;
  report({
    message: allowed
      ? `node \`${node.id}\` has \`branch\` \`${branch}\` under the \`${parent.type}\` node \`${parent.id}\`, which routes only on ${both(allowed)}`
      : `node \`${node.id}\` has \`branch\` \`${branch}\`, but its parent \`${parent.id}\` is not an \`if\` or \`wait\` node`,
    hint: allowed
      ? `set \`branch\` to ${both(allowed)}`
      : 'remove `branch`, or make the node a child of the `if` (`then`/`else`) or `wait` (`resumed`/`timed_out`) node it belongs to',
    location: location(),
  });
}

/** Every child of an `if` or `wait` node names the branch it runs on. */
function checkChildrenHaveBranch({ doc, view, graph, node: nodeOf }: DefinitionGraph, report: Report): void {
  for (const parent of view.nodes) {
    const allowed = parent.type === undefined ? undefined : BRANCHES.get(parent.type);
    if (!allowed) continue;
    const children = new Set(graph.children(parent.id).filter((e) => e.kind === 'children').map((e) => e.to));
    for (const id of children) {
      const child = nodeOf(id);
      if (Object.hasOwn(child.value, 'branch')) continue;
      report({
        message: `node \`${id}\` is a child of the \`${parent.type}\` node \`${parent.id}\` but has no \`branch\`; it needs ${both(allowed)}`,
        hint: `add \`"branch": "${allowed[0]}"\` or \`"branch": "${allowed[1]}"\` to \`${id}\``,
        location: locationIn(doc, child.pointer, true),
      });
    }
  }
}

function both([a, b]: readonly [string, string]): string {
  return `\`${a}\` or \`${b}\``;
}
