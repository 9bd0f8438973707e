import { defineFileRule } from '../../core/rule.js';
import { checkReference, scopeOf } from './expression-scope-checks.js';
import { shown, siteLocation } from './expression-sites.js';
import { expressionSitesOf, nodeGraph, WORKFLOW_KINDS } from './file-views.js';

/**
 * Every expression reads something in scope: an upstream node, a loop variable inside that loop's
 * body, a declared variable, input or template prop.
 */
export const expressionScope = defineFileRule(
  {
    id: 'definition-validates/expression-scope',
    description: 'every expression reads an upstream node, an enclosing loop, or a declared variable, input or prop',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, _ctx, { report }) => {
      const { kind, doc } = file;
      const graph = file.derive(nodeGraph);
      const sites = file.derive(expressionSitesOf);
      if (!graph || sites.length === 0) return;
      const scope = scopeOf(kind, doc.value, graph);
      for (const { node, site, scan } of sites) {
        const seen = new Set<string>();
        for (const expression of scan.expressions) {
          for (const ref of expression.alternatives) {
            const finding = checkReference(scope, node, ref, shown(expression.source));
            // One finding per reference per string, however often the string repeats it.
            if (!finding || seen.has(ref.text)) continue;
            seen.add(ref.text);
            report({ ...finding, location: siteLocation(doc, site, expression) });
          }
        }
      }
    },
  },
);
