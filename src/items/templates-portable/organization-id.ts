import { fromSpan, startOf } from '../../core/locate.js';
import { defineFileRule, type Reporter } from '../../core/rule.js';
import { isObject } from '../../b3os/definition.js';
import type { JsonValue } from '../../parse/document.js';
import { checkedTemplate, distinctMatches, locationInSite, TEMPLATE_KINDS, templateLiteralSites, type CheckedTemplate, type LiteralSite } from './templates.js';

/** Ids of one organization's B3OS objects: organization, connector, wallet, workflow, run, execution webhook. */
const ORGANIZATION_ID = /(?<![A-Za-z0-9_])(?:org|conn|wal|wf|run|ewh)_[A-Za-z0-9][A-Za-z0-9_-]*/g;
const CONNECTOR_ID = /^\/definition\/nodes\/[^/]+\/connector\/id$/;

/**
 * A template holds no id of the organization it was made in (`org_`, `conn_`, `wal_`, `wf_`,
 * `run_`, `ewh_`) in any string it ships, member names and the quoted literals of expressions
 * included (the rest of an expression is read at run time). Node ids and prop keys are not organization ids, and
 * `connector.id` is `connector-reference`'s. A template file that cannot be read as a template
 * with nodes (reported by definition-validates) is unverified here, once.
 */
export const organizationId = defineFileRule(
  {
    id: 'templates-portable/organization-id',
    description: 'a template holds no organization, connector, wallet, workflow, run or webhook id',
    severity: 'error',
  },
  { kinds: TEMPLATE_KINDS, check: (file, _ctx, reporter) => checkIds(reporter, file.derive(checkedTemplate), file.derive(templateLiteralSites)) },
);

function checkIds(reporter: Reporter, template: CheckedTemplate, sites: readonly LiteralSite[]): void {
  const { doc, body, view } = template;
  if (!body || !view) {
    const problem = doc.problems.find((p) => p.fatal);
    reporter.report({
      message: `template \`${template.slug}\` cannot be read as a template with nodes, so its portability cannot be checked`,
      hint: 'fix the definition-validates findings of this file',
      location: problem ? fromSpan(doc.path, problem.span) : startOf(doc.path),
      unverified: true,
    });
    return;
  }
  // Node ids and prop keys name parts of the template itself, not objects of an organization.
  const ownNames = new Set([...view.nodes.map((n) => n.id), ...propKeys(body.templateProps)]);
  for (const site of sites) {
    if (ownNames.has(site.text) || CONNECTOR_ID.test(site.pointer)) continue;
    for (const { text: id, offset } of distinctMatches(site, ORGANIZATION_ID)) {
      reporter.report({
        message: `template \`${template.slug}\` holds the organization id \`${id}\``,
        hint: 'replace it with a prop (`{{$props.…}}`), an `{{ask.…}}` placeholder or, for a connector, its type alone',
        location: locationInSite(doc, site, offset, id.length),
      });
    }
  }
}

function propKeys(props: JsonValue | undefined): string[] {
  return Array.isArray(props) ? props.flatMap((p) => (isObject(p) && typeof p.key === 'string' ? [p.key] : [])) : [];
}
