import { isObject } from '../../b3os/definition.js';
import { isWholeExpression, parseAlternatives } from '../../b3os/expressions.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule, type Reporter } from '../../core/rule.js';
import type { JsonValue } from '../../parse/document.js';
import { checkedTemplate, TEMPLATE_KINDS, type CheckedTemplate } from './templates.js';

/**
 * A template's nodes name their connector by type only, or leave the choice to the user who
 * creates the workflow: `{{ask.connector_id}}` (or another `ask` field) or a prop. A concrete
 * connector belongs to the organization the template was made in (b3os-platform.md §9).
 */
export const connectorReference = defineFileRule(
  {
    id: 'templates-portable/connector-reference',
    description: 'template nodes name connectors by type only, or as {{ask.connector_id}} or a prop',
    severity: 'error',
  },
  { kinds: TEMPLATE_KINDS, check: (file, _ctx, reporter) => checkConnectors(reporter, file.derive(checkedTemplate)) },
);

function checkConnectors(reporter: Reporter, template: CheckedTemplate): void {
  for (const node of template.view?.nodes ?? []) {
    const connector = node.value.connector;
    if (!isObject(connector) || !Object.hasOwn(connector, 'id') || isPlaceholder(connector.id)) continue;
    const shown = typeof connector.id === 'string' ? ` \`${connector.id}\`` : '';
    reporter.report({
      message: `node \`${node.id}\` of template \`${template.slug}\` names the concrete connector${shown}`,
      hint: 'remove `id` and keep the connector `type`, or write `"id": "{{ask.connector_id}}"` so each organization picks its own',
      location: locationIn(template.doc, `${node.pointer}/connector/id`),
    });
  }
}

/** `{{ask.…}}` or `{{$props.…}}`, alone: the organization using the template chooses. */
function isPlaceholder(value: JsonValue): boolean {
  if (typeof value !== 'string' || !isWholeExpression(value)) return false;
  const alternatives = parseAlternatives(value.slice(2, -2));
  return alternatives.length === 1 && (alternatives[0].kind === 'ask' || alternatives[0].kind === 'props');
}
