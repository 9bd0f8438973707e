import { isObject } from '../../b3os/definition.js';
import { scanExpressions, walkStrings } from '../../b3os/expressions.js';
import { locationIn } from '../../core/locate.js';
import { defineFileRule, type Reporter } from '../../core/rule.js';
import type { JsonValue } from '../../parse/document.js';
import { checkedTemplate, TEMPLATE_KINDS, type CheckedTemplate } from './templates.js';

/**
 * Every prop a template declares is used: read as `{{$props.key}}` somewhere in the definition (a
 * loop body as much as anywhere), or bound to node fields or connectors through its
 * `properties.sources` or `properties.bindsConnectorNodes`, or named by another prop's
 * `chainPropKey` or `tokenAddressPropKey`. A prop nothing reads is a form field
 * that changes nothing. A `{{$props.x}}` that is not declared is reported by
 * `definition-validates/expression-scope`: the template's definition is validated like any other.
 */
export const unusedProp = defineFileRule(
  {
    id: 'templates-portable/unused-prop',
    description: 'every prop a template declares is used',
    severity: 'error',
  },
  { kinds: TEMPLATE_KINDS, check: (file, _ctx, reporter) => checkProps(reporter, file.derive(checkedTemplate)) },
);

function checkProps(reporter: Reporter, template: CheckedTemplate): void {
  const { body } = template;
  const props = body?.templateProps;
  if (!body || !Array.isArray(props)) return;
  const read = propsRead(body.definition);
  for (const key of propsNamedByProps(props)) read.add(key);
  props.forEach((prop, index) => {
    if (!isObject(prop) || typeof prop.key !== 'string' || read.has(prop.key) || isBound(prop.properties)) return;
    reporter.report({
      message: `prop \`${prop.key}\` of template \`${template.slug}\` is declared but never used`,
      hint: `read it as \`{{$props.${prop.key}}}\` where it belongs, or remove it from \`templateProps\``,
      location: locationIn(template.doc, `/templateProps/${index}/key`),
    });
  });
}

/** The prop keys every `{{$props.…}}` of the definition reads (member names included: `if` conditions are keyed by expressions). */
function propsRead(definition: JsonValue | undefined): Set<string> {
  const read = new Set<string>();
  for (const site of walkStrings(definition, '')) {
    for (const expression of scanExpressions(site.text).expressions) {
      for (const alternative of expression.alternatives) if (alternative.kind === 'props' && alternative.key) read.add(alternative.key);
    }
  }
  return read;
}

/** Props another prop depends on (`chainPropKey`, `tokenAddressPropKey`): a token selector or amount needs its chain and token. */
function propsNamedByProps(props: readonly JsonValue[]): string[] {
  return props.flatMap((prop) => {
    const properties = isObject(prop) ? prop.properties : undefined;
    if (!isObject(properties)) return [];
    return [properties.chainPropKey, properties.tokenAddressPropKey].filter((key): key is string => typeof key === 'string');
  });
}

function isBound(properties: JsonValue | undefined): boolean {
  if (!isObject(properties)) return false;
  return [properties.sources, properties.bindsConnectorNodes].some((list) => Array.isArray(list) && list.length > 0);
}
