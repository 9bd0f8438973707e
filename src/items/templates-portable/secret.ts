import { fromSpan, startOf } from '../../core/locate.js';
import { defineFileRule } from '../../core/rule.js';
import { scanFile } from '../../secrets/files.js';
import { fingerprintOf } from '../../secrets/fingerprint.js';
import { secretMessage } from '../../secrets/secret-rule.js';
import { TEMPLATE_KINDS } from './templates.js';

/**
 * A template holds no secret: it is copied into every organization that uses it. The scan is the
 * one credentials-in-connectors reads (shared per file), so a value is never repeated and the
 * finding cannot be waived. Here it also covers templates checked only for a changed schema.
 */
export const secret = defineFileRule(
  {
    id: 'templates-portable/secret',
    description: 'a template holds a secret (a private key, mnemonic, token, keyed URL or API key)',
    severity: 'error',
  },
  {
    kinds: TEMPLATE_KINDS,
    check: async ({ id: slug, path }, ctx, { report }) => {
      const scan = await scanFile(ctx.head, path, ctx.settings.limits.maxFileBytes);
      if (scan.state === 'unscanned') {
        report({ message: `template \`${slug}\` could not be scanned for secrets: ${scan.reason}`, location: startOf(scan.path), unverified: true });
        return;
      }
      if (scan.state !== 'scanned') return;
      for (const hit of scan.hits) {
        report({
          message: `template \`${slug}\` holds ${secretMessage(hit)}`,
          hint: 'revoke or rotate it, then take it out of the template: a connector (`{{ask.connector_id}}`) or a prop supplies it in each organization',
          location: fromSpan(scan.path, scan.lines.span(hit.start, hit.end)),
          severity: hit.wellKnown ? 'warning' : 'error',
          fingerprint: fingerprintOf(hit.value),
          secret: true,
        });
      }
    },
  },
);
