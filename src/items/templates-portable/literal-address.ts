import { defineFileRule, type Reporter, type RuleContext } from '../../core/rule.js';
import { checkedTemplate, distinctMatches, locationInSite, TEMPLATE_KINDS, templateLiteralSites, type CheckedTemplate, type LiteralSite } from './templates.js';

const EVM_ADDRESS = /(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])/g;
const PROP_DEFAULT = /^\/templateProps\/[0-9]+\/default(?:\/|$)/;

/**
 * A template names no EVM address literally outside the defaults of its props: a recipient, a
 * wallet or a contract of the organization it was made in would act for every organization that
 * uses it. Token contracts in `policy.wellKnownTokens` (USDC on Base…) are the same everywhere and
 * allowed. Member names and the quoted literals of expressions count; the rest of an expression
 * does not. Solana addresses are not recognised (base58 text is too like other ids).
 */
export const literalAddress = defineFileRule(
  {
    id: 'templates-portable/literal-address',
    description: 'a template names no literal address outside its prop defaults, except well-known token contracts',
    severity: 'error',
  },
  { kinds: TEMPLATE_KINDS, check: (file, ctx, reporter) => checkAddresses(ctx, reporter, file.derive(checkedTemplate), file.derive(templateLiteralSites)) },
);

function checkAddresses(ctx: RuleContext, reporter: Reporter, template: CheckedTemplate, sites: readonly LiteralSite[]): void {
  if (!template.body) return;
  const allowed = new Set(ctx.settings.policy.wellKnownTokens.map((a) => a.toLowerCase()));
  for (const site of sites) {
    if (PROP_DEFAULT.test(site.pointer)) continue;
    for (const { text: address, offset } of distinctMatches(site, EVM_ADDRESS)) {
      if (allowed.has(address.toLowerCase())) continue;
      reporter.report({
        message: `template \`${template.slug}\` names the address \`${address}\` literally`,
        hint: 'make it a prop (`{{$props.recipient}}` with `"inputType": "address"`) or `{{ask.recipient_address}}`; a token contract every organization shares may be added to `policy.wellKnownTokens`',
        location: locationInSite(template.doc, site, offset, address.length),
      });
    }
  }
}
