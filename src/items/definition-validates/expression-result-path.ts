import { defineFileRule } from '../../core/rule.js';
import type { Expression, Reference } from '../../b3os/expressions.js';
import { schemaAtPath, typesOf } from '../../b3os/schema-path.js';
import { shown, siteLocation, type ExpressionSite } from './expression-sites.js';
import { missingPathFinding, resultTargetOf, type ResultTarget } from './expression-result-target.js';
import { definitionView, expressionSitesOf, nodeGraph, WORKFLOW_KINDS } from './file-views.js';
import type { Catalog } from '../../catalog/types.js';
import type { ScopeFinding } from './expression-scope-checks.js';

/**
 * Where the upstream node's result schema is known, every `…result.<path>` an expression reads
 * exists in it, and a whole-string expression has a type the payload field accepts.
 */
export const expressionResultPath = defineFileRule(
  {
    id: 'definition-validates/expression-result-path',
    description: 'every result path an expression reads exists in the known result schema and fits the field',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      const view = file.derive(definitionView);
      const graph = file.derive(nodeGraph);
      const sites = file.derive(expressionSitesOf);
      if (!view || !graph || sites.length === 0) return;
      const nodes = new Map(view.nodes.map((n) => [n.id, n]));
      for (const site of sites) {
        for (const { expression, ...finding } of findingsOf(site, (ref) => resultTargetOf(ref, nodes, graph, ctx.catalog), ctx.catalog)) {
          report({ ...finding, location: siteLocation(doc, site.site, expression) });
        }
      }
    },
  },
);

/** A finding about one expression of a site, with that expression (its offsets locate the finding). */
type ExpressionFinding = ScopeFinding & { readonly expression: Expression };

function findingsOf(site: ExpressionSite, targetOf: (ref: Reference) => ResultTarget | undefined, catalog: Catalog): ExpressionFinding[] {
  const out: ExpressionFinding[] = [];
  const whole = wholeReference(site);
  const seen = new Set<string>();
  for (const expression of site.scan.expressions) {
    for (const ref of expression.alternatives) {
      const target = seen.has(ref.text) ? undefined : targetOf(ref);
      if (!target) continue;
      seen.add(ref.text);
      const source = shown(expression.source);
      const reads = `node \`${site.node.id}\` reads \`${source}\``;
      const found = schemaAtPath(target.schema, target.path);
      if (found.status === 'missing') out.push({ ...missingPathFinding(reads, target, found), expression });
      if (found.status !== 'found' || ref !== whole) continue;
      const mismatch = typeMismatch(site, catalog, typesOf(found.schemas), source);
      if (mismatch) out.push({ ...mismatch, expression });
    }
  }
  return out;
}

/** The reference of a payload value (not a member name) that is one expression with no fallback. */
function wholeReference(site: ExpressionSite): Reference | undefined {
  const { expressions } = site.scan;
  if (site.site.isKey || !site.payloadPath || expressions.length !== 1) return undefined;
  const [only] = expressions;
  const whole = only.start === 0 && only.end === site.site.text.length && only.alternatives.length === 1;
  return whole ? only.alternatives[0] : undefined;
}

/** The registry coerces number and string inputs into each other (b3os-platform.md §4.1). `typesOf` counts `integer` as `number`. */
function coerces(actual: string, expected: ReadonlySet<string>): boolean {
  return (actual === 'number' && expected.has('string')) || (actual === 'string' && expected.has('number'));
}

function typeMismatch(site: ExpressionSite, catalog: Catalog, actual: Set<string> | undefined, source: string): ScopeFinding | undefined {
  const entry = site.node.type === undefined ? undefined : catalog.lookup(site.node.type);
  if (!actual || !entry?.payloadSchema || !site.payloadPath) return undefined;
  const field = schemaAtPath(entry.payloadSchema, site.payloadPath);
  const expected = field.status === 'found' ? typesOf(field.schemas) : undefined;
  if (!expected || [...actual].some((t) => expected.has(t) || coerces(t, expected))) return undefined;
  const list = (types: Set<string>) => [...types].sort().join(' or ');
  return {
    message: `node \`${site.node.id}\` passes \`${source}\` (${list(actual)}) to \`${site.payloadPath.join('.')}\`, which expects ${list(expected)}`,
    hint: `convert the value first (for example with a \`code-transform\` node), or read a field of type ${list(expected)}`,
    severity: 'warning',
  };
}
