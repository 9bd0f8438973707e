/**
 * The kinds of secret the scanner recognises, and which rule reports each. Every kind belongs to
 * exactly one rule, so a secret is reported once: credentials that belong in a B3OS connector under
 * `credentials-in-connectors`, API keys of services under `api-keys-scoped`.
 */

/** A secret found in a text: where it is, what it is, and its value (never shown; fingerprinted). */
export interface SecretHit {
  readonly kind: SecretKind;
  /** Offsets `[start, end)` of the secret in the scanned text (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** The secret itself, normalised (a PEM body without line breaks): fingerprinted and redacted, never output. */
  readonly value: string;
  /** The key or variable name it was assigned to, when the detector needed one (`privateKey`). */
  readonly name?: string;
  /** Set when the value is a published test key or mnemonic (Hardhat/Anvil account #0, …). */
  readonly wellKnown?: string;
}

/** The rules that report found secrets, as `<item>/<rule>`. */
export type SecretRuleId =
  | 'credentials-in-connectors/private-key'
  | 'credentials-in-connectors/mnemonic'
  | 'credentials-in-connectors/provider-token'
  | 'credentials-in-connectors/keyed-url'
  | 'credentials-in-connectors/webhook-secret'
  | 'api-keys-scoped/b3os-key'
  | 'api-keys-scoped/service-key';

interface KindInfo {
  /** How a message names it, with its article. */
  readonly label: string;
  readonly rule: SecretRuleId;
}

export const SECRET_KINDS = {
  'evm-private-key': { label: 'an EVM private key', rule: 'credentials-in-connectors/private-key' },
  'solana-secret-key': { label: 'a Solana secret key (64-byte keypair)', rule: 'credentials-in-connectors/private-key' },
  'pem-private-key': { label: 'a PEM private key', rule: 'credentials-in-connectors/private-key' },
  'bip39-mnemonic': { label: 'a BIP-39 mnemonic', rule: 'credentials-in-connectors/mnemonic' },
  'slack-token': { label: 'a Slack token', rule: 'credentials-in-connectors/provider-token' },
  'telegram-bot-token': { label: 'a Telegram bot token', rule: 'credentials-in-connectors/provider-token' },
  'github-token': { label: 'a GitHub token', rule: 'credentials-in-connectors/provider-token' },
  'gitlab-token': { label: 'a GitLab token', rule: 'credentials-in-connectors/provider-token' },
  'cloud-credential': { label: 'a cloud credential (AWS, Google Cloud, Vault)', rule: 'credentials-in-connectors/provider-token' },
  'payment-key': { label: 'a payment or commerce provider key (Stripe, Shopify)', rule: 'credentials-in-connectors/provider-token' },
  'registry-token': { label: 'a package registry token', rule: 'credentials-in-connectors/provider-token' },
  'rpc-url-key': { label: 'an RPC provider key in a URL', rule: 'credentials-in-connectors/keyed-url' },
  'url-credentials': { label: 'a password in a URL', rule: 'credentials-in-connectors/keyed-url' },
  'url-query-key': { label: 'a key in a URL query', rule: 'credentials-in-connectors/keyed-url' },
  'webhook-url': { label: 'a secret webhook URL (Slack, Discord)', rule: 'credentials-in-connectors/webhook-secret' },
  'webhook-signing-secret': { label: 'a webhook signing secret', rule: 'credentials-in-connectors/webhook-secret' },
  'b3os-api-key': { label: 'a B3OS API key', rule: 'api-keys-scoped/b3os-key' },
  'service-api-key': { label: 'a service API key', rule: 'api-keys-scoped/service-key' },
} as const satisfies Record<string, KindInfo>;

export type SecretKind = keyof typeof SECRET_KINDS;

/** The kinds one rule reports. */
export function kindsOf(rule: SecretRuleId): ReadonlySet<SecretKind> {
  return new Set((Object.keys(SECRET_KINDS) as SecretKind[]).filter((kind) => SECRET_KINDS[kind].rule === rule));
}

/**
 * Every rule whose findings are found secret values (`secret: true`): the value rules above and the
 * template scan. No waiver covers their findings; a saved report that shows one waived is forged.
 */
export const SECRET_FINDING_RULES: ReadonlySet<string> = new Set<string>([...new Set(Object.values(SECRET_KINDS).map((k) => k.rule)), 'templates-portable/secret']);
