import { lintSource } from '@secretlint/core';
import { rules } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretHit, SecretKind } from './kinds.js';

/**
 * secretlint's recommended preset, in process. `filter-comments` is left out: a
 * `secretlint-disable` comment in the repository must not switch the gate's scan off (threats.md T4).
 */
const CONFIG = {
  rules: rules
    .filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments')
    // AWS access key ids are only scanned with this option.
    .map((rule) => ({ id: rule.meta.id, rule, options: rule.meta.id === '@secretlint/secretlint-rule-aws' ? { enableIDScanRule: true } : {} })),
};

/** Which of our kinds each secretlint rule finds; unlisted rules find service API keys. */
const KIND_OF_RULE: Readonly<Record<string, SecretKind>> = {
  aws: 'cloud-credential',
  gcp: 'cloud-credential',
  'hashicorp-vault': 'cloud-credential',
  privatekey: 'pem-private-key',
  npm: 'registry-token',
  docker: 'registry-token',
  basicauth: 'url-credentials',
  'database-connection-string': 'url-credentials',
  slack: 'slack-token',
  github: 'github-token',
  gitlab: 'gitlab-token',
  stripe: 'payment-key',
  shopify: 'payment-key',
};

/** Messages that are not secrets: an AWS account id identifies, it does not authenticate. */
const NOT_SECRET = new Set(['AWSAccountID']);

/**
 * Text cheap to look for before running secretlint: each preset rule needs one of these (checked in
 * tests). A URL needs a `user:password@` (the basic-auth rule) or a database scheme.
 */
export const SECRETLINT_HINTS =
  /A3T|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA|access_?key|-----BEGIN|x-oauth-basic|_authToken|npm_|xox[a-z]-|xapp-|hooks\.slack|:\/\/[-\w]{1,256}:[-\w]{1,256}@|mongodb|mysql|postgres|sk-|gsk_|hf_|lin_api_|ntn_|SG\.|shp(?:pa|ca|at|ss)_|[sr]k_(?:live|test)_|gh[pousr]_|github_pat_|glpat-|glc_|glsa_|ops_ey|hv[sbr]\.|vc[piark]_|dapi|dckr_pat_|figd_|cf(?:k|ut|at)_|tskey-/i;

/** Secrets secretlint finds in a text, as our hits. A failure of secretlint throws (the rule then reports the file unverified). */
export async function findWithSecretlint(text: string): Promise<SecretHit[]> {
  const result = await lintSource({
    source: { content: text, filePath: '/scanned.txt', ext: '.txt', contentType: 'text' },
    // Masking is ours to do: the raw value is needed for the fingerprint and the redactor, and is never output.
    options: { config: CONFIG, maskSecrets: false, noPhysicFilePath: true },
  });
  const hits: SecretHit[] = [];
  for (const message of result.messages) {
    if (NOT_SECRET.has(message.messageId)) continue;
    const raw = valueOf(message.data);
    if (raw === undefined) continue;
    const kind = KIND_OF_RULE[message.ruleId.replace('@secretlint/secretlint-rule-', '')] ?? 'service-api-key';
    hits.push(coreOf(kind, raw, text, message.range[0]));
  }
  return hits;
}

function valueOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  return Object.entries(data).find(([key, value]) => key !== 'typeName' && typeof value === 'string')?.[1] as string | undefined;
}

/**
 * The secret part of what secretlint reports, and where it is: the password of a URL, the token
 * of a webhook URL, the body of a PEM block. The offset is searched from the reported range,
 * whose start is not always the secret's (the AWS secret key range starts at its name).
 */
function coreOf(kind: SecretKind, raw: string, text: string, from: number): SecretHit {
  const found = text.indexOf(raw, from);
  const at = found >= 0 ? found : from;
  const url = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s:@/]*:([^\s@/]+)@)?[^\s/]*\/?(.*)$/is.exec(raw);
  // A webhook URL's secret is its token path (`T…/B…/…`), not the words before it (`services/`).
  const secret = url && kind !== 'pem-private-key' ? (url[1] ?? url[2].replace(/^(?:[a-z]+\/)+/, '')) : '';
  if (secret !== '') {
    const offset = raw.indexOf(secret);
    return { kind: kind === 'slack-token' ? 'webhook-url' : kind, start: at + offset, end: at + offset + secret.length, value: secret };
  }
  if (kind === 'pem-private-key') return { kind, start: at, end: at + raw.length, value: pemBody(raw) };
  return { kind, start: at, end: at + raw.length, value: raw };
}

/** The base64 body of a PEM block, without header, footer, line breaks or their JSON escapes. */
function pemBody(block: string): string {
  return block.replace(/-----(?:BEGIN|END)[^-]*-----/g, '').replace(/\\[nr]|\s/g, '');
}
