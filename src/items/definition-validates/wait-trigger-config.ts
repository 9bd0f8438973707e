import { isObject, type DefinitionNode } from '../../b3os/definition.js';
import { hasExpression } from '../../b3os/expressions.js';
import { validatePayload } from '../../b3os/payload.js';
import { originText, type CatalogEntry } from '../../catalog/types.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule, type ReportedFinding } from '../../core/rule.js';
import type { ParsedDocument } from '../../parse/document.js';
import { compiledSchemaOf } from '../../b3os/compiled-schema.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';
import { describePayload } from './payload-text.js';

/**
 * A `wait` node names the trigger it waits for in `payload.triggerType` and configures it in
 * `payload.triggerConfig` (b3os-platform.md §2.5); the platform reads that configuration with the
 * trigger's `waitPayloadSchema`, else its payload schema. Checked when the trigger and a schema of
 * it are known; an unknown trigger, a type written as an expression or a name-only entry is not
 * enforced here (`unknown-node-type` speaks of the waited type, `payload-schema` of the wait node's
 * own payload). A violation the wait node's own payload schema already reports (a `triggerConfig`
 * that is not an object) is left to `payload-schema`: said once.
 */
export const waitTriggerConfig = defineFileRule(
  {
    id: 'definition-validates/wait-trigger-config',
    description: "a wait node's triggerConfig matches the payload schema of the trigger it waits for",
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      for (const node of file.derive(definitionView)?.nodes ?? []) {
        const waited = waitedTrigger(node, (type) => ctx.catalog.lookup(type));
        if (waited) for (const finding of configFindings(doc, node, waited, ownTexts(ctx.catalog.lookup('wait'), node))) report(finding);
      }
    },
  },
);

interface Waited {
  readonly entry: CatalogEntry;
  readonly schema: object;
  /** Which schema of the trigger is used. */
  readonly schemaName: 'waitPayloadSchema' | 'payloadSchema';
  readonly config: unknown;
}

function waitedTrigger(node: DefinitionNode, lookup: (type: string) => CatalogEntry | undefined): Waited | undefined {
  const payload = node.value.payload;
  if (node.type !== 'wait' || !isObject(payload) || !Object.hasOwn(payload, 'triggerConfig')) return undefined;
  const type = payload.triggerType;
  if (typeof type !== 'string' || hasExpression(type)) return undefined;
  const entry = lookup(type);
  const schema = entry?.waitPayloadSchema ?? (entry?.schemaCompleteness === 'name-only' ? undefined : entry?.payloadSchema);
  if (!entry || entry.kind !== 'trigger' || !schema) return undefined;
  return { entry, schema, schemaName: entry.waitPayloadSchema ? 'waitPayloadSchema' : 'payloadSchema', config: payload.triggerConfig };
}

/**
 * The texts of the wait node's own payload violations (`payload-schema`'s findings), as `pointer message`
 * keys. Asked only for a node whose payload is an object (`waitedTrigger`).
 */
function ownTexts(wait: CatalogEntry | undefined, node: DefinitionNode): Set<string> {
  if (!wait?.payloadSchema || wait.schemaCompleteness === 'name-only') return new Set();
  const compiled = compiledSchemaOf(wait.payloadSchema, wait.origin);
  if (!compiled.ok) return new Set();
  const texts = describePayload(node.id, validatePayload(compiled, node.value.payload), wait.schemaCompleteness === 'partial');
  return new Set(texts.map((t) => `${t.pointer} ${t.message}`));
}

function configFindings(doc: ParsedDocument, node: DefinitionNode, { entry, schema, schemaName, config }: Waited, own: ReadonlySet<string>): ReportedFinding[] {
  const compiled = compiledSchemaOf(schema, entry.origin);
  if (!compiled.ok) {
    return [{
      message: `the configuration of \`${entry.type}\` that node \`${node.id}\` waits for cannot be checked: its \`${schemaName}\` from ${originText(entry)} cannot be used safely (${compiled.reason})`,
      hint: 'pin the platform schema with `b3os-readiness catalog pull`',
      location: locationIn(doc, `${node.pointer}/payload/triggerType`),
      unverified: true,
    }];
  }
  const violations = validatePayload(compiled, config).map((v) => ({ ...v, pointer: `/triggerConfig${v.pointer}` }));
  const partial = entry.waitPayloadSchema === undefined && entry.schemaCompleteness === 'partial';
  const used = schemaName === 'waitPayloadSchema' ? `\`waitPayloadSchema\` of the waited trigger \`${entry.type}\`` : `payload schema of the waited trigger \`${entry.type}\`, which has no \`waitPayloadSchema\``;
  return describePayload(node.id, violations, partial).filter((text) => !own.has(`${text.pointer} ${text.message}`)).map((text) => ({
    message: `${text.message} (${used})`,
    hint: text.hint ?? `configure \`triggerConfig\` as a \`${entry.type}\` trigger is configured`,
    location: locationIn(doc, `${node.pointer}${text.pointer}`, text.atKey),
  }));
}
