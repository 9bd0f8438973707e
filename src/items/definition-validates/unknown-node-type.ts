import { distance } from 'fastest-levenshtein';
import type { Catalog } from '../../catalog/types.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { waitedTriggerType, type DefinitionNode } from '../../b3os/definition.js';
import { hasExpression } from '../../b3os/expressions.js';
import type { ParsedDocument } from '../../parse/document.js';
import type { ReportedFinding } from '../../core/rule.js';
import { definitionView, WORKFLOW_KINDS } from './file-views.js';
import { isLegacyDefinition } from '../../b3os/legacy.js';

/** Types older docs name that the current platform does not have, and what replaced them (b3os-platform.md §3). */
export const RETIRED_TYPES: Readonly<Record<string, { why: string; hint: string }>> = {
  webhook: {
    why: 'older docs list a `webhook` trigger, but the platform has none; a webhook now starts a `manual` workflow through its secret URL',
    hint: 'use `"type": "manual"` and call the workflow\'s webhook URL with its secret; read the body as `{{$trigger.body.…}}`',
  },
};

/**
 * Every node type is known: a repository action or trigger, the pinned or live catalog, or a
 * platform type. With only the shipped catalog (a selection of the platform's hundreds of actions)
 * an unknown type may simply be unseen: the node is unverified, with the hint to pin the catalog,
 * not an error. "Did you mean" offers only near misses of the same kind (an action for an action).
 * The trigger a `wait` node waits for (`payload.triggerType`) is a type too, checked the same way
 * at that value; it must be a trigger. Written as an expression, it cannot be checked statically.
 */
export const unknownNodeType = defineFileRule(
  {
    id: 'definition-validates/unknown-node-type',
    description: 'every node type is a known action, trigger or built-in node',
    severity: 'error',
  },
  {
    kinds: WORKFLOW_KINDS,
    check: (file, ctx, { report }) => {
      const { doc } = file;
      if (isLegacyDefinition(doc.value)) return; // colon types are legacy-format's one finding
      const view = file.derive(definitionView);
      const triggers = new Set(view?.triggerNodeIds ?? []);
      for (const node of view?.nodes ?? []) {
        const waited = waitedTriggerFinding(ctx.catalog, doc, node);
        if (waited) report(waited);
        if (node.type === undefined || ctx.catalog.lookup(node.type)) continue;
        const retired = Object.hasOwn(RETIRED_TYPES, node.type) ? RETIRED_TYPES[node.type] : undefined;
        if (retired) {
          report({ message: `node \`${node.id}\` has the retired type \`${node.type}\`: ${retired.why}`, hint: retired.hint, location: locationIn(doc, `${node.pointer}/type`) });
          continue;
        }
        const suggestions = nearMisses(ctx.catalog, node.type, triggers.has(node.id) ? 'trigger' : 'action');
        const didYouMean = suggestions.length ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?` : '';
        if (!ctx.catalog.complete) {
          report({
            message: `node \`${node.id}\` has type \`${node.type}\`, which the catalog shipped with b3os-readiness does not know, so it cannot be checked${didYouMean}`,
            hint: 'pin the platform catalog with `b3os-readiness catalog pull` (and commit `.b3os/catalog.json`), or add the action to the repository',
            location: locationIn(doc, `${node.pointer}/type`),
            unverified: true,
          });
          continue;
        }
        report({
          message: `node \`${node.id}\` has unknown type \`${node.type}\`${didYouMean}`,
          hint: suggestions.length
            ? `use \`${suggestions[0]}\`, or add the action to the repository or the pinned catalog`
            : 'check the spelling, add the action to the repository, or refresh the pinned catalog with `b3os-readiness catalog pull`',
          location: locationIn(doc, `${node.pointer}/type`),
        });
      }
    },
  },
);

/** The finding for a `wait` node's `triggerType` that names no known trigger, or undefined. */
function waitedTriggerFinding(catalog: Catalog, doc: ParsedDocument, node: DefinitionNode): ReportedFinding | undefined {
  const type = waitedTriggerType(node);
  if (type === undefined) return undefined; // not a wait node, or no string type: payload-schema's finding
  const location = () => locationIn(doc, `${node.pointer}/payload/triggerType`);
  if (hasExpression(type)) {
    return {
      severity: 'notice',
      message: `wait node \`${node.id}\` names the trigger it waits for with an expression, so which trigger it is, and its \`triggerConfig\`, cannot be checked statically`,
      hint: 'write the trigger type as a literal name when it is known in advance',
      location: location(),
    };
  }
  const entry = catalog.lookup(type);
  if (entry?.kind === 'trigger') return undefined;
  const suggestions = nearMisses(catalog, type, 'trigger');
  const didYouMean = suggestions.length ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?` : '';
  if (entry) {
    return {
      message: `wait node \`${node.id}\` waits for \`${type}\`, which is ${entry.kind === 'action' ? 'an action' : `a \`${entry.kind}\` node`}, not a trigger${didYouMean}`,
      hint: suggestions.length ? `use \`${suggestions[0]}\`, or the trigger whose event the node waits for` : 'set `triggerType` to the trigger whose event the node waits for',
      location: location(),
    };
  }
  if (!catalog.complete) {
    return {
      message: `wait node \`${node.id}\` waits for trigger \`${type}\`, which the catalog shipped with b3os-readiness does not know, so it cannot be checked${didYouMean}`,
      hint: 'pin the platform catalog with `b3os-readiness catalog pull` (and commit `.b3os/catalog.json`), or add the trigger to the repository',
      location: location(),
      unverified: true,
    };
  }
  return {
    message: `wait node \`${node.id}\` waits for unknown trigger \`${type}\`${didYouMean}`,
    hint: suggestions.length
      ? `use \`${suggestions[0]}\`, or add the trigger to the repository or the pinned catalog`
      : 'check the spelling, add the trigger to the repository, or refresh the pinned catalog with `b3os-readiness catalog pull`',
    location: location(),
  };
}

/** Known types of the same kind within a small edit distance: a fifth of the length, at least 2 (a swap of two letters). */
function nearMisses(catalog: Catalog, type: string, kind: 'action' | 'trigger'): string[] {
  const limit = Math.max(2, Math.floor(type.length / 5));
  return catalog
    .suggest(type, 10)
    .filter((candidate) => distance(type, candidate) <= limit && sameKind(catalog.lookup(candidate)?.kind, kind))
    .slice(0, 3);
}

/** Built-in nodes (`if`, `log`, …) sit where actions do. */
function sameKind(kind: string | undefined, position: 'action' | 'trigger'): boolean {
  return position === 'trigger' ? kind === 'trigger' : kind !== 'trigger';
}
