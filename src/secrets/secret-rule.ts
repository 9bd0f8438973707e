/**
 * The rules that report found secrets and files that could not be scanned. Each rule reports the
 * kinds of secret it owns (`kinds.ts`) in every file the change asks to scan.
 */
import { fromSpan, startOf } from '../core/locate.js';
import { defineRule, type Rule, type RuleContext } from '../core/rule.js';
import { changedFilesToScan, scanFile, type FileScan } from './files.js';
import { fingerprintOf } from './fingerprint.js';
import { kindsOf, SECRET_KINDS, type SecretHit, type SecretRuleId } from './kinds.js';

/** What the message never lacks: the value is public once pushed, so it must be rotated, not just deleted. */
const ROTATE = 'revoke or rotate it first (it is in the branch history already), then remove it';

/** A rule reporting every secret of its kinds: rule id, place, kind and fingerprint, never the value. Unwaivable. */
export function secretValueRule(id: SecretRuleId, description: string, keepItIn: string): Rule {
  const kinds = kindsOf(id);
  return defineRule({ id, description, severity: 'error' }, async (ctx, { report }) => {
    for (const scan of await scansOf(ctx)) {
      // A secret in the file's path: reported at the file's start.
      for (const hit of scan.pathHits) {
        if (!kinds.has(hit.kind)) continue;
        report({
          message: `the file's path holds ${secretMessage(hit)}`,
          hint: `${ROTATE}; rename the file so its path holds no secret, and keep the secret in ${keepItIn}`,
          location: startOf(scan.path),
          severity: hit.wellKnown ? 'warning' : 'error',
          fingerprint: fingerprintOf(hit.value),
          secret: true,
        });
      }
      if (scan.state !== 'scanned') continue;
      for (const hit of scan.hits) {
        if (!kinds.has(hit.kind)) continue;
        report({
          message: secretMessage(hit),
          hint: hit.wellKnown ? `use a key of your own kept in ${keepItIn}; anyone can spend from a published test key` : `${ROTATE}; keep it in ${keepItIn}`,
          location: fromSpan(scan.path, scan.lines.span(hit.start, hit.end)),
          severity: hit.wellKnown ? 'warning' : 'error',
          fingerprint: fingerprintOf(hit.value),
          secret: true,
        });
      }
    }
  });
}

/** A rule reporting each file to scan that could not be read as text: the item cannot pass without it. */
export function unscannedFileRule(id: `${'credentials-in-connectors' | 'api-keys-scoped'}/unscanned-file`): Rule {
  return defineRule(
    { id, description: 'a changed file could not be scanned for secrets (over the size limit, or not UTF-8 text)', severity: 'error' },
    async (ctx, { report }) => {
      for (const scan of await scansOf(ctx)) {
        if (scan.state !== 'unscanned') continue;
        report({
          message: `this file could not be scanned for secrets: ${scan.reason}`,
          hint: 'save it as UTF-8 text, split it, or raise `limits.maxFileBytes` in .github/b3os-readiness.yml',
          location: startOf(scan.path),
          unverified: true,
        });
      }
    },
  );
}

/** The scans of the files to scan; of one shard, of the files it owns (the redactor still reads them all). */
async function scansOf(ctx: RuleContext): Promise<FileScan[]> {
  const paths = changedFilesToScan(ctx).filter((path) => ctx.affected.ownsFile(path));
  const scans: FileScan[] = [];
  // In batches: asked all at once, every file is read and scanned together, each read buffer and pending scan held at once.
  for (let start = 0; start < paths.length; start += SCAN_BATCH) {
    const batch = paths.slice(start, start + SCAN_BATCH);
    scans.push(...(await Promise.all(batch.map((path) => scanFile(ctx.head, path, ctx.settings.limits.maxFileBytes)))));
  }
  return scans;
}

/** Files read together for the secret scan: enough to keep the reads pipelined. */
const SCAN_BATCH = 64;

/** "a private key under `PRIVATE_KEY` (fingerprint 1a2b3c4d)": what a secret finding says, never the value. */
export function secretMessage(hit: SecretHit): string {
  const what = hit.wellKnown ? `the published ${hit.wellKnown}` : SECRET_KINDS[hit.kind].label;
  const under = hit.name ? ` under \`${hit.name}\`` : '';
  return `${what}${under} (fingerprint ${fingerprintOf(hit.value)})`;
}
