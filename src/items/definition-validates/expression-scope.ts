import { defineRule } from '../../core/rule.js';
import { definitionOf } from '../../b3os/definition.js';
import { buildGraph } from '../../b3os/graph.js';
import { checkReference, scopeOf } from './expression-scope-checks.js';
import { expressionSites, shown, siteLocation } from './expression-sites.js';
import { affectedDefinitionFiles } from './files.js';

/**
 * Every expression reads something in scope: an upstream node, a loop variable inside that loop's
 * body, a declared variable, input or template prop.
 */
export const expressionScope = defineRule(
  {
    id: 'definition-validates/expression-scope',
    description: 'every expression reads an upstream node, an enclosing loop, or a declared variable, input or prop',
    severity: 'error',
  },
  async (ctx, { report }) => {
    for (const { kind, doc } of await affectedDefinitionFiles(ctx, ['workflow', 'template'])) {
      const view = definitionOf(doc.value);
      if (!view) continue;
      const scope = scopeOf(kind, doc.value, buildGraph(view));
      for (const { node, site, scan } of expressionSites(view)) {
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
    }
  },
);
