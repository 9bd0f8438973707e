import type { DefinitionNode } from '../../b3os/definition.js';
import { validatePayload } from '../../b3os/payload.js';
import { originText, type CatalogEntry } from '../../catalog/types.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule, type Reporter, type RuleContext } from '../../core/rule.js';
import type { ParsedDocument } from '../../parse/document.js';
import { compiledSchemaOf } from '../../b3os/compiled-schema.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';
import { describePayload } from './payload-text.js';

/**
 * Every node payload matches the `payloadSchema` of its action, trigger or logic node (catalog
 * entry, complete or partial), expression-aware (b3os/payload.ts). Schemas are untrusted and
 * compiled safely (schema/untrusted.ts); one that cannot be used makes its nodes unverified, said
 * once per type. A node without `payload` is `workflow-shape`'s finding.
 */
export const payloadSchema = defineFileRule(
  {
    id: 'definition-validates/payload-schema',
    description: 'every node payload matches the payload schema of its action, trigger or logic node',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, reporter) => {
      const { doc } = file;
      const unusable = unusableTypes(ctx);
      for (const node of file.derive(definitionView)?.nodes ?? []) {
        const entry = node.type === undefined ? undefined : ctx.catalog.lookup(node.type);
        if (!entry?.payloadSchema || entry.schemaCompleteness === 'name-only' || !Object.hasOwn(node.value, 'payload')) continue;
        const compiled = compiledSchemaOf(entry.payloadSchema, entry.origin);
        if (compiled.ok) {
          const violations = validatePayload(compiled, node.value.payload);
          reportViolations(doc, node, describePayload(node.id, violations, entry.schemaCompleteness === 'partial'), reporter);
        } else if (!unusable.has(entry.type)) {
          unusable.add(entry.type);
          reportUnusable(doc, node, entry, compiled.reason, reporter);
        }
      }
    },
  },
);

/** Types whose schema cannot be used, said once per run (the first node of each type is reported). */
const unusableByRun = new WeakMap<RuleContext, Set<string>>();

function unusableTypes(ctx: RuleContext): Set<string> {
  let types = unusableByRun.get(ctx);
  if (!types) unusableByRun.set(ctx, (types = new Set()));
  return types;
}

function reportViolations(doc: ParsedDocument, node: DefinitionNode, texts: ReturnType<typeof describePayload>, { report }: Reporter): void {
  for (const text of texts) {
    // `text.pointer` is relative to the node: `/payload/…`.
    report({ message: text.message, hint: text.hint, location: locationIn(doc, `${node.pointer}${text.pointer}`, text.atKey) });
  }
}

function reportUnusable(doc: ParsedDocument, node: DefinitionNode, entry: CatalogEntry, reason: string, { report }: Reporter): void {
  report({
    message: `schema of \`${entry.type}\` from ${originText(entry)} cannot be used safely: ${reason}`,
    hint: 'fix the payload schema at its origin (no remote `$ref`, `$data` or look-around patterns; known keywords only), or pin the platform schema with `b3os-readiness catalog pull`',
    location: locationIn(doc, `${node.pointer}/type`),
    unverified: true,
  });
}
