import { defineFileRule } from '../../core/rule.js';
import type { BraceProblemCode, Reference } from '../../b3os/expressions.js';
import { shown, siteLocation } from './expression-sites.js';
import { definitionView, expressionSitesOf, WORKFLOW_KINDS } from './file-views.js';

const BRACE_HINTS: Readonly<Record<BraceProblemCode, string>> = {
  unclosed: 'close the expression with `}}`, e.g. `{{$nodes.read.result.balance}}`',
  'stray-close': 'remove the extra closing brace or add the missing `{{`',
  nested: 'expressions do not nest: write one reference per `{{ }}`, e.g. `{{$nodes.read.result.balance}}`',
  empty: 'write a reference between the braces or remove them',
};

const NAMESPACES_HINT =
  'use `$nodes.<id>.result…` (or `<id>.result…`), `$trigger…`, `$props.<key>`, `$inputs.<key>`, `$vars.<name>`, `ask.<field>`, `$item`, `$index`, `$parent_item`, `$for.<loop>.item` or `$workflow.id`';

/** Every `{{ … }}` in a node's payload or connector has balanced braces and reads a known namespace. */
export const expressionSyntax = defineFileRule(
  {
    id: 'definition-validates/expression-syntax',
    description: 'every {{ … }} expression is well formed and uses a known namespace',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, _ctx, { report }) => {
      const { doc } = file;
      const view = file.derive(definitionView);
      const sites = file.derive(expressionSitesOf);
      if (!view || sites.length === 0) return;
      const ids = new Set(view.nodes.map((n) => n.id));
      for (const { node, site, scan } of sites) {
        const where = site.isKey ? 'key' : 'string';
        for (const problem of scan.problems) {
          const location = siteLocation(doc, site, { start: problem.offset, end: problem.offset + problem.length });
          report({ message: `node \`${node.id}\`: ${problem.message} (character ${problem.offset + 1} of the ${where})`, hint: BRACE_HINTS[problem.code], location });
        }
        const seen = new Set<string>();
        for (const expression of scan.expressions) {
          for (const ref of expression.alternatives) {
            if (ref.kind !== 'unknown') continue;
            const finding = describeUnknown(node.id, shown(expression.source), ref, ids);
            if (seen.has(finding.message)) continue;
            seen.add(finding.message);
            report({ ...finding, location: siteLocation(doc, site, expression) });
          }
        }
      }
    },
  },
);

function describeUnknown(nodeId: string, source: string, ref: Reference, ids: ReadonlySet<string>): { message: string; hint: string } {
  const [head, ...rest] = ref.path;
  if (head !== undefined && ids.has(head) && !head.startsWith('$')) {
    return {
      message: `node \`${nodeId}\` reads \`${source}\`, but a node id must be followed by \`result\`, \`payload\` or \`error\``,
      hint: `write \`{{${[head, 'result', ...rest].join('.')}}}\` to read the node's result`,
    };
  }
  return { message: `node \`${nodeId}\` uses \`${source}\`: ${ref.problem ?? 'not a reference'}`, hint: NAMESPACES_HINT };
}
